package uk.evidencemap.map;

import java.util.Map;

/**
 * A change to a node. A null name keeps the name; properties are merged, and a key whose
 * value is null (or blank) is removed. {@code expectedVersion}, when given, must be the
 * node's current version or the change is refused as a conflict.
 */
public record NodeChange(String name, Map<String, Object> properties, Long expectedVersion) {

    public NodeChange {
        properties = properties == null ? Map.of() : properties;
    }
}
