package uk.evidencemap.exchange;

import java.util.Arrays;

/**
 * lz-string's decompression of its "UTF-16" form ({@code LZString.decompressFromUTF16}), as PRSM
 * saves compressed maps, with a bound on the text it produces. Why it is written here and not
 * taken from a library: decision 017 ({@code docs/decisions/017-lz-string.md}).
 *
 * <p>The algorithm is lz-string's published one (pieroxy, github.com/pieroxy/lz-string,
 * {@code libs/lz-string.js}, {@code _decompress}, versions 1.4.4 and 1.5.0): an LZW code stream
 * packed 15 bits to a character, each character's value plus 32. Codes are read low bit first,
 * starting at 2 bits (the first code), then 3, each width growing by one bit whenever the
 * dictionary has filled the codes of the current width; code 0 is a literal 8-bit character, 1 a
 * literal 16-bit character, 2 the end of the stream; any other code names a dictionary entry, or
 * the entry about to be made (the previous entry plus its own first character). Every entry is a
 * piece of the output, so the dictionary is kept as (start, length) pairs into the output rather
 * than as strings: memory stays linear in the output, which is itself bounded.
 */
final class LzString {

    private LzString() {}

    /** The text would pass the bound given to {@link #decompressFromUtf16}. */
    static final class TooLong extends RuntimeException {
        TooLong() {
            super(null, null, false, false);
        }
    }

    /**
     * Decompresses what lz-string's {@code compressToUTF16} made.
     *
     * @param compressed the compressed characters (each 32 to 32,799)
     * @param maxChars   the most characters the decompressed text may have
     * @return the text, or null when the characters are not an lz-string stream (as lz-string
     *     returns null or "" then)
     * @throws TooLong when the text would have more than {@code maxChars} characters
     */
    static String decompressFromUtf16(String compressed, long maxChars) {
        if (compressed.isEmpty()) {
            return null;
        }
        Bits in = new Bits(compressed);
        StringBuilder out = new StringBuilder();
        int[] starts = new int[1024];
        int[] lengths = new int[1024];
        int first = in.read(2);
        if (first > 1) {
            return first == 2 ? "" : null;
        }
        out.append((char) in.read(first == 0 ? 8 : 16));
        starts[3] = 0;
        lengths[3] = 1;
        int size = 4;
        int enlargeIn = 4;
        int width = 3;
        int previousStart = 0;
        int previousLength = 1;
        while (true) {
            if (in.index > compressed.length()) {
                return null;
            }
            int code = in.read(width);
            if (code == 2) {
                return out.toString();
            }
            int start = out.length();
            int length;
            if (code < 2) {
                char literal = (char) in.read(code == 0 ? 8 : 16);
                if (size == starts.length) {
                    starts = Arrays.copyOf(starts, size * 2);
                    lengths = Arrays.copyOf(lengths, size * 2);
                }
                starts[size] = start;
                lengths[size] = 1;
                code = size++;
                if (--enlargeIn == 0) {
                    enlargeIn = 1 << width++;
                }
                check(out.length() + 1L, maxChars);
                out.append(literal);
                length = 1;
            } else if (code < size) {
                length = lengths[code];
                check(out.length() + (long) length, maxChars);
                out.append(out, starts[code], starts[code] + length);
            } else if (code == size) {
                length = previousLength + 1;
                check(out.length() + (long) length, maxChars);
                out.append(out, previousStart, previousStart + previousLength);
                out.append(out.charAt(previousStart));
            } else {
                return null;
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, size * 2);
                lengths = Arrays.copyOf(lengths, size * 2);
            }
            starts[size] = previousStart;
            lengths[size] = previousLength + 1;
            size++;
            if (--enlargeIn == 0) {
                enlargeIn = 1 << width++;
            }
            previousStart = start;
            previousLength = length;
        }
    }

    private static void check(long length, long maxChars) {
        if (length > maxChars) {
            throw new TooLong();
        }
    }

    /** The stream's bits: 15 to a character, most significant first within it, values lowest bit first. */
    private static final class Bits {
        private static final int RESET = 1 << 14;
        private final String chars;
        private int value;
        private int position = RESET;
        private int index = 1;

        Bits(String chars) {
            this.chars = chars;
            this.value = next(0);
        }

        private int next(int at) {
            return at < chars.length() ? chars.charAt(at) - 32 : 0;
        }

        int read(int count) {
            int bits = 0;
            for (int power = 0; power < count; power++) {
                int bit = value & position;
                position >>= 1;
                if (position == 0) {
                    position = RESET;
                    value = next(index++);
                }
                if (bit != 0) {
                    bits |= 1 << power;
                }
            }
            return bits;
        }
    }
}
