package uk.evidencemap.map;

import java.util.Collection;
import java.util.Map;
import uk.evidencemap.base.Text;

/**
 * A node of an area's map as the UI and the API see it.
 *
 * @param areaId     the area it belongs to; null for a shared catalogue programme
 * @param version    increases with every change; writes that name an older one are refused
 * @param properties the type's properties by key (String, Long, Boolean or List of String values)
 */
public record MapNode(
        String id, NodeType type, String areaId, String name, long version, Map<String, Object> properties) {

    public MapNode {
        properties = Map.copyOf(properties);
    }

    public Object property(String key) {
        return properties.get(key);
    }

    public String text(String key) {
        Object value = properties.get(key);
        return value == null ? null : String.valueOf(value);
    }

    /**
     * A value as compared between an editor and the database: whole numbers as Long, text trimmed
     * as {@link Text#trim} stores it, empty as null.
     */
    public static Object comparable(Object value) {
        if (value instanceof Number n) {
            return n.longValue();
        }
        if (value instanceof Collection<?> c) {
            return c.isEmpty() ? null : c.stream().map(String::valueOf).toList();
        }
        if (value instanceof String s) {
            String trimmed = Text.trim(s);
            return trimmed.isEmpty() ? null : trimmed;
        }
        return value;
    }
}
