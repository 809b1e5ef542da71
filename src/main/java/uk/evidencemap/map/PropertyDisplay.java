package uk.evidencemap.map;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.Coded;

/** How a stored property value reads to a person: friendly labels for codes, Yes/No, lists. */
public final class PropertyDisplay {

    private PropertyDisplay() {}

    /** The properties a node shows: its type's, then its custom fields by name. */
    public static List<PropertySpec> shown(MapNode node) {
        List<PropertySpec> shown = new ArrayList<>(node.type().properties());
        node.properties().keySet().stream()
                .sorted()
                .map(PropertySpec::customField)
                .flatMap(Optional::stream)
                .forEach(shown::add);
        return shown;
    }

    public static String value(MapNode node, PropertySpec spec) {
        Object value = node.property(spec.key());
        String text = value(spec, value);
        if (node.type() == NodeType.PROGRAMME
                && "evidenceRating".equals(spec.key())
                && Boolean.TRUE.equals(node.property("illustrative"))) {
            return text + " (illustrative)";
        }
        return text;
    }

    public static String value(PropertySpec spec, Object value) {
        if (value == null) {
            return "";
        }
        return switch (spec.kind()) {
            case ENUMERATION -> label(spec.codes(), String.valueOf(value));
            case BOOLEAN -> Boolean.TRUE.equals(value) ? "Yes" : "No";
            case CODE_LIST ->
                value instanceof Collection<?> c
                        ? c.stream()
                                .map(v -> label(spec.codes(), String.valueOf(v)))
                                .collect(Collectors.joining(", "))
                        : label(spec.codes(), String.valueOf(value));
            case TAGS, CUSTOM ->
                value instanceof Collection<?> c
                        ? c.stream().map(String::valueOf).collect(Collectors.joining(", "))
                        : String.valueOf(value);
            case CFIR_CONSTRUCT ->
                Cfir.get()
                        .construct(String.valueOf(value))
                        .map(c -> c.code() + " " + c.name())
                        .orElse(String.valueOf(value));
            default -> String.valueOf(value);
        };
    }

    /**
     * What a relationship's own properties add to its sentence, e.g. " (Same direction (+), with a
     * delay)" for an influence; empty when it carries none worth saying.
     */
    public static String qualifier(MapRelationship relationship) {
        List<String> parts = new ArrayList<>();
        for (PropertySpec spec : relationship.type().properties()) {
            Object value = relationship.properties().get(spec.key());
            if (value == null || "note".equals(spec.key())) {
                continue;
            }
            parts.add(
                    spec.kind() == PropertySpec.Kind.BOOLEAN
                            ? (Boolean.TRUE.equals(value) ? spec.label().toLowerCase(java.util.Locale.ROOT) : "")
                            : spec.kind() == PropertySpec.Kind.ENUMERATION
                                    ? value(spec, value)
                                    : spec.label().toLowerCase(java.util.Locale.ROOT) + " " + value(spec, value));
        }
        parts.removeIf(String::isEmpty);
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static <E extends Enum<E> & Coded> String label(Class<? extends Coded> type, String code) {
        for (Coded c : type.getEnumConstants()) {
            if (c.code().equals(code)) {
                return c.label();
            }
        }
        return code;
    }
}
