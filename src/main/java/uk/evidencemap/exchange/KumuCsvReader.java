package uk.evidencemap.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.evidencemap.base.ValidationException;

/**
 * Reads Kumu's spreadsheet layout ({@link KumuTable}) as CSV (RFC 4180, with Apache Commons CSV):
 * either a zip holding {@code elements.csv} and {@code connections.csv} (found by name, any case,
 * in any folder, or else by their header rows), or a single CSV file of elements (or of
 * connections). The format code is "csv-zip" for both.
 *
 * <p>Encodings: a UTF-8 byte-order mark is skipped; UTF-16 with its byte-order mark is read as
 * UTF-16. Text that is not valid UTF-8 is read as Windows-1252 (what Excel on Windows saves as
 * "CSV") and a warning says so. The separator is the comma, or ";" or a tab when the header row
 * holds one of those and no comma (Excel's "CSV" in locales with a decimal comma).
 *
 * <p>Zip bombs: the entries together may expand to at most {@link
 * ExchangeLimits#maxUnzippedBytes()}, and to at most 1 / {@link ExchangeLimits#minInflateRatio()}
 * times the zip's size once past 100 KB (the same rule as POI's for workbooks).
 */
public class KumuCsvReader implements ExchangeReader {

    private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private final ExchangeLimits limits;

    public KumuCsvReader() {
        this(ExchangeLimits.DEFAULT);
    }

    public KumuCsvReader(ExchangeLimits limits) {
        this.limits = limits;
    }

    /** One CSV file: its name (for messages) and bytes. */
    private record CsvFile(String name, byte[] bytes) {}

    @Override
    public ExchangeGraph read(InputStream in) {
        byte[] bytes = limits.readAll(in);
        boolean zipped = bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4;
        List<CsvFile> files = zipped ? unzip(bytes) : List.of(new CsvFile("the file", bytes));
        GraphBuilder graph = new GraphBuilder(limits);
        KumuTable table = new KumuTable(graph);
        CsvFile elements = null;
        CsvFile connections = null;
        List<KumuTable.Row> elementRows = null;
        List<KumuTable.Row> connectionRows = null;
        for (CsvFile file : files) {
            List<KumuTable.Row> rows = rows(file, graph);
            if (rows.isEmpty()) {
                continue;
            }
            String base = baseName(file.name());
            boolean isElements = base.equals("elements.csv")
                    || (!base.equals("connections.csv")
                            && KumuTable.isElements(rows.getFirst().cells()));
            boolean isConnections = !isElements
                    && (base.equals("connections.csv")
                            || KumuTable.isConnections(rows.getFirst().cells()));
            if (isElements && elements == null) {
                elements = file;
                elementRows = rows;
            } else if (isConnections && connections == null) {
                connections = file;
                connectionRows = rows;
            } else {
                graph.warn(file.name() + " was not read: "
                        + (isElements || isConnections
                                ? "the zip holds another file of the same kind"
                                : "its first row is neither Kumu's elements header (\"Label\", ...) nor its connections"
                                        + " header (\"From\", \"To\", ...)"));
            }
        }
        if (elements == null && connections == null) {
            throw new ValidationException(
                    "file",
                    zipped
                            ? "the zip holds no elements.csv or connections.csv (CSV files with Kumu's header rows)"
                            : "the file's first row is neither Kumu's elements header (\"Label\", ...) nor its"
                                    + " connections header (\"From\", \"To\", ...)");
        }
        if (elements != null) {
            table.elements("Elements", elementRows);
        }
        if (connections != null) {
            table.connections("Connections", connectionRows);
        }
        return graph.build(zipped ? "zip" : "CSV file");
    }

    private static String baseName(String path) {
        return path.substring(path.lastIndexOf('/') + 1).toLowerCase(Locale.ROOT);
    }

    /** The CSV files of a zip, each entry counted against the expansion limits. */
    private List<CsvFile> unzip(byte[] zip) {
        List<CsvFile> files = new ArrayList<>();
        long expanded = 0;
        try (ZipInputStream entries = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            byte[] buffer = new byte[1 << 16];
            while ((entry = entries.getNextEntry()) != null) {
                String name = entry.getName();
                boolean wanted = !entry.isDirectory()
                        && name.toLowerCase(Locale.ROOT).endsWith(".csv")
                        && !name.startsWith("__MACOSX/")
                        && !baseName(name).startsWith(".");
                ByteArrayOutputStream content = new ByteArrayOutputStream();
                int read;
                while ((read = entries.read(buffer)) >= 0) {
                    expanded += read;
                    checkExpansion(expanded, zip.length);
                    if (wanted) {
                        content.write(buffer, 0, read);
                    }
                }
                if (wanted) {
                    files.add(new CsvFile(name, content.toByteArray()));
                }
            }
        } catch (ZipException e) {
            throw new ValidationException("file", "the file is not a readable zip: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (files.isEmpty()) {
            throw new ValidationException("file", "the zip holds no CSV file (elements.csv, connections.csv)");
        }
        return files;
    }

    private void checkExpansion(long expanded, long compressed) {
        if (expanded > limits.maxUnzippedBytes()) {
            throw new ValidationException(
                    "file",
                    "the zip expands to more than " + ExchangeLimits.megabytes(limits.maxUnzippedBytes())
                            + ": refused");
        }
        if (expanded > ExchangeLimits.RATIO_GRACE_BYTES && compressed < expanded * limits.minInflateRatio()) {
            throw new ValidationException(
                    "file",
                    "the zip expands to more than " + Math.round(1 / limits.minInflateRatio())
                            + " times its size, as a zip bomb does: refused");
        }
    }

    private List<KumuTable.Row> rows(CsvFile file, GraphBuilder graph) {
        String text = decode(file, graph);
        CSVFormat format = CSVFormat.RFC4180
                .builder()
                .setDelimiter(delimiter(text))
                .setIgnoreEmptyLines(true)
                .get();
        List<KumuTable.Row> rows = new ArrayList<>();
        long limit = Math.max(limits.maxElements(), limits.maxConnections()) + 1L;
        try (CSVParser parser = CSVParser.parse(new StringReader(text), format)) {
            for (CSVRecord record : parser) {
                if (rows.size() >= limit) {
                    throw new ValidationException(
                            file.name(),
                            String.format(Locale.ROOT, "has more than %,d rows, the most one import takes", limit - 1));
                }
                rows.add(new KumuTable.Row(record.getRecordNumber(), record.toList()));
            }
        } catch (UncheckedIOException | IOException e) {
            String message = e instanceof UncheckedIOException u ? u.getCause().getMessage() : e.getMessage();
            throw new ValidationException(file.name(), "is not valid CSV: " + message);
        }
        return rows;
    }

    /** The separator: a comma, unless the first line has none and has a semicolon or a tab. */
    private static char delimiter(String text) {
        int end = text.indexOf('\n');
        String first = end < 0 ? text : text.substring(0, end);
        if (first.indexOf(',') < 0) {
            if (first.indexOf(';') >= 0) {
                return ';';
            }
            if (first.indexOf('\t') >= 0) {
                return '\t';
            }
        }
        return ',';
    }

    /** The file's text: UTF-8 (without its byte-order mark), UTF-16 with a byte-order mark, or Windows-1252. */
    private static String decode(CsvFile file, GraphBuilder graph) {
        byte[] bytes = file.bytes();
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE);
        }
        if (bytes.length >= 2 && (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF) {
            return new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE);
        }
        int start =
                bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF
                        ? 3
                        : 0;
        try {
            return StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException e) {
            graph.warn(file.name() + " is not UTF-8: it was read as Windows-1252 (Western European), as Excel on"
                    + " Windows saves CSV; check accented letters");
            return new String(bytes, start, bytes.length - start, WINDOWS_1252);
        }
    }
}
