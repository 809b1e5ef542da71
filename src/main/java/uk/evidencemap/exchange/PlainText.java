package uk.evidencemap.exchange;

import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeVisitor;
import tools.jackson.databind.JsonNode;

/**
 * Notes as plain text: PRSM keeps a note as a Quill delta ({@code {"ops": [{"insert": "text\n"},
 * ...]}}, Quill's document format, quilljs.com/docs/delta) in newer versions, and as HTML or plain
 * text in older ones. HTML is parsed by jsoup; a line ends at each {@code <br>} and at the end of
 * each block (paragraph, heading, list item, division, table row).
 */
final class PlainText {

    private static final Set<String> BLOCKS =
            Set.of("p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr", "blockquote", "pre", "ul", "ol");

    private PlainText() {}

    /** A note in any of PRSM's forms as plain text, trimmed; null when there is no text. */
    static String of(JsonNode note) {
        if (note == null || note.isNull() || note.isMissingNode()) {
            return null;
        }
        if (note.isObject() && note.path("ops").isArray()) {
            StringBuilder text = new StringBuilder();
            for (JsonNode op : note.path("ops")) {
                JsonNode insert = op.get("insert");
                if (insert != null && insert.isString()) {
                    text.append(insert.asString());
                }
            }
            return Values.text(text.toString());
        }
        String text = Values.jsonText(note);
        return text != null && text.indexOf('<') >= 0 && text.indexOf('>') > 0 ? html(text) : text;
    }

    /** HTML as plain text: lines at {@code <br>} and block ends, entities decoded, markup gone. */
    static String html(String html) {
        StringBuilder text = new StringBuilder();
        Jsoup.parseBodyFragment(html).body().traverse(new NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof TextNode words) {
                    text.append(words.getWholeText());
                } else if (node instanceof Element element && "br".equals(element.normalName())) {
                    text.append('\n');
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element element
                        && BLOCKS.contains(element.normalName())
                        && !text.isEmpty()
                        && text.charAt(text.length() - 1) != '\n') {
                    text.append('\n');
                }
            }
        });
        return Values.text(text.toString());
    }
}
