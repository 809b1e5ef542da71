package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import blazing.chain.LZSEncoding;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The decompressor against a published lz-string port (blazingchain 1.4.4.6, a port of lz-string
 * 1.4.4 whose output for the three PRSM files is the same text as lz-string 1.5.0's in node).
 */
class LzStringTest {

    private static final long NO_LIMIT = Long.MAX_VALUE;

    @Test
    void decompressesWhatLzStringCompressed() {
        Random random = new Random(17);
        for (int round = 0; round < 400; round++) {
            String text = randomText(random, random.nextInt(round < 50 ? 20 : 5_000));
            String compressed = LZSEncoding.compressToUTF16(text);

            assertThat(LzString.decompressFromUtf16(compressed, NO_LIMIT))
                    .as("round %d, %d characters", round, text.length())
                    .isEqualTo(text);
        }
    }

    @Test
    void decompressesRepetitiveTextWhoseCodesNameTheEntryBeingMade() {
        for (String text : new String[] {
            "a", "aa", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abababababababababab", "x".repeat(100_000)
        }) {
            assertThat(LzString.decompressFromUtf16(LZSEncoding.compressToUTF16(text), NO_LIMIT))
                    .isEqualTo(text);
        }
    }

    @Test
    void decompressesThePrsmFilesAsTheLibraryDoes() throws IOException {
        for (String file :
                new String[] {"User_manual_examples.prsm", "clusterexamplemap.prsm", "examplemapforusermanual.prsm"}) {
            String compressed = Files.readString(Datasets.shared("prsm", file));

            String text = LzString.decompressFromUtf16(compressed, NO_LIMIT);

            assertThat(text)
                    .as(file)
                    .isEqualTo(LZSEncoding.decompressFromUTF16(compressed))
                    .startsWith("{");
        }
    }

    @Test
    void aStreamExpandingPastTheBoundIsStopped() {
        String bomb = bomb(3_000);
        assertThat(bomb.length()).as("a few kilobytes").isLessThan(4_000);
        assertThat(LzString.decompressFromUtf16(bomb(10), NO_LIMIT))
                .as("the stream is lz-string's: each entry one longer than the last")
                .isEqualTo("a".repeat(11 * 12 / 2))
                .isEqualTo(LZSEncoding.decompressFromUTF16(bomb(10)));

        assertThat(LzString.decompressFromUtf16(bomb, 3001L * 3002 / 2)).hasSize(3001 * 3002 / 2);
        assertThatThrownBy(() -> LzString.decompressFromUtf16(bomb, 3001L * 3002 / 2 - 1))
                .isInstanceOf(LzString.TooLong.class);
    }

    @Test
    void whatIsNotAStreamGivesNull() {
        assertThat(LzString.decompressFromUtf16("", NO_LIMIT)).isNull();
        assertThat(LzString.decompressFromUtf16("\u8000", NO_LIMIT))
                .as("first code 3")
                .isNull();
        Random random = new Random(3);
        for (int round = 0; round < 200; round++) {
            StringBuilder noise = new StringBuilder();
            for (int i = 0; i < 1 + random.nextInt(300); i++) {
                noise.append((char) (32 + random.nextInt(32768)));
            }
            String text = LzString.decompressFromUtf16(noise.toString(), 1_000_000);
            assertThat(text == null || text.length() <= 1_000_000).isTrue();
        }
    }

    /**
     * An lz-string stream of one literal "a" then {@code tokens} codes each naming the entry being
     * made: its text is "a", "aa", "aaa"... one character longer each time, so the output grows
     * with the square of the tokens while the input grows linearly.
     */
    static String bomb(int tokens) {
        Writer out = new Writer();
        out.write(0, 2);
        out.write('a', 8);
        int size = 4;
        int enlargeIn = 4;
        int width = 3;
        for (int i = 0; i < tokens; i++) {
            out.write(size, width);
            size++;
            if (--enlargeIn == 0) {
                enlargeIn = 1 << width++;
            }
        }
        out.write(2, width);
        return out.finish();
    }

    private static String randomText(Random random, int length) {
        String alphabet = "aaaaabbbcde  fgh\n\"{}:,éü€日本語🙂";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            int start = random.nextInt(alphabet.length() - 1);
            if (Character.isLowSurrogate(alphabet.charAt(start))) {
                start--;
            }
            text.appendCodePoint(alphabet.codePointAt(start));
        }
        return text.toString();
    }

    /** lz-string's bit packing: values lowest bit first, 15 bits a character, plus 32. */
    private static final class Writer {
        private final StringBuilder out = new StringBuilder();
        private int value;
        private int bits;

        void write(int number, int count) {
            for (int i = 0; i < count; i++) {
                value = (value << 1) | (number & 1);
                number >>= 1;
                if (++bits == 15) {
                    out.append((char) (value + 32));
                    value = 0;
                    bits = 0;
                }
            }
        }

        String finish() {
            if (bits > 0) {
                out.append((char) ((value << (15 - bits)) + 32));
            }
            return out.append(' ').toString();
        }
    }
}
