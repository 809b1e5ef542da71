package uk.evidencemap.map;

import java.util.Map;

/**
 * A change to a node. A null name keeps the name; properties are merged, and a key whose
 * value is null (or blank) is removed. {@code expectedVersion}, when given, must be the
 * node's current version or the change is refused as a conflict, unless {@code base} is given:
 * the values (by field, "name" for the name) the editor started from. Then a change saved by
 * someone else in between is merged field by field, and only a field both changed to different
 * values is refused ({@link EditConflictException}).
 */
public record NodeChange(String name, Map<String, Object> properties, Long expectedVersion, Map<String, Object> base) {

    public NodeChange {
        properties = properties == null ? Map.of() : properties;
    }

    public NodeChange(String name, Map<String, Object> properties, Long expectedVersion) {
        this(name, properties, expectedVersion, null);
    }
}
