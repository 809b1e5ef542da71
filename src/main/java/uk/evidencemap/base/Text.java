package uk.evidencemap.base;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The one rule for text that people enter: names and titles (one line), and long text such as
 * descriptions, notes and comments. Every service that stores such text checks it here, and so
 * will an importer, so that the same input gets the same answer whichever way it comes in.
 *
 * <ul>
 *   <li><b>Lengths</b> are counted in characters as people count them: user-perceived characters,
 *       the extended grapheme clusters of Unicode Standard Annex #29 (Text Segmentation), as
 *       {@link BreakIterator#getCharacterInstance} finds them on JDK 20 and later. An emoji, a
 *       family of emoji joined by U+200D, a flag, or a letter with a combining accent ("e" and
 *       U+0301) is one character; a string's {@link String#length()} counts UTF-16 units instead.
 *   <li><b>White space</b> at either end is trimmed: {@link Character#isWhitespace} and the
 *       separators of general categories Zs, Zl and Zp (so also U+00A0, U+2007, U+202F), with the
 *       zero-width spaces U+200B, U+2060, U+FEFF and U+180E. Text inside is kept as it is.
 *   <li><b>Empty</b>: text with nothing left once white space and invisible characters are removed
 *       (general category Cf, "format", such as U+200B, U+2060, U+FEFF, and the other
 *       Default_Ignorable_Code_Points of Unicode's DerivedCoreProperties: the combining grapheme
 *       joiner, variation selectors, Hangul fillers) counts as no text: a required one is "is
 *       required", an optional one is not stored.
 *   <li><b>Refused</b>, with a message naming each character: control characters (general
 *       category Cc; long text may have tab, line feed and carriage return), and in one-line text
 *       the line separators U+2028 and U+2029; half of a surrogate pair (category Cs, not text);
 *       the bidirectional embeddings, overrides and isolates U+202A-U+202E and U+2066-U+2069 (of
 *       Unicode Standard Annex #9, the Bidirectional Algorithm), which can make text display as
 *       something else than it is (CVE-2021-42574, "Trojan Source"), and in one-line text also the
 *       marks U+200E, U+200F and U+061C.
 * </ul>
 *
 * Each method adds at most one {@link Violation} for its field, naming every problem found.
 */
public final class Text {

    private static final Set<Integer> TRIMMED_INVISIBLE = Set.of(0x200B, 0x2060, 0xFEFF, 0x180E);

    private Text() {}

    /**
     * A required one-line text: a name or title.
     *
     * @return the text as it is stored (trimmed), also when a violation was added
     */
    public static String name(String field, String value, int max, List<Violation> violations) {
        return check(field, value, max, true, true, violations);
    }

    /**
     * An optional one-line text.
     *
     * @return the text as it is stored (trimmed), or null when there is no text
     */
    public static String line(String field, String value, int max, List<Violation> violations) {
        return check(field, value, max, true, false, violations);
    }

    /**
     * An optional text of several lines: a description, a note.
     *
     * @return the text as it is stored (trimmed), or null when there is no text
     */
    public static String longText(String field, String value, int max, List<Violation> violations) {
        return check(field, value, max, false, false, violations);
    }

    /**
     * A required text of several lines: a comment.
     *
     * @return the text as it is stored (trimmed), also when a violation was added
     */
    public static String requiredLongText(String field, String value, int max, List<Violation> violations) {
        return check(field, value, max, false, true, violations);
    }

    /** The length of a text in user-perceived characters (extended grapheme clusters, UAX #29). */
    public static int length(String text) {
        if (text.chars().allMatch(c -> c >= 0x20 && c < 0x7F)) {
            return text.length();
        }
        BreakIterator clusters = BreakIterator.getCharacterInstance(Locale.ROOT);
        clusters.setText(text);
        int count = 0;
        while (clusters.next() != BreakIterator.DONE) {
            count++;
        }
        return count;
    }

    /** The text without white space (and zero-width spaces) at either end. */
    public static String trim(String text) {
        int start = 0;
        int end = text.length();
        while (start < end && trimmed(text.codePointAt(start))) {
            start += Character.charCount(text.codePointAt(start));
        }
        while (end > start && trimmed(text.codePointBefore(end))) {
            end -= Character.charCount(text.codePointBefore(end));
        }
        return text.substring(start, end);
    }

    /** Whether nothing is left of a text (null included) once white space and invisible characters are removed. */
    public static boolean isBlank(String text) {
        return text == null || text.codePoints().allMatch(c -> whiteSpace(c) || invisible(c));
    }

    private static String check(
            String field, String value, int max, boolean oneLine, boolean required, List<Violation> violations) {
        String text = trim(value == null ? "" : value);
        List<String> problems = refused(text, oneLine);
        if (problems.isEmpty() && isBlank(text)) {
            if (required) {
                violations.add(new Violation(field, "is required"));
                return text;
            }
            return null;
        }
        int length = length(text);
        if (length > max) {
            problems.addFirst("must be at most " + max + " characters (it has " + length + ")");
        }
        if (!problems.isEmpty()) {
            violations.add(new Violation(field, String.join("; ", problems)));
        }
        return text;
    }

    /** What is wrong with the characters of a text: one sentence per kind of problem. */
    private static List<String> refused(String text, boolean oneLine) {
        Set<String> notText = new LinkedHashSet<>();
        Set<String> lineBreaks = new LinkedHashSet<>();
        Set<String> bidi = new LinkedHashSet<>();
        text.codePoints().forEach(c -> {
            if (oneLine && lineBreak(c) != null) {
                lineBreaks.add(lineBreak(c) + code(c));
            } else if (Character.getType(c) == Character.CONTROL && !(c == '\t' || c == '\n' || c == '\r')) {
                notText.add(control(c) + code(c));
            } else if (Character.getType(c) == Character.SURROGATE) {
                notText.add("half of a surrogate pair" + code(c));
            } else if (bidiControl(c, oneLine) != null) {
                bidi.add(bidiControl(c, oneLine) + code(c));
            }
        });
        List<String> problems = new ArrayList<>();
        if (!notText.isEmpty()) {
            problems.add("contains " + list(notText) + ", which cannot be shown as text");
        }
        if (!lineBreaks.isEmpty()) {
            problems.add("contains " + list(lineBreaks) + ", which a single line of text cannot have");
        }
        if (!bidi.isEmpty()) {
            problems.add("contains " + list(bidi) + ", which can make text display as something else");
        }
        return problems;
    }

    private static String lineBreak(int c) {
        return switch (c) {
            case '\t' -> "a tab";
            case '\n' -> "a line break";
            case '\r' -> "a carriage return";
            case 0x0B -> "a vertical tab";
            case 0x0C -> "a form feed";
            case 0x85 -> "a next-line character";
            case 0x2028 -> "a line separator";
            case 0x2029 -> "a paragraph separator";
            default -> null;
        };
    }

    private static String control(int c) {
        return switch (c) {
            case 0x00 -> "the null character";
            case 0x1B -> "the escape character";
            case 0x7F -> "the delete character";
            case 0x0B -> "a vertical tab";
            case 0x0C -> "a form feed";
            case 0x85 -> "a next-line character";
            default -> "a control character";
        };
    }

    /** The bidirectional formatting characters of UAX #9 that text may not carry (null for others). */
    private static String bidiControl(int c, boolean oneLine) {
        return switch (c) {
            case 0x202A -> "the left-to-right embedding";
            case 0x202B -> "the right-to-left embedding";
            case 0x202C -> "the pop directional formatting";
            case 0x202D -> "the left-to-right override";
            case 0x202E -> "the right-to-left override";
            case 0x2066 -> "the left-to-right isolate";
            case 0x2067 -> "the right-to-left isolate";
            case 0x2068 -> "the first strong isolate";
            case 0x2069 -> "the pop directional isolate";
            case 0x200E -> oneLine ? "the left-to-right mark" : null;
            case 0x200F -> oneLine ? "the right-to-left mark" : null;
            case 0x061C -> oneLine ? "the Arabic letter mark" : null;
            default -> null;
        };
    }

    private static String code(int c) {
        return String.format(Locale.ROOT, " (U+%04X)", c);
    }

    /** "a", "a and b", "a, b and c", "a, b, c and 2 more". */
    private static String list(Set<String> items) {
        List<String> all = List.copyOf(items);
        List<String> shown = all.size() > 4 ? all.subList(0, 3) : all;
        String last = all.size() > 4 ? (all.size() - 3) + " more" : shown.getLast();
        List<String> head = all.size() > 4 ? shown : shown.subList(0, shown.size() - 1);
        return head.isEmpty() ? last : String.join(", ", head) + " and " + last;
    }

    private static boolean trimmed(int c) {
        return whiteSpace(c) || TRIMMED_INVISIBLE.contains(c);
    }

    /** White space: Java's, and every separator of general categories Zs, Zl and Zp. */
    private static boolean whiteSpace(int c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    /**
     * Invisible: general category Cf ("format"), and the other Default_Ignorable_Code_Points of
     * Unicode's DerivedCoreProperties that are assigned: the combining grapheme joiner, the Hangul
     * fillers, the Khmer inherent vowels, the Mongolian free variation selectors and the variation
     * selectors.
     */
    private static boolean invisible(int c) {
        return Character.getType(c) == Character.FORMAT
                || c == 0x034F
                || c == 0x115F
                || c == 0x1160
                || c == 0x17B4
                || c == 0x17B5
                || (c >= 0x180B && c <= 0x180F)
                || c == 0x3164
                || (c >= 0xFE00 && c <= 0xFE0F)
                || c == 0xFFA0
                || (c >= 0xE0100 && c <= 0xE01EF);
    }
}
