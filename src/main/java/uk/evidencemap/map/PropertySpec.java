package uk.evidencemap.map;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.evidencemap.base.Text;
import uk.evidencemap.base.Violation;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.Coded;

/**
 * One property a node type may carry: its key (camelCase, as in the API and the database),
 * what values it takes, and whether it is required. {@link #normalise} turns a value from
 * a form or JSON into the one stored, or reports what is wrong with it.
 */
public record PropertySpec(
        String key, String label, Kind kind, boolean required, int min, int max, Class<? extends Coded> codes) {

    public enum Kind {
        TEXT,
        LONG_TEXT,
        ENUMERATION,
        INTEGER,
        BOOLEAN,
        URL,
        EMAIL,
        TAGS,
        CFIR_CONSTRUCT
    }

    public static final int TEXT_MAX = 200;
    public static final int LONG_TEXT_MAX = 4000;
    public static final int TAG_MAX = 40;
    public static final int TAGS_MAX = 20;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    static PropertySpec text(String key, String label) {
        return new PropertySpec(key, label, Kind.TEXT, false, 0, TEXT_MAX, null);
    }

    static PropertySpec longText(String key, String label) {
        return new PropertySpec(key, label, Kind.LONG_TEXT, false, 0, LONG_TEXT_MAX, null);
    }

    static PropertySpec codes(String key, String label, Class<? extends Coded> codes, boolean required) {
        return new PropertySpec(key, label, Kind.ENUMERATION, required, 0, 0, codes);
    }

    static PropertySpec integer(String key, String label, int min, int max, boolean required) {
        return new PropertySpec(key, label, Kind.INTEGER, required, min, max, null);
    }

    static PropertySpec bool(String key, String label) {
        return new PropertySpec(key, label, Kind.BOOLEAN, false, 0, 0, null);
    }

    static PropertySpec url(String key, String label) {
        return new PropertySpec(key, label, Kind.URL, false, 0, 2000, null);
    }

    static PropertySpec email(String key, String label) {
        return new PropertySpec(key, label, Kind.EMAIL, false, 0, 254, null);
    }

    static PropertySpec tags(String key, String label) {
        return new PropertySpec(key, label, Kind.TAGS, false, 0, TAGS_MAX, null);
    }

    static PropertySpec cfirConstruct(String key, String label) {
        return new PropertySpec(key, label, Kind.CFIR_CONSTRUCT, false, 0, 0, null);
    }

    /** The allowed codes of an enumeration property, in order. */
    public List<String> allowedCodes() {
        if (codes == null) {
            return List.of();
        }
        return Arrays.stream(codes.getEnumConstants()).map(Coded::code).toList();
    }

    /**
     * Checks one value and returns it as stored (String, Long, Boolean or List of String), or
     * null when the value is empty. Problems are added to {@code violations} with this key.
     */
    Object normalise(Object value, List<Violation> violations) {
        if (value == null
                || (value instanceof String s && s.isBlank())
                || (value instanceof List<?> l && l.isEmpty() && kind != Kind.TAGS)) {
            return null;
        }
        return switch (kind) {
            case TEXT, LONG_TEXT -> text(value, violations);
            case ENUMERATION -> enumeration(value, violations);
            case INTEGER -> integer(value, violations);
            case BOOLEAN -> bool(value, violations);
            case URL -> url(value, violations);
            case EMAIL -> email(value, violations);
            case TAGS -> tags(value, violations);
            case CFIR_CONSTRUCT -> cfir(value, violations);
        };
    }

    private Object fail(List<Violation> violations, String message) {
        violations.add(new Violation(key, message));
        return null;
    }

    private Object text(Object value, List<Violation> violations) {
        if (!(value instanceof String s)) {
            return fail(violations, "must be text");
        }
        int before = violations.size();
        String checked =
                kind == Kind.LONG_TEXT ? Text.longText(key, s, max, violations) : Text.line(key, s, max, violations);
        return violations.size() > before ? null : checked;
    }

    private Object enumeration(Object value, List<Violation> violations) {
        String code = String.valueOf(value).strip();
        List<String> allowed = allowedCodes();
        if (!allowed.contains(code)) {
            return fail(violations, "'" + code + "' is not one of " + String.join(", ", allowed));
        }
        return code;
    }

    private Object integer(Object value, List<Violation> violations) {
        Long number = null;
        if (value instanceof Integer || value instanceof Long || value instanceof Short) {
            number = ((Number) value).longValue();
        } else if (value instanceof Number n && n.doubleValue() == Math.rint(n.doubleValue())) {
            number = n.longValue();
        } else if (value instanceof String s && s.strip().matches("-?\\d{1,18}")) {
            number = Long.parseLong(s.strip());
        }
        if (number == null || number < min || number > max) {
            return fail(violations, "must be a whole number from " + min + " to " + max + " (got '" + value + "')");
        }
        return number;
    }

    private Object bool(Object value, List<Violation> violations) {
        if (value instanceof Boolean b) {
            return b;
        }
        if (value instanceof String s && (s.equalsIgnoreCase("true") || s.equalsIgnoreCase("false"))) {
            return Boolean.parseBoolean(s);
        }
        return fail(violations, "must be true or false (got '" + value + "')");
    }

    private Object url(Object value, List<Violation> violations) {
        Object text = text(value, violations);
        if (text == null) {
            return null;
        }
        try {
            URI uri = new URI((String) text);
            if (uri.getHost() == null
                    || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return fail(violations, "must be a web address starting with http:// or https://");
            }
            return text;
        } catch (URISyntaxException e) {
            return fail(violations, "is not a valid web address: " + e.getReason());
        }
    }

    private Object email(Object value, List<Violation> violations) {
        Object text = text(value, violations);
        if (text != null && !EMAIL.matcher((String) text).matches()) {
            return fail(violations, "'" + text + "' is not an email address");
        }
        return text;
    }

    private Object tags(Object value, List<Violation> violations) {
        List<?> raw =
                value instanceof List<?> list ? list : value instanceof String s ? Arrays.asList(s.split(",")) : null;
        if (raw == null) {
            return fail(violations, "must be a list of tags");
        }
        LinkedHashSet<String> tags = new LinkedHashSet<>();
        List<Violation> problems = new ArrayList<>();
        int position = 0;
        for (Object item : raw) {
            position++;
            String tag = Text.line("tag " + position, String.valueOf(item), TAG_MAX, problems);
            if (tag != null) {
                tags.add(tag);
            }
        }
        if (!problems.isEmpty()) {
            return fail(
                    violations,
                    problems.stream().map(p -> p.field() + " " + p.message()).collect(Collectors.joining("; ")));
        }
        if (tags.size() > max) {
            return fail(violations, "at most " + max + " tags (got " + tags.size() + ")");
        }
        return List.copyOf(tags);
    }

    private Object cfir(Object value, List<Violation> violations) {
        String code = String.valueOf(value).strip();
        if (Cfir.get().construct(code).isEmpty()) {
            return fail(
                    violations,
                    "'" + code + "' is not a CFIR 2.0 construct code (e.g. C10a for Inner Setting:"
                            + " Available Resources: Funding)");
        }
        return code;
    }
}
