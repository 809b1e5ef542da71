package uk.evidencemap.map;

import java.util.Map;

/** A relationship of an area's map: {@code from} and {@code to} are node ids. */
public record MapRelationship(
        String id, RelationshipType type, String from, String to, String areaId, Map<String, Object> properties) {

    public MapRelationship {
        properties = Map.copyOf(properties);
    }
}
