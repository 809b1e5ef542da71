package uk.evidencemap.exchange;

import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.exchange.ExportValues.ValueKind;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.PropertySpec;

/**
 * A Kumu project in the shape of Kumu's own JSON backups (the "Export .json" of a project, which
 * Kumu restores into a new project; modelled on the backups in Kumu's documentation):
 * {@code attributes} (the field definitions), {@code elements} ({@code _id} "elem-" and the node's
 * id; {@code attributes}: label, element type, description, tags and one field per property),
 * {@code connections} ({@code _id} "conn-" and the relationship's id; {@code from} and {@code to}
 * by element id, so names need not be unique; {@code direction} "directed" or "undirected";
 * {@code delayed} from an influence's {@code delay}; {@code attributes}: connection type,
 * description from {@code note}, tags, polarity and the other properties) and one map with every
 * element. The connection type is the relationship type's name, or for an influence Kumu's sign
 * ("++" SAME, "+-" OPPOSITE, none when UNKNOWN) with the polarity in its own field. Field keys are
 * field names in lower case, as Kumu keeps them; numbers stay numbers, booleans are "true" or
 * "false" (Kumu has no boolean field), lists are lists.
 *
 * <p>Placed nodes keep their places, pinned. Nodes never placed are laid in rows of a square grid
 * 150 apart below the placed ones and left unpinned, so that Kumu's layout may move them.
 */
public final class KumuJsonWriter implements ExchangeWriter {

    static final double GRID = 150;

    private static final JsonMapper JSON =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    private static final List<String> FIXED =
            List.of("Label", "Element Type", "Connection Type", "Description", "Tags");
    private static final Set<String> OWN_NODE_KEYS = Set.of("description", "tags");
    private static final Set<String> OWN_RELATIONSHIP_KEYS = Set.of("note", "tags", "polarity", "delay");

    @Override
    public void write(ExportedArea export, OutputStream out) {
        List<MapNode> nodes = export.graph().nodes();
        List<MapRelationship> relationships = export.graph().relationships();
        List<String> keys = new ArrayList<>(ExportValues.nodeKeys(nodes, OWN_NODE_KEYS));
        ExportValues.relationshipKeys(relationships, OWN_RELATIONSHIP_KEYS).stream()
                .filter(k -> !keys.contains(k))
                .forEach(keys::add);
        List<String> fixed = new ArrayList<>(FIXED);
        boolean influences = relationships.stream().anyMatch(r -> r.properties().containsKey("polarity"));
        if (influences) {
            fixed.add("Polarity");
        }
        Map<String, String> fields = KumuNames.fields(keys, fixed);
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("name", export.area().name());
            json.writeStringProperty(
                    "description",
                    "The local evidence system of " + export.area().name() + ", exported from Evidence Map (area '"
                            + export.area().id() + "')");
            json.writeStringProperty("defaultMap", mapId(export));
            json.writeNullProperty("defaultPerspective");
            json.writeName("attributeRelevance");
            json.writeStartObject();
            json.writeEndObject();
            writeAttributes(json, export, fields, influences);
            writeElements(json, nodes, fields);
            writeConnections(json, relationships, fields);
            json.writeName("loops");
            json.writeStartArray();
            json.writeEndArray();
            writeMap(json, export);
            json.writeName("perspectives");
            json.writeStartArray();
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeAttributes(
            JsonGenerator json, ExportedArea export, Map<String, String> fields, boolean influences) {
        List<MapNode> nodes = export.graph().nodes();
        List<MapRelationship> relationships = export.graph().relationships();
        json.writeName("attributes");
        json.writeStartArray();
        attribute(json, "Label", "string", false, "autocomplete", List.of());
        attribute(
                json,
                "Element Type",
                "string",
                false,
                "list",
                distinct(nodes.stream().map(n -> n.type().label()).toList()));
        attribute(
                json,
                "Connection Type",
                "string",
                false,
                "list",
                distinct(relationships.stream()
                        .map(KumuJsonWriter::connectionType)
                        .filter(t -> t != null)
                        .toList()));
        attribute(json, "Description", "text", false, "none", List.of());
        attribute(json, "Tags", "string", true, "autocomplete", List.of());
        if (influences) {
            attribute(json, "Polarity", "string", false, "list", List.of("SAME", "OPPOSITE", "UNKNOWN"));
        }
        for (var field : fields.entrySet()) {
            List<Object> values = new ArrayList<>(ExportValues.values(nodes, MapNode::properties, field.getKey()));
            values.addAll(ExportValues.values(relationships, MapRelationship::properties, field.getKey()));
            boolean many = values.stream().anyMatch(v -> v instanceof Collection<?>);
            attribute(json, field.getValue(), format(field.getKey(), values), many, "autocomplete", List.of());
        }
        json.writeEndArray();
    }

    /** Kumu's field format for a property: number, url, email or text where the model says so, else string. */
    private static String format(String key, List<Object> values) {
        ValueKind kind = ExportValues.kind(values);
        if (kind == ValueKind.LONG || kind == ValueKind.DOUBLE) {
            return "number";
        }
        return ExportValues.spec(key)
                .map(PropertySpec::kind)
                .map(s -> switch (s) {
                    case URL -> "url";
                    case EMAIL -> "email";
                    case LONG_TEXT -> "text";
                    default -> "string";
                })
                .orElse("string");
    }

    private static void attribute(
            JsonGenerator json, String name, String format, boolean many, String prompt, List<String> values) {
        json.writeStartObject();
        json.writeStringProperty("_id", "attr-" + KumuNames.fold(name).replaceAll("[^a-z0-9]+", "-"));
        json.writeStringProperty("name", name);
        json.writeStringProperty("format", format);
        json.writeBooleanProperty("private", false);
        if (many) {
            json.writeStringProperty("limit", "none");
        } else {
            json.writeNumberProperty("limit", 1);
        }
        json.writeStringProperty("category", "General");
        json.writeStringProperty("prompt", prompt);
        json.writeBooleanProperty("locked", false);
        json.writeName("values");
        json.writeStartArray();
        for (String value : values) {
            json.writeString(value);
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeElements(JsonGenerator json, List<MapNode> nodes, Map<String, String> fields) {
        json.writeName("elements");
        json.writeStartArray();
        for (MapNode node : nodes) {
            json.writeStartObject();
            json.writeStringProperty("_id", "elem-" + node.id());
            json.writeName("attributes");
            json.writeStartObject();
            json.writeStringProperty("label", node.name());
            json.writeStringProperty("element type", node.type().label());
            value(json, "description", node.property("description"));
            value(json, "tags", node.property("tags") == null ? null : ExportValues.list(node.property("tags")));
            fields.forEach((key, name) -> value(json, KumuNames.fold(name), node.property(key)));
            json.writeEndObject();
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    private static void writeConnections(
            JsonGenerator json, List<MapRelationship> relationships, Map<String, String> fields) {
        json.writeName("connections");
        json.writeStartArray();
        for (MapRelationship relationship : relationships) {
            Map<String, Object> properties = relationship.properties();
            json.writeStartObject();
            json.writeStringProperty("_id", "conn-" + relationship.id());
            json.writeStringProperty("direction", relationship.type().undirected() ? "undirected" : "directed");
            json.writeBooleanProperty("delayed", "true".equals(String.valueOf(properties.get("delay"))));
            json.writeBooleanProperty("reversed", false);
            json.writeName("attributes");
            json.writeStartObject();
            json.writeStringProperty("connection type", connectionType(relationship));
            value(json, "description", properties.get("note"));
            value(json, "tags", properties.get("tags") == null ? null : ExportValues.list(properties.get("tags")));
            value(json, "polarity", properties.get("polarity"));
            fields.forEach((key, name) -> value(json, KumuNames.fold(name), properties.get(key)));
            json.writeEndObject();
            json.writeStringProperty("from", "elem-" + relationship.from());
            json.writeStringProperty("to", "elem-" + relationship.to());
            json.writeEndObject();
        }
        json.writeEndArray();
    }

    /** The relationship type's name, or an influence's sign; null for an influence of unknown polarity. */
    private static String connectionType(MapRelationship relationship) {
        Object polarity = relationship.properties().get("polarity");
        if (polarity == null) {
            return relationship.type().name();
        }
        String sign = KumuXlsxWriter.sign(polarity);
        return sign.isEmpty() ? null : sign;
    }

    private static void writeMap(JsonGenerator json, ExportedArea export) {
        json.writeName("maps");
        json.writeStartArray();
        json.writeStartObject();
        json.writeStringProperty("_id", mapId(export));
        json.writeStringProperty("name", export.area().name());
        json.writeStringProperty("description", "");
        json.writeNumberProperty("scale", 1);
        json.writeName("center");
        json.writeStartObject();
        json.writeNumberProperty("x", 0);
        json.writeNumberProperty("y", 0);
        json.writeEndObject();
        json.writeNullProperty("defaultPerspective");
        json.writeName("elements");
        json.writeStartArray();
        Map<String, NodePosition> places = places(export);
        for (MapNode node : export.graph().nodes()) {
            NodePosition place = places.get(node.id());
            json.writeStartObject();
            json.writeStringProperty("_id", "node-" + node.id());
            json.writeName("position");
            json.writeStartObject();
            json.writeNumberProperty("x", place.x());
            json.writeNumberProperty("y", place.y());
            json.writeEndObject();
            json.writeBooleanProperty("pinned", export.position(node.id()) != null);
            json.writeStringProperty("element", "elem-" + node.id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("connections");
        json.writeStartArray();
        for (MapRelationship relationship : export.graph().relationships()) {
            json.writeStartObject();
            json.writeStringProperty("_id", "edge-" + relationship.id());
            json.writeStringProperty("connection", "conn-" + relationship.id());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeName("loops");
        json.writeStartArray();
        json.writeEndArray();
        json.writeEndObject();
        json.writeEndArray();
    }

    /**
     * Every node's place on the Kumu map: where it was placed, or for nodes never placed a cell of
     * a square grid ({@value #GRID} apart) starting {@value #GRID} below the lowest placed node, at
     * the left edge of the placed ones (at 0, 0 when none was placed).
     */
    static Map<String, NodePosition> places(ExportedArea export) {
        Map<String, NodePosition> places = new LinkedHashMap<>();
        List<MapNode> unplaced = new ArrayList<>();
        double left = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        for (MapNode node : export.graph().nodes()) {
            NodePosition position = export.position(node.id());
            if (position == null) {
                unplaced.add(node);
            } else {
                places.put(node.id(), position);
                left = Math.min(left, position.x());
                bottom = Math.max(bottom, position.y());
            }
        }
        double x0 = places.isEmpty() ? 0 : left;
        double y0 = places.isEmpty() ? 0 : bottom + GRID;
        int columns = Math.max(1, (int) Math.ceil(Math.sqrt(unplaced.size())));
        for (int i = 0; i < unplaced.size(); i++) {
            places.put(unplaced.get(i).id(), new NodePosition(x0 + (i % columns) * GRID, y0 + (i / columns) * GRID));
        }
        return places;
    }

    private static String mapId(ExportedArea export) {
        return "map-" + export.area().id();
    }

    private static List<String> distinct(List<String> values) {
        return List.copyOf(new LinkedHashSet<>(values));
    }

    private static void value(JsonGenerator json, String name, Object value) {
        if (value == null) {
            return;
        }
        json.writeName(name);
        switch (value) {
            case Long l -> json.writeNumber(l);
            case Integer i -> json.writeNumber(i);
            case Double d -> json.writeNumber(d);
            case Number n -> json.writeNumber(n.toString());
            case Collection<?> list -> {
                json.writeStartArray();
                list.forEach(item -> json.writeString(String.valueOf(item)));
                json.writeEndArray();
            }
            default -> json.writeString(String.valueOf(value));
        }
    }
}
