package uk.evidencemap.map.api;

import java.util.Map;
import java.util.TreeMap;
import uk.evidencemap.map.MapNode;

/** A node as the API shows it: {@code {id, type, name, version, properties}}. */
public record NodeJson(String id, String type, String name, long version, Map<String, Object> properties) {

    public static NodeJson of(MapNode node) {
        return new NodeJson(
                node.id(), node.type().label(), node.name(), node.version(), new TreeMap<>(node.properties()));
    }
}
