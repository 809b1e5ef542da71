package uk.evidencemap.exchange;

import java.io.OutputStream;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePosition;

/**
 * The product's own JSON file: everything needed to bring the area's map back without loss, in
 * the shape docs/exchange-format.md describes ({@code format: "evidence-map", version: 1}, the
 * area, nodes with their positions, relationships). Catalogue programmes the map uses are
 * included, marked {@code catalogue: true}, so that every relationship's ends are in the file.
 * Written as a stream: nothing but the current node or relationship is held.
 */
public final class JsonExchangeWriter implements ExchangeWriter {

    /** The value of {@code format} in every file this writes. */
    public static final String FORMAT = "evidence-map";

    /** The version of the file's shape; {@link JsonExchangeReader} reads this version. */
    public static final int VERSION = 1;

    private static final JsonMapper JSON =
            JsonMapper.builder().disable(StreamWriteFeature.AUTO_CLOSE_TARGET).build();

    @Override
    public void write(ExportedArea export, OutputStream out) {
        try (JsonGenerator json = JSON.createGenerator(out)) {
            json.writeStartObject();
            json.writeStringProperty("format", FORMAT);
            json.writeNumberProperty("version", VERSION);
            writeArea(json, export);
            json.writeName("nodes");
            json.writeStartArray();
            for (MapNode node : export.graph().nodes()) {
                writeNode(json, node, export.position(node.id()));
            }
            json.writeEndArray();
            json.writeName("relationships");
            json.writeStartArray();
            for (MapRelationship relationship : export.graph().relationships()) {
                writeRelationship(json, relationship);
            }
            json.writeEndArray();
            json.writeEndObject();
        }
    }

    private static void writeArea(JsonGenerator json, ExportedArea export) {
        json.writeName("area");
        json.writeStartObject();
        json.writeStringProperty("id", export.area().id());
        json.writeStringProperty("name", export.area().name());
        json.writeStringProperty("onsCode", export.area().onsCode());
        json.writeStringProperty("region", export.area().region());
        json.writeStringProperty("strongEvidence", export.strongEvidence());
        json.writeEndObject();
    }

    private static void writeNode(JsonGenerator json, MapNode node, NodePosition position) {
        json.writeStartObject();
        json.writeStringProperty("id", node.id());
        json.writeStringProperty("type", node.type().label());
        json.writeStringProperty("name", node.name());
        json.writeBooleanProperty("catalogue", ExportValues.catalogue(node));
        if (position != null) {
            json.writeNumberProperty("x", position.x());
            json.writeNumberProperty("y", position.y());
        }
        writeProperties(json, node.properties());
        json.writeEndObject();
    }

    private static void writeRelationship(JsonGenerator json, MapRelationship relationship) {
        json.writeStartObject();
        json.writeStringProperty("id", relationship.id());
        json.writeStringProperty("type", relationship.type().name());
        json.writeStringProperty("from", relationship.from());
        json.writeStringProperty("to", relationship.to());
        writeProperties(json, relationship.properties());
        json.writeEndObject();
    }

    private static void writeProperties(JsonGenerator json, Map<String, Object> properties) {
        json.writeName("properties");
        json.writeStartObject();
        for (var property : new TreeMap<>(properties).entrySet()) {
            json.writeName(property.getKey());
            writeValue(json, property.getValue());
        }
        json.writeEndObject();
    }

    private static void writeValue(JsonGenerator json, Object value) {
        switch (value) {
            case null -> json.writeNull();
            case Boolean b -> json.writeBoolean(b);
            case Long l -> json.writeNumber(l);
            case Integer i -> json.writeNumber(i);
            case Double d -> json.writeNumber(d);
            case Float f -> json.writeNumber(f);
            case Number n -> json.writeNumber(n.toString());
            case Collection<?> list -> {
                json.writeStartArray();
                for (Object item : list) {
                    writeValue(json, item);
                }
                json.writeEndArray();
            }
            default -> json.writeString(String.valueOf(value));
        }
    }
}
