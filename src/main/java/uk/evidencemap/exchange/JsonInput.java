package uk.evidencemap.exchange;

import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.base.ValidationException;

/** JSON files parsed by Jackson, with a malformed file refused by a message naming line and column. */
final class JsonInput {

    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    private JsonInput() {}

    /**
     * The file's JSON as a tree.
     *
     * @throws ValidationException field "file": "the file is not valid JSON (line 3, column 5):
     *     Unexpected end-of-input ..." with Jackson's own words for what is wrong
     */
    static JsonNode parse(byte[] json) {
        return parse(json, null);
    }

    /** The JSON of a text already decoded; as {@link #parse(byte[])}. */
    static JsonNode parse(String json) {
        return parse(null, json);
    }

    private static JsonNode parse(byte[] bytes, String text) {
        try {
            JsonNode root = bytes != null ? MAPPER.readTree(bytes) : MAPPER.readTree(text);
            if (root == null || root.isMissingNode()) {
                throw new ValidationException("file", "the file holds no JSON");
            }
            return root;
        } catch (JacksonException e) {
            throw new ValidationException("file", "the file is not valid JSON" + at(e.getLocation()) + ": " + what(e));
        }
    }

    private static String at(TokenStreamLocation location) {
        if (location == null || location.getLineNr() < 1) {
            return "";
        }
        return " (line " + location.getLineNr() + ", column " + location.getColumnNr() + ")";
    }

    /** Jackson's message without the parts that name its own source objects. */
    private static String what(JacksonException e) {
        String message = e.getOriginalMessage() == null ? "unreadable" : e.getOriginalMessage();
        int cut = message.indexOf('\n');
        message = cut < 0 ? message : message.substring(0, cut);
        for (String tail : new String[] {" (start marker", " at [Source"}) {
            int at = message.indexOf(tail);
            if (at > 0) {
                message = message.substring(0, at);
            }
        }
        return message.strip();
    }
}
