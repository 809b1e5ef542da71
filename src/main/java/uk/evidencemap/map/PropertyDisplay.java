package uk.evidencemap.map;

import java.util.Collection;
import java.util.stream.Collectors;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.Coded;

/** How a stored property value reads to a person: friendly labels for codes, Yes/No, lists. */
public final class PropertyDisplay {

    private PropertyDisplay() {}

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
            case TAGS ->
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

    private static <E extends Enum<E> & Coded> String label(Class<? extends Coded> type, String code) {
        for (Coded c : type.getEnumConstants()) {
            if (c.code().equals(code)) {
                return c.label();
            }
        }
        return code;
    }
}
