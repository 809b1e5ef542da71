package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertySpec;
import uk.evidencemap.map.RelationshipType;

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
        return ordered(
                Arrays.stream(NodeType.values()).flatMap(t -> t.properties().stream()),
                nodes.stream().map(MapNode::properties),
                exclude);
    }

    /**
     * The property keys the relationships use, without {@code exclude}: the model's keys first, in
     * the order of {@link RelationshipType#values()} and each type's properties, then any other key
     * in alphabetical order.
     */
    static List<String> relationshipKeys(Collection<MapRelationship> relationships, Collection<String> exclude) {
        return ordered(
                Arrays.stream(RelationshipType.values()).flatMap(t -> t.properties().stream()),
                relationships.stream().map(MapRelationship::properties),
                exclude);
    }

    private static List<String> ordered(
            Stream<PropertySpec> model, Stream<Map<String, Object>> properties, Collection<String> exclude) {
        List<String> modelOrder = model.map(PropertySpec::key).distinct().toList();
        Set<String> used = new LinkedHashSet<>();
        properties.forEach(p -> used.addAll(p.keySet()));
        used.removeAll(exclude);
        List<String> keys =
                new ArrayList<>(modelOrder.stream().filter(used::contains).toList());
        used.stream().filter(k -> !modelOrder.contains(k)).sorted().forEach(keys::add);
        return keys;
    }

    /**
     * The model's property with this key, on any node or relationship type (the first found), for
     * what a format can say about a property's values (a link, an email, long text).
     */
    static Optional<PropertySpec> spec(String key) {
        return Stream.concat(
                        Arrays.stream(NodeType.values()).flatMap(t -> t.property(key).stream()),
                        Arrays.stream(RelationshipType.values()).flatMap(t -> t.property(key).stream()))
                .findFirst();
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
