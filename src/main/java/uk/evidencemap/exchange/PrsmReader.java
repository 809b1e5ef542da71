package uk.evidencemap.exchange;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.base.ValidationException;

/**
 * Reads maps saved by the Participatory System Mapper (PRSM, prsm.uk; its source
 * github.com/micrology/prsm): JSON with {@code nodes} (factors) and {@code edges} (links), as
 * version 1.x saves it, or the same JSON compressed with lz-string's {@code compressToUTF16} (and
 * then saved as UTF-8), as newer versions save it; see {@link LzString}.
 *
 * <ul>
 *   <li>A factor's type is the name ({@code groupLabel}) of its style ({@code grp}, in {@code
 *       styles.nodes}), unless the style still has PRSM's default name "Sample"; a link's style
 *       name is its polarity when it is one ("+", "-", "+ve", "-ve"...), else its type.
 *   <li>Notes (Quill deltas, HTML or text) become plain text ({@link PlainText}); a link's label,
 *       when not blank, the field "Label"; a factor's own attributes (named in {@code
 *       attributeTitles}) fields under their titles. Positions are {@code x} and {@code y}.
 *   <li>A link is directed, as PRSM draws it by default, unless its arrows (its own, else its
 *       style's, else the base style's) are off at both ends; an arrow only at the start reverses
 *       it; arrows at both ends are read as without direction, with the field "Direction" =
 *       "mutual".
 *   <li>Cluster factors ({@code isCluster}) and their links ({@code isClusterEdge}) are drawing
 *       aids, not factors, and are left out (a warning says how many).
 * </ul>
 *
 * The decompressed text is held to {@link ExchangeLimits#maxBytes()} characters, like a plain file.
 */
public class PrsmReader implements ExchangeReader {

    private static final String DEFAULT_STYLE_NAME = "Sample";

    private final ExchangeLimits limits;

    public PrsmReader() {
        this(ExchangeLimits.DEFAULT);
    }

    public PrsmReader(ExchangeLimits limits) {
        this.limits = limits;
    }

    @Override
    public ExchangeGraph read(InputStream in) {
        String text = new String(limits.readAll(in), StandardCharsets.UTF_8).strip();
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        GraphBuilder graph = new GraphBuilder(limits);
        JsonNode root = text.startsWith("{") ? JsonInput.parse(text) : JsonInput.parse(decompress(text));
        if (!root.isObject()
                || !root.path("nodes").isArray()
                || !root.path("edges").isArray()) {
            throw new ValidationException(
                    "file", "the file is not a PRSM map: it has no \"nodes\" and \"edges\" lists");
        }
        Map<String, String> attributeTitles = new LinkedHashMap<>();
        root.path("attributeTitles").properties().forEach(e -> {
            String title = Values.jsonText(e.getValue());
            attributeTitles.put(e.getKey(), title == null ? e.getKey() : title);
        });
        JsonNode nodeStyles = root.path("styles").path("nodes");
        JsonNode edgeStyles = root.path("styles").path("edges");
        int clusters = 0;
        int number = 0;
        for (JsonNode node : root.path("nodes")) {
            number++;
            if (node.path("isCluster").asBoolean(false)) {
                clusters++;
                continue;
            }
            Map<String, Object> fields = new LinkedHashMap<>();
            attributeTitles.forEach((key, title) -> {
                Object value = Values.json(node.get(key));
                if (value != null) {
                    fields.put(title, value);
                }
            });
            graph.element(new ExchangeGraph.Element(
                    "factor " + number,
                    Values.jsonText(node.get("id")),
                    Values.jsonText(node.get("label")),
                    styleName(nodeStyles, node),
                    PlainText.of(node.get("note")),
                    List.of(),
                    fields,
                    Values.jsonNumber(node.get("x")),
                    Values.jsonNumber(node.get("y"))));
        }
        number = 0;
        for (JsonNode edge : root.path("edges")) {
            number++;
            if (edge.path("isClusterEdge").asBoolean(false)) {
                continue;
            }
            graph.connection(link(edge, number, edgeStyles));
        }
        if (clusters > 0) {
            graph.warn(clusters + " cluster factor(s) and their links were left out: clusters are drawing aids");
        }
        return graph.build("PRSM map");
    }

    private ExchangeGraph.Connection link(JsonNode edge, int number, JsonNode edgeStyles) {
        String style = styleName(edgeStyles, edge);
        String polarity = Values.polarity(style);
        Map<String, Object> fields = new LinkedHashMap<>();
        String label = Values.jsonText(edge.get("label"));
        if (label != null) {
            fields.put("Label", label);
        }
        JsonNode arrows = edge.get("arrows");
        if (arrows == null || !arrows.isObject()) {
            String group = Values.jsonText(edge.get("grp"));
            JsonNode styleArrows = group == null ? null : edgeStyles.path(group).get("arrows");
            arrows = styleArrows != null && styleArrows.isObject()
                    ? styleArrows
                    : edgeStyles.path("base").get("arrows");
        }
        boolean to = arrows == null || !arrows.isObject() || enabled(arrows.get("to"));
        boolean back = arrows != null && arrows.isObject() && enabled(arrows.get("from"));
        String from = Values.jsonText(edge.get("from"));
        String target = Values.jsonText(edge.get("to"));
        if (to && back) {
            fields.put("Direction", "mutual");
        }
        boolean reversed = back && !to;
        return new ExchangeGraph.Connection(
                "link " + number,
                reversed ? target : from,
                reversed ? from : target,
                false,
                polarity == null ? style : null,
                polarity,
                to != back,
                PlainText.of(edge.get("note")),
                List.of(),
                fields);
    }

    /** vis-network's arrow setting: true, "to", or an object {@code {"enabled": true}}. */
    private static boolean enabled(JsonNode arrow) {
        if (arrow == null || arrow.isNull()) {
            return false;
        }
        if (arrow.isObject()) {
            return arrow.path("enabled").asBoolean(true);
        }
        return arrow.asBoolean(false);
    }

    /** The name of an item's style, or null when it has none or PRSM's default name. */
    private static String styleName(JsonNode styles, JsonNode item) {
        String group = Values.jsonText(item.get("grp"));
        String name = group == null ? null : Values.jsonText(styles.path(group).get("groupLabel"));
        return name == null || name.equals(DEFAULT_STYLE_NAME) ? null : name;
    }

    private String decompress(String compressed) {
        String json;
        try {
            json = LzString.decompressFromUtf16(compressed, limits.maxBytes());
        } catch (LzString.TooLong e) {
            throw new ValidationException(
                    "file",
                    "the compressed map expands past the limit of " + ExchangeLimits.megabytes(limits.maxBytes()));
        }
        if (json == null || !json.stripLeading().startsWith("{")) {
            throw new ValidationException(
                    "file", "the file is not a PRSM map: it is neither JSON nor a map PRSM compressed");
        }
        return json;
    }
}
