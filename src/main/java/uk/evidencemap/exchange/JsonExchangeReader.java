package uk.evidencemap.exchange;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.map.RelationshipType;

/**
 * Reads the product's own JSON file (written by {@link JsonExchangeWriter}; the shape is in
 * docs/exchange-format.md) into the neutral {@link ExchangeGraph}. Each node becomes an element
 * whose key is its id, whose type is the node type's label ({@code Barrier}), whose description and
 * tags are its {@code description} and {@code tags} properties and whose fields are its other
 * properties; each relationship becomes a connection by ids whose type is the relationship type's
 * name ({@code BLOCKS}), whose polarity, description and tags are its {@code polarity}, {@code note}
 * and {@code tags} properties and whose fields are the rest. The area's fields are kept when given.
 * Values come back as the file holds them: text, Long, Double, Boolean, or a list of text.
 */
public final class JsonExchangeReader implements ExchangeReader {

    private final ExchangeLimits limits;

    /** A reader that keeps these limits of size and counts. */
    public JsonExchangeReader(ExchangeLimits limits) {
        this.limits = limits;
    }

    /** A reader that keeps the product's limits ({@link ExchangeLimits#DEFAULT}). */
    public JsonExchangeReader() {
        this(ExchangeLimits.DEFAULT);
    }

    /**
     * Reads one file.
     *
     * @return the file's elements, connections and area, in file order
     * @throws ValidationException when the file is empty or over the size limit, not JSON (naming
     *     line and column), not an Evidence Map file ({@code format} other than {@value
     *     JsonExchangeWriter#FORMAT}), of a later version than {@value JsonExchangeWriter#VERSION},
     *     holds more nodes or relationships than the limits take, or when nodes or relationships
     *     are not lists of objects, a node has no id or repeats one, or a relationship lacks {@code
     *     from} or {@code to}; every such problem is named, by field or by node and relationship
     */
    @Override
    public ExchangeGraph read(InputStream in) {
        JsonNode root = JsonInput.parse(limits.readAll(in));
        if (root == null || !root.isObject()) {
            throw new ValidationException("file", "the file holds no JSON object, so it is not an Evidence Map file");
        }
        if (root.get("nodes") != null && root.get("nodes").isArray()) {
            limits.checkElements(root.get("nodes").size());
        }
        if (root.get("relationships") != null && root.get("relationships").isArray()) {
            limits.checkConnections(root.get("relationships").size());
        }
        List<Violation> problems = new ArrayList<>();
        String format = text(root.get("format"));
        if (!JsonExchangeWriter.FORMAT.equals(format)) {
            problems.add(new Violation(
                    "format",
                    "is " + (format == null ? "missing" : "'" + format + "'") + ", not '" + JsonExchangeWriter.FORMAT
                            + "': this is not an Evidence Map file"));
        }
        JsonNode version = root.get("version");
        if (version == null || !version.isIntegralNumber() || version.longValue() < 1) {
            problems.add(new Violation("version", "must be a whole number from 1"));
        } else if (version.longValue() > JsonExchangeWriter.VERSION) {
            problems.add(new Violation(
                    "version",
                    "is " + version.longValue() + "; this version of Evidence Map reads files up to version "
                            + JsonExchangeWriter.VERSION));
        }
        List<String> warnings = new ArrayList<>();
        List<ExchangeGraph.Element> elements = elements(root.get("nodes"), problems, warnings);
        List<ExchangeGraph.Connection> connections = connections(root.get("relationships"), problems, warnings);
        if (!problems.isEmpty()) {
            throw new ValidationException(problems);
        }
        return new ExchangeGraph(elements, connections, area(root.get("area")), warnings, true);
    }

    private static List<ExchangeGraph.Element> elements(
            JsonNode nodes, List<Violation> problems, List<String> warnings) {
        List<ExchangeGraph.Element> elements = new ArrayList<>();
        if (nodes == null || !nodes.isArray()) {
            problems.add(new Violation("nodes", "must be a list of nodes"));
            return elements;
        }
        Set<String> ids = new HashSet<>();
        int number = 0;
        for (JsonNode node : nodes) {
            number++;
            String id = node.isObject() ? text(node.get("id")) : null;
            String row = id == null ? "node " + number : "node '" + id + "'";
            if (!node.isObject()) {
                problems.add(new Violation(row, "is not an object"));
                continue;
            }
            if (id == null || id.isBlank()) {
                problems.add(new Violation(row, "has no id"));
                continue;
            }
            if (!ids.add(id)) {
                problems.add(new Violation(row, "repeats an id used by an earlier node"));
                continue;
            }
            Map<String, Object> fields = properties(node.get("properties"), row, warnings);
            Object description = fields.remove("description");
            Object tags = fields.remove("tags");
            elements.add(new ExchangeGraph.Element(
                    row,
                    id,
                    text(node.get("name")),
                    text(node.get("type")),
                    description == null ? null : ExportValues.text(description),
                    ExportValues.list(tags),
                    fields,
                    number(node.get("x")),
                    number(node.get("y"))));
        }
        return elements;
    }

    private static List<ExchangeGraph.Connection> connections(
            JsonNode relationships, List<Violation> problems, List<String> warnings) {
        List<ExchangeGraph.Connection> connections = new ArrayList<>();
        if (relationships == null || relationships.isNull()) {
            return connections;
        }
        if (!relationships.isArray()) {
            problems.add(new Violation("relationships", "must be a list of relationships"));
            return connections;
        }
        int number = 0;
        for (JsonNode relationship : relationships) {
            number++;
            String id = relationship.isObject() ? text(relationship.get("id")) : null;
            String row = id == null ? "relationship " + number : "relationship '" + id + "'";
            if (!relationship.isObject()) {
                problems.add(new Violation(row, "is not an object"));
                continue;
            }
            String from = text(relationship.get("from"));
            String to = text(relationship.get("to"));
            if (from == null || from.isBlank() || to == null || to.isBlank()) {
                problems.add(new Violation(row, "needs both 'from' and 'to' (node ids)"));
                continue;
            }
            String type = text(relationship.get("type"));
            Map<String, Object> fields = properties(relationship.get("properties"), row, warnings);
            Object polarity = fields.remove("polarity");
            Object note = fields.remove("note");
            Object tags = fields.remove("tags");
            boolean directed =
                    RelationshipType.byName(type).map(t -> !t.undirected()).orElse(true);
            connections.add(new ExchangeGraph.Connection(
                    row,
                    from,
                    to,
                    false,
                    type,
                    polarity == null ? null : ExportValues.text(polarity),
                    directed,
                    note == null ? null : ExportValues.text(note),
                    ExportValues.list(tags),
                    fields));
        }
        return connections;
    }

    private static Map<String, Object> properties(JsonNode properties, String row, List<String> warnings) {
        Map<String, Object> values = new LinkedHashMap<>();
        if (properties == null || !properties.isObject()) {
            return values;
        }
        for (Map.Entry<String, JsonNode> property : properties.properties()) {
            JsonNode value = property.getValue();
            if (value.isArray()) {
                List<String> items = new ArrayList<>();
                value.forEach(item -> items.add(item.isValueNode() ? item.asString() : item.toString()));
                values.put(property.getKey(), items);
            } else if (value.isObject()) {
                warnings.add(row + ": property '" + property.getKey() + "' holds an object; read as its JSON text");
                values.put(property.getKey(), value.toString());
            } else {
                Object scalar = scalar(value);
                if (scalar != null) {
                    values.put(property.getKey(), scalar);
                }
            }
        }
        return values;
    }

    private static Object scalar(JsonNode value) {
        if (value == null || value.isNull()) {
            return null;
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isNumber() && !value.isIntegralNumber()) {
            return value.doubleValue();
        }
        return value.asString();
    }

    private static Map<String, Object> area(JsonNode area) {
        Map<String, Object> fields = new LinkedHashMap<>();
        if (area == null || !area.isObject()) {
            return fields;
        }
        for (String key : List.of("id", "name", "onsCode", "region", "strongEvidence")) {
            String value = text(area.get(key));
            if (value != null) {
                fields.put(key, value);
            }
        }
        return fields;
    }

    private static String text(JsonNode value) {
        return value == null || value.isNull() || !value.isValueNode() ? null : value.asString();
    }

    private static Double number(JsonNode value) {
        return value != null && value.isNumber() ? value.doubleValue() : null;
    }
}
