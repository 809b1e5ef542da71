package uk.evidencemap.exchange;

import java.io.InputStream;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.base.ValidationException;

/**
 * Reads Kumu's JSON: a project backup (what Kumu's "Export to JSON" saves) or a blueprint (what
 * Kumu's "Import JSON" takes), both described in Kumu's documentation (docs.kumu.io, "JSON /
 * Blueprints").
 *
 * <ul>
 *   <li><b>Backup</b>: {@code elements} and {@code connections} with an {@code _id} and their
 *       fields under {@code attributes}, keyed by the field's name in lower case ("label",
 *       "element type", "2010 population"); the top-level {@code attributes} list defines each
 *       field with its name as people wrote it ("2010 Population"), which is the name a field gets
 *       here. Connections name elements by {@code _id}; {@code maps} place elements on a canvas:
 *       the default map ({@code defaultMap}) first, then the others in file order.
 *   <li><b>Blueprint</b>: the same lists with the fields directly on each object ({@code label},
 *       {@code type}, {@code description}, {@code tags}, any other key); an optional {@code id};
 *       connections name elements by id or by label (a label is turned into that element's key
 *       when exactly one element has it).
 * </ul>
 *
 * Label, "element type" (or "type"), description and tags become the element's own parts, any
 * other non-blank field a field. A connection's "connection type" (or "type") is its polarity when
 * it is one ({@link Values#polarity}: "++", "+-", "+", ...), else its type. Direction "directed"
 * (Kumu's default), "undirected" or "mutual"; mutual (arrows both ends) is read as without
 * direction, with the field "Direction" = "mutual" and a warning. A connection's "delayed" mark is
 * its field "delay" (an influence's delay) and its "reversed" mark the field "reversed", both when
 * true. Kumu has no true/false field: the text "true" or "false" (any case) is read as true or
 * false, as in its spreadsheets. Loops are not read (a warning says how many).
 */
public class KumuJsonReader implements ExchangeReader {

    private static final Set<String> OWN_KEYS = Set.of("_id", "id", "attributes", "from", "to", "direction");

    private final ExchangeLimits limits;

    public KumuJsonReader() {
        this(ExchangeLimits.DEFAULT);
    }

    public KumuJsonReader(ExchangeLimits limits) {
        this.limits = limits;
    }

    @Override
    public ExchangeGraph read(InputStream in) {
        JsonNode root = JsonInput.parse(limits.readAll(in));
        if (!root.isObject()
                || !(root.path("elements").isArray() || root.path("connections").isArray())) {
            throw new ValidationException(
                    "file",
                    "the file is not a Kumu project or blueprint: it has no \"elements\" or \"connections\" list");
        }
        GraphBuilder graph = new GraphBuilder(limits);
        Map<String, String> fieldNames = fieldNames(root.path("attributes"));
        Map<String, double[]> positions = positions(root, graph);
        Map<String, String> keyByLabel = new HashMap<>();
        Set<String> ambiguousLabels = new HashSet<>();
        Set<String> keys = new HashSet<>();
        int number = 0;
        for (JsonNode element : root.path("elements")) {
            number++;
            ExchangeGraph.Element read = element(element, number, fieldNames, positions);
            graph.element(read);
            keys.add(read.key());
            if (read.label() != null && keyByLabel.put(read.label(), read.key()) != null) {
                ambiguousLabels.add(read.label());
            }
        }
        ambiguousLabels.forEach(keyByLabel::remove);
        number = 0;
        int mutual = 0;
        for (JsonNode connection : root.path("connections")) {
            number++;
            ExchangeGraph.Connection read = connection(connection, number, fieldNames, keys, keyByLabel);
            mutual += "mutual".equals(read.fields().get("Direction")) ? 1 : 0;
            graph.connection(read);
        }
        if (mutual > 0) {
            graph.warn(mutual + " mutual connection(s) (arrows at both ends) were read as without direction");
        }
        int loops = root.path("loops").size();
        if (loops > 0) {
            graph.warn("the project's " + loops + " loop(s) were not read: loops are not part of the map");
        }
        return graph.build("Kumu project");
    }

    private ExchangeGraph.Element element(
            JsonNode element, int number, Map<String, String> fieldNames, Map<String, double[]> positions) {
        String row = "element " + number;
        if (!element.isObject()) {
            throw new ValidationException(row, "is not a JSON object");
        }
        Map<String, JsonNode> values = values(element);
        String label = Values.jsonText(take(values, "label"));
        String type = Values.jsonText(firstOf(take(values, "element type"), take(values, "type")));
        String description = Values.jsonText(take(values, "description"));
        List<String> tags = Values.jsonList(take(values, "tags"));
        String id = Values.jsonText(element.has("_id") ? element.get("_id") : element.get("id"));
        String key = id != null ? id : label;
        double[] position = id == null ? null : positions.get(id);
        return new ExchangeGraph.Element(
                row,
                key,
                label,
                type,
                description,
                tags,
                fields(values, fieldNames),
                position == null ? null : position[0],
                position == null ? null : position[1]);
    }

    private ExchangeGraph.Connection connection(
            JsonNode connection,
            int number,
            Map<String, String> fieldNames,
            Set<String> keys,
            Map<String, String> keyByLabel) {
        String row = "connection " + number;
        if (!connection.isObject()) {
            throw new ValidationException(row, "is not a JSON object");
        }
        Map<String, JsonNode> values = values(connection);
        String typeWord = Values.jsonText(firstOf(take(values, "connection type"), take(values, "type")));
        String polarity = Values.polarity(typeWord);
        String description = Values.jsonText(take(values, "description"));
        List<String> tags = Values.jsonList(take(values, "tags"));
        String direction = Values.jsonText(connection.get("direction"));
        direction = direction == null ? "directed" : direction.toLowerCase(Locale.ROOT);
        if (!Set.of("directed", "undirected", "mutual").contains(direction)) {
            throw new ValidationException(
                    row, "has direction \"" + direction + "\"; Kumu's directions are directed, undirected and mutual");
        }
        Map<String, Object> fields = fields(values, fieldNames);
        if (direction.equals("mutual")) {
            fields.put("Direction", "mutual");
        }
        if (connection.path("delayed").asBoolean(false)) {
            fields.put("delay", Boolean.TRUE);
        }
        if (connection.path("reversed").asBoolean(false)) {
            fields.put("reversed", Boolean.TRUE);
        }
        return new ExchangeGraph.Connection(
                row,
                end(Values.jsonText(connection.get("from")), keys, keyByLabel),
                end(Values.jsonText(connection.get("to")), keys, keyByLabel),
                false,
                polarity == null ? typeWord : null,
                polarity,
                direction.equals("directed"),
                description,
                tags,
                fields);
    }

    /** An element key, or a label turned into the key of the one element that has it; else as given. */
    private static String end(String named, Set<String> keys, Map<String, String> keyByLabel) {
        if (named == null || keys.contains(named)) {
            return named;
        }
        return keyByLabel.getOrDefault(named, named);
    }

    /** The object's fields: those under "attributes" for a backup, else its own keys (but id, from, to...). */
    private static Map<String, JsonNode> values(JsonNode object) {
        Map<String, JsonNode> values = new LinkedHashMap<>();
        JsonNode attributes = object.get("attributes");
        if (attributes != null && attributes.isObject()) {
            attributes.properties().forEach(e -> values.put(e.getKey(), e.getValue()));
        } else {
            object.properties().stream()
                    .filter(e -> !OWN_KEYS.contains(e.getKey()))
                    .forEach(e -> values.put(e.getKey(), e.getValue()));
        }
        return values;
    }

    /** Removes and returns the value of a field, its name compared ignoring case. */
    private static JsonNode take(Map<String, JsonNode> values, String name) {
        for (String key : List.copyOf(values.keySet())) {
            if (key.equalsIgnoreCase(name)) {
                return values.remove(key);
            }
        }
        return null;
    }

    private static JsonNode firstOf(JsonNode first, JsonNode second) {
        return first != null && !first.isNull() ? first : second;
    }

    private static Map<String, Object> fields(Map<String, JsonNode> values, Map<String, String> fieldNames) {
        Map<String, Object> fields = new LinkedHashMap<>();
        values.forEach((key, value) -> {
            Object read = Values.json(value);
            if (read instanceof String text && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"))) {
                read = Boolean.valueOf(text.toLowerCase(Locale.ROOT));
            }
            if (read != null) {
                fields.put(fieldNames.getOrDefault(key.toLowerCase(Locale.ROOT), key), read);
            }
        });
        return fields;
    }

    /** The field definitions of a backup: lower-case name to the name as people wrote it. */
    private static Map<String, String> fieldNames(JsonNode definitions) {
        Map<String, String> names = new HashMap<>();
        for (JsonNode definition : definitions) {
            String name = Values.jsonText(definition.get("name"));
            if (name != null) {
                names.put(name.toLowerCase(Locale.ROOT), name);
            }
        }
        return names;
    }

    /** Each element's place: from the default map first, then from the other maps in file order. */
    private static Map<String, double[]> positions(JsonNode root, GraphBuilder graph) {
        JsonNode maps = root.path("maps");
        String defaultMap = Values.jsonText(root.get("defaultMap"));
        Map<String, double[]> positions = new HashMap<>();
        JsonNode first = null;
        for (JsonNode map : maps) {
            if (defaultMap != null && defaultMap.equals(Values.jsonText(map.get("_id")))) {
                first = map;
                place(map, positions);
            }
        }
        for (JsonNode map : maps) {
            if (map != first) {
                place(map, positions);
            }
        }
        if (maps.size() > 1) {
            JsonNode named = first != null ? first : maps.get(0);
            graph.warn("the project has " + maps.size() + " maps: positions are taken from \""
                    + Values.jsonText(named.get("name")) + "\" first, then from the others");
        }
        return positions;
    }

    private static void place(JsonNode map, Map<String, double[]> positions) {
        for (JsonNode placed : map.path("elements")) {
            String element = Values.jsonText(placed.get("element"));
            Double x = Values.jsonNumber(placed.path("position").get("x"));
            Double y = Values.jsonNumber(placed.path("position").get("y"));
            if (element != null && x != null && y != null) {
                positions.putIfAbsent(element, new double[] {x, y});
            }
        }
    }
}
