package uk.evidencemap.map;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
        CFIR_CONSTRUCT,
        /** Several codes of one enumeration, e.g. the ERIC strategies an enabler applies. */
        CODE_LIST,
        /** A custom field: text, a number, true/false or a list of text, as another tool gave it. */
        CUSTOM
    }

    /** The start of every custom field's key: {@code field.Population} is the custom field "Population". */
    public static final String FIELD_PREFIX = "field.";

    /** The longest name of a custom field, in characters as people count them. */
    public static final int FIELD_NAME_MAX = 60;

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

    static PropertySpec codeList(String key, String label, Class<? extends Coded> codes) {
        return new PropertySpec(key, label, Kind.CODE_LIST, false, 0, 0, codes);
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

    /**
     * The custom field with this key: present when the key is {@value #FIELD_PREFIX} followed by a
     * name of 1 to {@value #FIELD_NAME_MAX} characters that {@link Text#line} takes unchanged (no
     * control or bidi characters, no surrounding spaces).
     */
    public static Optional<PropertySpec> customField(String key) {
        if (key == null || !key.startsWith(FIELD_PREFIX)) {
            return Optional.empty();
        }
        String name = key.substring(FIELD_PREFIX.length());
        List<Violation> problems = new ArrayList<>();
        String checked = Text.line("field", name, FIELD_NAME_MAX, problems);
        if (!problems.isEmpty() || checked == null || checked.isEmpty() || !checked.equals(name)) {
            return Optional.empty();
        }
        return Optional.of(new PropertySpec(key, name, Kind.CUSTOM, false, 0, LONG_TEXT_MAX, null));
    }

    /** True for the key of a custom field ({@link #customField}). */
    public boolean custom() {
        return kind == Kind.CUSTOM;
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
            case CUSTOM -> custom(value, violations);
            case CODE_LIST -> codeList(value, violations);
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
        String checked = kind == Kind.LONG_TEXT || kind == Kind.CUSTOM
                ? Text.longText(key, s, max, violations)
                : Text.line(key, s, max, violations);
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

    private Object codeList(Object value, List<Violation> violations) {
        List<?> raw = value instanceof List<?> list
                ? list
                : value instanceof String s ? Arrays.asList(s.split("[,|]")) : null;
        if (raw == null) {
            return fail(violations, "must be a list of codes");
        }
        List<String> allowed = allowedCodes();
        LinkedHashSet<String> codes = new LinkedHashSet<>();
        List<String> unknown = new ArrayList<>();
        for (Object item : raw) {
            String code = String.valueOf(item).strip();
            if (code.isEmpty()) {
                continue;
            }
            if (allowed.contains(code)) {
                codes.add(code);
            } else {
                unknown.add("'" + code + "'");
            }
        }
        if (!unknown.isEmpty()) {
            return fail(
                    violations,
                    String.join(", ", unknown) + (unknown.size() == 1 ? " is not a code" : " are not codes") + " of "
                            + label + " (see GET /api/strategies)");
        }
        return codes.isEmpty() ? null : List.copyOf(codes);
    }

    private Object custom(Object value, List<Violation> violations) {
        if (value instanceof Boolean || value instanceof Long) {
            return value;
        }
        if (value instanceof Integer || value instanceof Short || value instanceof Byte) {
            return ((Number) value).longValue();
        }
        if (value instanceof Number n) {
            double d = n.doubleValue();
            if (!Double.isFinite(d)) {
                return fail(violations, "must be a finite number (got '" + value + "')");
            }
            return d == Math.rint(d) && Math.abs(d) < 1e15 ? (Object) (long) d : (Object) d;
        }
        if (value instanceof List<?> list) {
            List<String> items = new ArrayList<>();
            List<Violation> problems = new ArrayList<>();
            int position = 0;
            for (Object item : list) {
                position++;
                String text = Text.line("item " + position, String.valueOf(item), TEXT_MAX, problems);
                if (text != null && !text.isEmpty()) {
                    items.add(text);
                }
            }
            if (!problems.isEmpty()) {
                return fail(
                        violations,
                        problems.stream()
                                .map(p -> p.field() + " " + p.message())
                                .collect(Collectors.joining("; ")));
            }
            return items.isEmpty() ? null : List.copyOf(items);
        }
        if (value instanceof String) {
            return text(value, violations);
        }
        return fail(violations, "must be text, a number, true or false, or a list of text");
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
