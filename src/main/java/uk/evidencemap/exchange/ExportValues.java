package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertySpec;

/**
 * What the export writers share: which property keys a map uses and in what order, how a value
 * is written as text, and what kind of values a key holds. Nothing here knows one node type or
 * relationship type from another, so new types and properties need no change.
 */
final class ExportValues {

    /** Joins the values of a list (tags, ERIC strategies) in one cell or attribute, as Kumu does. */
    static final String LIST_SEPARATOR = "|";

    /** The kind of values one property key holds across a map, named as GraphML and GEXF name them. */
    enum ValueKind {
        STRING("string"),
        LONG("long"),
        DOUBLE("double"),
        BOOLEAN("boolean");

        private final String xmlName;

        ValueKind(String xmlName) {
            this.xmlName = xmlName;
        }

        /** The attr.type of GraphML and the attribute type of GEXF. */
        String xmlName() {
            return xmlName;
        }
    }

    private ExportValues() {}

    /**
     * The property keys the nodes use, without {@code exclude}: the model's keys first, in the order
     * of {@link NodeType#values()} and each type's properties, then any other key (custom fields,
     * for instance) in alphabetical order.
     */
    static List<String> nodeKeys(Collection<MapNode> nodes, Collection<String> exclude) {
        List<String> modelOrder = Arrays.stream(NodeType.values())
                .flatMap(t -> t.properties().stream())
                .map(PropertySpec::key)
                .distinct()
                .toList();
        Set<String> used = new LinkedHashSet<>();
        nodes.forEach(n -> used.addAll(n.properties().keySet()));
        used.removeAll(exclude);
        List<String> keys =
                new ArrayList<>(modelOrder.stream().filter(used::contains).toList());
        used.stream().filter(k -> !modelOrder.contains(k)).sorted().forEach(keys::add);
        return keys;
    }

    /** The property keys the relationships use, without {@code exclude}, in alphabetical order. */
    static List<String> relationshipKeys(Collection<MapRelationship> relationships, Collection<String> exclude) {
        Set<String> keys = new TreeSet<>();
        relationships.forEach(r -> keys.addAll(r.properties().keySet()));
        keys.removeAll(exclude);
        return List.copyOf(keys);
    }

    /** The values that {@code key} takes over {@code properties}, nulls left out. */
    static <T> List<Object> values(Collection<T> items, Function<T, Map<String, Object>> properties, String key) {
        List<Object> values = new ArrayList<>();
        for (T item : items) {
            Object value = properties.apply(item).get(key);
            if (value != null) {
                values.add(value);
            }
        }
        return values;
    }

    /**
     * The one kind that holds every value: booleans when all are, whole numbers (long) when all
     * are, numbers (double) when all are numbers, otherwise text (lists are written as text).
     */
    static ValueKind kind(Collection<Object> values) {
        if (!values.isEmpty() && values.stream().allMatch(v -> v instanceof Boolean)) {
            return ValueKind.BOOLEAN;
        }
        if (!values.isEmpty() && values.stream().allMatch(ExportValues::wholeNumber)) {
            return ValueKind.LONG;
        }
        if (!values.isEmpty() && values.stream().allMatch(v -> v instanceof Number)) {
            return ValueKind.DOUBLE;
        }
        return ValueKind.STRING;
    }

    private static boolean wholeNumber(Object value) {
        return value instanceof Long || value instanceof Integer || value instanceof Short || value instanceof Byte;
    }

    /**
     * A value as text: lists joined with {@value #LIST_SEPARATOR}, numbers and booleans as Java
     * writes them ({@code 42}, {@code 2.5}, {@code true}), null as empty.
     */
    static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining(LIST_SEPARATOR));
        }
        return String.valueOf(value);
    }

    /** A list property's values as text; a single value as a list of one; null as empty. */
    static List<String> list(Object value) {
        if (value == null) {
            return List.of();
        }
        if (value instanceof Collection<?> list) {
            return list.stream().map(String::valueOf).toList();
        }
        return List.of(String.valueOf(value));
    }

    /** Whether the node is a shared catalogue programme rather than one of the area's own nodes. */
    static boolean catalogue(MapNode node) {
        return node.areaId() == null;
    }

    /** The nodes by id, in the map's order. */
    static Map<String, MapNode> byId(Collection<MapNode> nodes) {
        Map<String, MapNode> byId = new LinkedHashMap<>();
        nodes.forEach(n -> byId.put(n.id(), n));
        return byId;
    }

    /**
     * Text that XML 1.0 can carry: characters it forbids (controls other than tab, line feed and
     * carriage return, unpaired surrogates, U+FFFE and U+FFFF) become U+FFFD. The product's text
     * rules refuse them on entry; this keeps a file well-formed whatever the database holds.
     */
    static String xml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder safe = new StringBuilder(text.length());
        boolean changed = false;
        for (int i = 0; i < text.length(); ) {
            int c = text.codePointAt(i);
            boolean allowed = c == 0x9
                    || c == 0xA
                    || c == 0xD
                    || (c >= 0x20 && c <= 0xD7FF)
                    || (c >= 0xE000 && c <= 0xFFFD)
                    || c >= 0x10000;
            if (allowed) {
                safe.appendCodePoint(c);
            } else {
                safe.append('\uFFFD');
                changed = true;
            }
            i += Character.charCount(c);
        }
        return changed ? safe.toString() : text;
    }
}
