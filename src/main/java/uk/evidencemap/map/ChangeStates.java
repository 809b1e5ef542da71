package uk.evidencemap.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * How nodes and relationships are written into the change log (as JSON-ready maps) and read back.
 * A node: {@code {type, name, version, properties}}, with {@code relationships} when it was
 * deleted; a relationship: {@code {type, verb, from, to, fromName, toName, areaId, properties}}.
 */
final class ChangeStates {

    private ChangeStates() {}

    static Map<String, Object> node(MapNode node) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("type", node.type().label());
        state.put("name", node.name());
        state.put("version", node.version());
        state.put("properties", new TreeMap<>(node.properties()));
        return state;
    }

    static Map<String, Object> deletedNode(
            MapNode node, List<MapRelationship> relationships, Map<String, String> names) {
        Map<String, Object> state = node(node);
        state.put(
                "relationships",
                relationships.stream().map(r -> relationship(r, names)).toList());
        return state;
    }

    static Map<String, Object> relationship(MapRelationship r, Map<String, String> names) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("id", r.id());
        state.put("type", r.type().name());
        state.put("verb", r.type().verb());
        state.put("from", r.from());
        state.put("to", r.to());
        state.put("fromName", names.getOrDefault(r.from(), r.from()));
        state.put("toName", names.getOrDefault(r.to(), r.to()));
        state.put("areaId", r.areaId());
        state.put("properties", new TreeMap<>(r.properties()));
        return state;
    }

    static MapNode toNode(String id, String areaId, Map<String, Object> state) {
        NodeType type = NodeType.byLabel((String) state.get("type")).orElseThrow();
        return new MapNode(
                id,
                type,
                areaId,
                (String) state.get("name"),
                ((Number) state.get("version")).longValue(),
                properties(state.get("properties")));
    }

    static MapRelationship toRelationship(Map<String, Object> state) {
        return new MapRelationship(
                (String) state.get("id"),
                RelationshipType.byName((String) state.get("type")).orElseThrow(),
                (String) state.get("from"),
                (String) state.get("to"),
                (String) state.get("areaId"),
                properties(state.get("properties")));
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> relationships(Map<String, Object> state) {
        Object list = state.get("relationships");
        return list == null ? List.of() : (List<Map<String, Object>>) list;
    }

    /** JSON numbers come back as Integer or Long; the map keeps whole numbers as Long. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> properties(Object value) {
        Map<String, Object> properties = new HashMap<>();
        if (value instanceof Map<?, ?> map) {
            ((Map<String, Object>) map).forEach((k, v) -> {
                if (v != null) {
                    properties.put(k, normalise(v));
                }
            });
        }
        return properties;
    }

    static Object normalise(Object value) {
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Collection<?> c) {
            return new ArrayList<>(c.stream().map(ChangeStates::normalise).toList());
        }
        return value;
    }
}
