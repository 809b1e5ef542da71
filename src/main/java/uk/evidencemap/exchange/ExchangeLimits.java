package uk.evidencemap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Locale;
import uk.evidencemap.base.ValidationException;

/**
 * The limits every reader keeps, in one place, so that a file too big to import is refused
 * before it costs the server much memory or time.
 *
 * <p>Sizes are in bytes; they are shown to people in megabytes of 1,048,576 bytes (so "50 MB"
 * is 52,428,800 bytes), with one decimal.
 *
 * @param maxBytes         the largest file read (50 MB by default)
 * @param maxElements      the most elements (nodes, factors, rows of elements) one file may hold
 *                         (100,000 by default)
 * @param maxConnections   the most connections one file may hold (500,000 by default)
 * @param maxUnzippedBytes the most bytes a zipped file (a CSV zip) may expand to, all entries
 *                         together (200 MB by default); an XLSX workbook is held to the same
 *                         figure for each of its parts
 * @param minInflateRatio  the smallest ratio of compressed to expanded size a zipped file may
 *                         have before it is refused as a zip bomb: 0.01, Apache POI's own default
 *                         ({@code ZipSecureFile.MIN_INFLATE_RATIO}), so at most 100 times expansion
 */
public record ExchangeLimits(
        long maxBytes, int maxElements, int maxConnections, long maxUnzippedBytes, double minInflateRatio) {

    private static final long MB = 1024L * 1024L;

    /** The limits of the product: 50 MB, 100,000 elements, 500,000 connections, 200 MB expanded. */
    public static final ExchangeLimits DEFAULT = new ExchangeLimits(50 * MB, 100_000, 500_000, 200 * MB, 0.01);

    /** Below this many expanded bytes, the inflate ratio of a zip entry is not checked (as POI does). */
    static final long RATIO_GRACE_BYTES = 100 * 1024;

    public ExchangeLimits {
        if (maxBytes <= 0
                || maxBytes > Integer.MAX_VALUE - 16
                || maxElements <= 0
                || maxConnections <= 0
                || maxUnzippedBytes <= 0) {
            throw new IllegalArgumentException("limits must be positive, and files under 2 GB");
        }
        if (minInflateRatio < 0 || minInflateRatio >= 1) {
            throw new IllegalArgumentException("minInflateRatio must be in [0, 1)");
        }
    }

    /** The same limits with another largest file size (for tests: no need to write 50 MB). */
    public ExchangeLimits withMaxBytes(long bytes) {
        return new ExchangeLimits(bytes, maxElements, maxConnections, maxUnzippedBytes, minInflateRatio);
    }

    /** The same limits with other largest counts. */
    public ExchangeLimits withMaxCounts(int elements, int connections) {
        return new ExchangeLimits(maxBytes, elements, connections, maxUnzippedBytes, minInflateRatio);
    }

    /**
     * Reads the whole file, refusing it once it passes {@link #maxBytes()}. To say how big it
     * was, it goes on counting (without keeping) up to ten times the limit.
     *
     * @return the file's bytes
     * @throws ValidationException field "file": "the file is 63.2 MB; the limit is 50 MB", or
     *     "the file is empty"
     */
    public byte[] readAll(InputStream in) {
        try {
            byte[] buffer = new byte[(int) Math.min(maxBytes + 1, 1 << 16)];
            int length = 0;
            while (true) {
                if (length == buffer.length) {
                    if (length > maxBytes) {
                        throw tooBig(length + countRest(in));
                    }
                    buffer = Arrays.copyOf(buffer, (int) Math.min(maxBytes + 1, (long) buffer.length * 2));
                }
                int read = in.read(buffer, length, buffer.length - length);
                if (read < 0) {
                    break;
                }
                length += read;
            }
            if (length > maxBytes) {
                throw tooBig(length);
            }
            if (length == 0) {
                throw new ValidationException("file", "the file is empty");
            }
            return length == buffer.length ? buffer : Arrays.copyOf(buffer, length);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the uploaded file", e);
        }
    }

    /**
     * Refuses a file whose size is already known (an upload's declared length).
     *
     * @throws ValidationException field "file" when {@code bytes} is over {@link #maxBytes()}
     */
    public void checkSize(long bytes) {
        if (bytes > maxBytes) {
            throw tooBig(bytes);
        }
    }

    private long countRest(InputStream in) throws IOException {
        long counted = 0;
        long cap = maxBytes * 10;
        byte[] skip = new byte[1 << 16];
        int read;
        while (counted <= cap && (read = in.read(skip)) >= 0) {
            counted += read;
        }
        return counted;
    }

    private ValidationException tooBig(long bytes) {
        String size = bytes > maxBytes * 10 ? "more than " + megabytes(maxBytes * 10) : megabytes(bytes);
        return new ValidationException("file", "the file is " + size + "; the limit is " + megabytes(maxBytes));
    }

    /** A size for people: "63.2 MB", "50 MB", "12.5 KB", "733 bytes" (1 KB = 1,024 bytes, 1 MB = 1,048,576). */
    static String megabytes(long bytes) {
        if (bytes < 1024) {
            return bytes + " bytes";
        }
        boolean large = bytes >= MB;
        String text = String.format(Locale.ROOT, "%.1f", bytes / (double) (large ? MB : 1024));
        return (text.endsWith(".0") ? text.substring(0, text.length() - 2) : text) + (large ? " MB" : " KB");
    }

    /** Refuses the file when it names more elements than {@link #maxElements()}. */
    void checkElements(int count) {
        if (count > maxElements) {
            throw new ValidationException(
                    "file",
                    String.format(
                            Locale.ROOT,
                            "the file holds more than %,d elements, the most one import takes",
                            maxElements));
        }
    }

    /** Refuses the file when it names more connections than {@link #maxConnections()}. */
    void checkConnections(int count) {
        if (count > maxConnections) {
            throw new ValidationException(
                    "file",
                    String.format(
                            Locale.ROOT,
                            "the file holds more than %,d connections, the most one import takes",
                            maxConnections));
        }
    }
}
