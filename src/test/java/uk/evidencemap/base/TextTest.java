package uk.evidencemap.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextTest {

    private static final String FAMILY = "\uD83D\uDC6A"; // U+1F46A, two UTF-16 units
    /** Man, woman, girl, boy joined by U+200D: seven code points, eleven UTF-16 units, one character. */
    private static final String FAMILY_SEQUENCE = "\uD83D\uDC68\u200D\uD83D\uDC69\u200D\uD83D\uDC67\u200D\uD83D\uDC66";
    /** The Union flag: two regional indicators, one character. */
    private static final String FLAG = "\uD83C\uDDEC\uD83C\uDDE7";

    private final List<Violation> violations = new ArrayList<>();

    private String name(String value) {
        return Text.name("name", value, 200, violations);
    }

    private String longText(String value) {
        return Text.longText("description", value, 4000, violations);
    }

    private String message() {
        assertThat(violations).as("one violation").hasSize(1);
        return violations.getFirst().message();
    }

    @Test
    void charactersAreCountedAsPeopleCountThem() {
        assertThat(Text.length("Early help")).isEqualTo(10);
        assertThat(Text.length(FAMILY)).isEqualTo(1);
        assertThat(Text.length(FAMILY_SEQUENCE)).isEqualTo(1);
        assertThat(Text.length(FLAG)).isEqualTo(1);
        assertThat(Text.length("e\u0301")).as("e and a combining acute accent").isEqualTo(1);
        assertThat(Text.length("Caf\u00e9 cre\u0300me")).isEqualTo(10);
        assertThat(Text.length("\uD83D\uDC4D\uD83C\uDFFD"))
                .as("thumbs up with a skin tone")
                .isEqualTo(1);
        assertThat(Text.length("家庭支援")).as("CJK").isEqualTo(4);
        assertThat(Text.length("\uD840\uDC0B"))
                .as("a CJK character outside the BMP")
                .isEqualTo(1);
        assertThat(Text.length("a\r\nb")).as("CR LF is one").isEqualTo(3);
        assertThat(Text.length("")).isZero();
    }

    @Test
    void twoHundredEmojiAreTwoHundredCharacters() {
        String name = FAMILY.repeat(200);
        assertThat(name).hasSize(400);
        assertThat(name(name)).isEqualTo(name);
        assertThat(violations).isEmpty();
    }

    @Test
    void twoHundredAndOneAreRefusedWithTheTrueCount() {
        name(FAMILY.repeat(201));
        assertThat(violations).containsExactly(new Violation("name", "must be at most 200 characters (it has 201)"));
    }

    @Test
    void theLimitIsExactAtTheBoundaryWhateverTheCharacters() {
        for (String character : List.of("x", "e\u0301", FAMILY_SEQUENCE, FLAG, "家")) {
            violations.clear();
            name(character.repeat(200));
            assertThat(violations).as(character).isEmpty();
            name(character.repeat(201));
            assertThat(message()).as(character).isEqualTo("must be at most 200 characters (it has 201)");
        }
    }

    @Test
    void longTextIsCountedTheSameWay() {
        assertThat(longText(FLAG.repeat(4000))).hasSize(16000);
        assertThat(violations).isEmpty();
        longText("e\u0301".repeat(4001));
        assertThat(message()).isEqualTo("must be at most 4000 characters (it has 4001)");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "",
                " ",
                "\u00A0",
                "\u2007",
                "\u202F",
                "\u3000",
                "\u200B",
                "\u2060",
                "\uFEFF",
                "\u200C",
                "\u200D",
                "\u00AD",
                "\u034F",
                "\uFE0F",
                "\u3164",
                "\t\n",
                " \u00A0\u200B\u2060\uFEFF "
            })
    void aNameOfOnlyWhiteSpaceOrInvisibleCharactersIsRequired(String value) {
        name(value);
        assertThat(violations).containsExactly(new Violation("name", "is required"));
        assertThat(Text.isBlank(value)).isTrue();
    }

    @Test
    void nullIsRequiredToo() {
        name(null);
        assertThat(message()).isEqualTo("is required");
    }

    @Test
    void optionalTextOfOnlyWhiteSpaceOrInvisibleCharactersIsNotStored() {
        assertThat(Text.line("region", "\u00A0\u200B", 100, violations)).isNull();
        assertThat(longText("\u2060\n\uFEFF")).isNull();
        assertThat(longText(null)).isNull();
        assertThat(violations).isEmpty();
    }

    @Test
    void whiteSpaceAtTheEndsIsTrimmedAndTheRestKept() {
        assertThat(name("  Early help\u00A0")).isEqualTo("Early help");
        assertThat(name("\uFEFF\u200BFamily hubs\u2007\u202F\u3000")).isEqualTo("Family hubs");
        assertThat(name("Family\u00A0hubs")).as("inside is kept").isEqualTo("Family\u00A0hubs");
        assertThat(name("\u00A0" + FAMILY_SEQUENCE + "\u00A0")).isEqualTo(FAMILY_SEQUENCE);
        assertThat(longText("\n  First line\n\tSecond line\n\n")).isEqualTo("First line\n\tSecond line");
        assertThat(violations).isEmpty();
        assertThat(Text.trim("\u00A0x\u200B")).isEqualTo("x");
    }

    @Test
    void visibleTextWithInvisibleCharactersIsKept() {
        String england = "\uD83C\uDFF4\uDB40\uDC67\uDB40\uDC62\uDB40\uDC65\uDB40\uDC6E\uDB40\uDC67\uDB40\uDC7F";
        assertThat(name(england))
                .as("a flag of tag characters (Cf) keeps its tags")
                .isEqualTo(england);
        assertThat(Text.length(england)).isEqualTo(1);
        assertThat(name("co\u00ADoperation")).isEqualTo("co\u00ADoperation");
        assertThat(violations).isEmpty();
    }

    @Test
    void theRightToLeftOverrideIsRefusedByName() {
        name("Invoice\u202Efdp.exe");
        assertThat(message())
                .isEqualTo(
                        "contains the right-to-left override (U+202E), which can make text display as something else");
    }

    @Test
    void aNameOfOnlyABidiControlNamesTheControlRatherThanBeingRequired() {
        name("\u202E");
        assertThat(message()).startsWith("contains the right-to-left override (U+202E)");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x202A, 0x202B, 0x202C, 0x202D, 0x202E, 0x2066, 0x2067, 0x2068, 0x2069})
    void everyBidirectionalEmbeddingOverrideAndIsolateIsRefusedEverywhere(int control) {
        String c = Character.toString(control);
        String code = String.format("(U+%04X)", control);
        name("Early" + c + " help");
        assertThat(message()).contains(code).endsWith("which can make text display as something else");
        violations.clear();
        longText("A note" + c + " on one line");
        assertThat(message()).contains(code).endsWith("which can make text display as something else");
    }

    @ParameterizedTest
    @ValueSource(ints = {0x200E, 0x200F, 0x061C})
    void directionMarksAreRefusedInNamesButKeptInLongText(int mark) {
        String c = Character.toString(mark);
        name("Early" + c + " help");
        assertThat(message())
                .contains(String.format("(U+%04X)", mark))
                .endsWith("which can make text display as something else");
        violations.clear();
        assertThat(longText("English and \u05E2\u05D1\u05E8\u05D9\u05EA" + c + " together"))
                .contains(c);
        assertThat(violations).isEmpty();
    }

    @Test
    void theMarksAreNamed() {
        name("a\u200Fb");
        assertThat(message()).startsWith("contains the right-to-left mark (U+200F)");
        violations.clear();
        name("a\u061Cb");
        assertThat(message()).startsWith("contains the Arabic letter mark (U+061C)");
        violations.clear();
        name("a\u2066b\u2069");
        assertThat(message())
                .startsWith("contains the left-to-right isolate (U+2066) and the pop directional isolate (U+2069)");
    }

    @Test
    void everyC0AndC1ControlCharacterIsRefusedInANameInside() {
        for (int c = 0; c <= 0x9F; c = c == 0x1F ? 0x7F : c + 1) {
            violations.clear();
            name("a" + Character.toString(c) + "b");
            assertThat(violations).as("U+%04X", c).hasSize(1);
            assertThat(message()).as("U+%04X", c).contains(String.format("(U+%04X)", c));
        }
    }

    @Test
    void controlCharactersAreNamed() {
        name("a\u0000b");
        assertThat(message()).isEqualTo("contains the null character (U+0000), which cannot be shown as text");
        violations.clear();
        name("a\u0007b\u001Bc");
        assertThat(message())
                .isEqualTo("contains a control character (U+0007) and the escape character (U+001B),"
                        + " which cannot be shown as text");
        violations.clear();
        name("a\u007Fb\u009Bc");
        assertThat(message())
                .isEqualTo("contains the delete character (U+007F) and a control character (U+009B),"
                        + " which cannot be shown as text");
    }

    @Test
    void aNameIsOneLine() {
        name("Early\nhelp");
        assertThat(message()).isEqualTo("contains a line break (U+000A), which a single line of text cannot have");
        violations.clear();
        name("Early\thelp\r");
        assertThat(message())
                .as("the CR at the end is trimmed")
                .isEqualTo("contains a tab (U+0009), which a single line of text cannot have");
        violations.clear();
        name("Early\r\nhelp\u2028and\u2029more");
        assertThat(message())
                .isEqualTo("contains a carriage return (U+000D), a line break (U+000A), a line separator (U+2028)"
                        + " and a paragraph separator (U+2029), which a single line of text cannot have");
    }

    @Test
    void longTextKeepsTabsAndLineBreaksButNoOtherControlCharacter() {
        assertThat(longText("One\r\nTwo\n\tThree\u2028Four")).isEqualTo("One\r\nTwo\n\tThree\u2028Four");
        assertThat(violations).isEmpty();
        for (int c : new int[] {0x00, 0x07, 0x08, 0x0B, 0x0C, 0x1B, 0x1F, 0x7F, 0x85, 0x9F}) {
            violations.clear();
            longText("One" + Character.toString(c) + "Two");
            assertThat(message())
                    .as("U+%04X", c)
                    .contains(String.format("(U+%04X)", c))
                    .endsWith("which cannot be shown as text");
        }
    }

    @Test
    void halfASurrogatePairIsRefused() {
        name("a\uD83Db");
        assertThat(message()).isEqualTo("contains half of a surrogate pair (U+D83D), which cannot be shown as text");
        violations.clear();
        longText("\uDC6A");
        assertThat(message()).contains("(U+DC6A)");
    }

    @Test
    void everyKindOfProblemIsSaidInOneViolation() {
        name("\u0007" + "x".repeat(200) + "\u202E");
        assertThat(message())
                .isEqualTo("must be at most 200 characters (it has 202); contains a control character (U+0007), which"
                        + " cannot be shown as text; contains the right-to-left override (U+202E), which can make"
                        + " text display as something else");
    }

    @Test
    void manyDifferentCharactersAreSummed() {
        name("a\u0001\u0002\u0003\u0004\u0005b\u0001");
        assertThat(message())
                .isEqualTo("contains a control character (U+0001), a control character (U+0002), a control"
                        + " character (U+0003) and 2 more, which cannot be shown as text");
    }

    @Test
    void ordinaryTextOfManyScriptsIsAccepted() {
        for (String text : List.of(
                "Early help",
                "Caf\u00e9",
                "cre\u0300me",
                "\u0417\u0434\u043e\u0440\u043e\u0432\u044c\u0435",
                "\u0635\u062d\u0629 \u0627\u0644\u0623\u0633\u0631\u0629",
                "\u05D1\u05E8\u05D9\u05D0\u05D5\u05EA",
                "\u0939\u093f\u0928\u094d\u0926\u0940",
                "家庭支援",
                "\uD55C\uAD6D\uC5B4",
                FAMILY_SEQUENCE + " " + FLAG,
                "O'Brien-Smith (Lead)")) {
            assertThat(name(text)).isEqualTo(text);
            assertThat(longText(text)).isEqualTo(text);
        }
        assertThat(violations).isEmpty();
    }

    @Test
    void requiredLongTextIsRequired() {
        Text.requiredLongText("text", "\u00A0\n\u200B", 4000, violations);
        assertThat(violations).containsExactly(new Violation("text", "is required"));
    }
}
