package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The few rules every reader shares for values: which words are an influence polarity, how text
 * from a spreadsheet cell becomes a number, how a JSON value becomes a field value (text, Long,
 * Double, Boolean or List of text), how "|"-separated lists are split.
 */
final class Values {

    /**
     * Polarity spellings the readers recognise (compared ignoring case): Kumu's and causal loop
     * diagrams' "++", "+-", "-+", "--", "+", "-"; the words "same" and "opposite" of causal loop
     * diagrams; PRSM users' "+ve", "-ve", "positive", "negative".
     */
    private static final Set<String> POLARITIES =
            Set.of("++", "+-", "-+", "--", "+", "-", "same", "opposite", "+ve", "-ve", "positive", "negative");

    /** A whole number as a spreadsheet writes it: no leading zero (so "007" stays text), at most 18 digits. */
    private static final Pattern WHOLE = Pattern.compile("-?(0|[1-9][0-9]{0,17})");

    /** A decimal number as a spreadsheet writes it, without a leading zero before other digits. */
    private static final Pattern DECIMAL =
            Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][-+]?[0-9]{1,3})?|-?\\.[0-9]+");

    private Values() {}

    /** The text as the file spells it (trimmed) when it is a polarity, otherwise null. */
    static String polarity(String text) {
        if (text == null) {
            return null;
        }
        String trimmed = text.strip();
        return POLARITIES.contains(trimmed.toLowerCase(Locale.ROOT)) ? trimmed : null;
    }

    /** Null for null or text with nothing but white space, otherwise the text trimmed. */
    static String text(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    /**
     * A cell's text as a field value: a whole number as Long, a decimal as Double, "true" and
     * "false" (any case) as Boolean, anything else as the text; null for blank.
     */
    static Object typed(String cell) {
        String text = text(cell);
        if (text == null) {
            return null;
        }
        if (WHOLE.matcher(text).matches()) {
            return Long.valueOf(text);
        }
        if (DECIMAL.matcher(text).matches()) {
            double value = Double.parseDouble(text);
            return Double.isFinite(value) ? value : text;
        }
        if (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false")) {
            return Boolean.valueOf(text);
        }
        return text;
    }

    /** The parts of a "|"-separated list (Kumu's way of putting several values in one cell), trimmed, blanks left out. */
    static List<String> split(String cell) {
        List<String> parts = new ArrayList<>();
        if (cell != null) {
            for (String part : cell.split("\\|")) {
                if (!part.isBlank()) {
                    parts.add(part.strip());
                }
            }
        }
        return parts;
    }

    /**
     * A cell of a field that is not label, type or description: a list when it holds "|", else
     * {@link #typed}.
     */
    static Object cell(String cell) {
        if (cell != null && cell.indexOf('|') >= 0) {
            List<String> parts = split(cell);
            return parts.isEmpty() ? null : parts;
        }
        return typed(cell);
    }

    /**
     * A JSON value as a field value: text (blank is null), a whole number as Long, another number
     * as Double, Boolean, an array as a list of its values' text; an object as its JSON text.
     */
    static Object json(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isString()) {
            return text(value.asString());
        }
        if (value.isIntegralNumber() && value.canConvertToLong()) {
            return value.longValue();
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        if (value.isBoolean()) {
            return value.booleanValue();
        }
        if (value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                String text = jsonText(item);
                if (text != null) {
                    items.add(text);
                }
            }
            return items.isEmpty() ? null : items;
        }
        return value.toString();
    }

    /** A JSON value as text: null for null, missing or blank; numbers and booleans as written. */
    static String jsonText(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        return text(value.isValueNode() ? value.asString() : value.toString());
    }

    /** A JSON value as a list of text: an array's items, or one text split at "|". */
    static List<String> jsonList(JsonNode value) {
        if (value != null && value.isArray()) {
            List<String> items = new ArrayList<>();
            for (JsonNode item : value) {
                String text = jsonText(item);
                if (text != null) {
                    items.add(text);
                }
            }
            return items;
        }
        return split(jsonText(value));
    }

    /** A JSON number (or numeric text) as a Double, or null. */
    static Double jsonNumber(JsonNode value) {
        if (value == null || value.isNull() || value.isMissingNode()) {
            return null;
        }
        if (value.isNumber()) {
            return value.doubleValue();
        }
        return number(value.asString());
    }

    /** Text as a finite Double, or null when it is not a number. */
    static Double number(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
