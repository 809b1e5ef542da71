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
 * Reads CSV (RFC 4180, with Apache Commons CSV) in two layouts: Kumu's spreadsheet layout ({@link
 * KumuTable}), a zip holding {@code elements.csv} and {@code connections.csv}; and the product's own
 * export ({@link CsvZipTable}), a zip holding {@code nodes.csv} and {@code relationships.csv}. Each
 * file is found by its name (any case, in any folder) or else by its header row ("Label", ...;
 * "From", "To", ...; "id, type, name", ...; "id, type, from, to", ...); a single CSV file of
 * elements (or of connections, or of nodes) is read too. The format code is "csv-zip" for all.
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
        CsvFile elements = null;
        CsvFile connections = null;
        List<KumuTable.Row> elementRows = null;
        List<KumuTable.Row> connectionRows = null;
        for (CsvFile file : files) {
            List<KumuTable.Row> rows = rows(file, graph);
            if (rows.isEmpty()) {
                continue;
            }
            Layout layout = layout(baseName(file.name()), rows.getFirst().cells());
            boolean isElements = layout == Layout.KUMU_ELEMENTS || layout == Layout.NODES;
            boolean isConnections = layout == Layout.KUMU_CONNECTIONS || layout == Layout.RELATIONSHIPS;
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
                                : "its first row is none of the headers read: Kumu's elements (\"Label\", ...) or"
                                        + " connections (\"From\", \"To\", ...), the product's nodes (\"id, type,"
                                        + " name\", ...) or relationships (\"id, type, from, to\", ...)"));
            }
        }
        if (elements == null && connections == null) {
            throw new ValidationException(
                    "file",
                    zipped
                            ? "the zip holds no elements.csv or connections.csv (CSV files with Kumu's header rows),"
                                    + " nor nodes.csv or relationships.csv (as Evidence Map exports them)"
                            : "the file's first row is none of the headers read: Kumu's elements (\"Label\", ...) or"
                                    + " connections (\"From\", \"To\", ...), the product's nodes (\"id, type, name\","
                                    + " ...) or relationships (\"id, type, from, to\", ...)");
        }
        KumuTable kumu = new KumuTable(graph);
        CsvZipTable own = new CsvZipTable(graph);
        if (elements != null) {
            if (layout(baseName(elements.name()), elementRows.getFirst().cells()) == Layout.NODES) {
                own.nodes(CsvZipWriter.NODES, elementRows);
                graph.ownIds();
            } else {
                kumu.elements("Elements", elementRows);
            }
        }
        if (connections != null) {
            if (layout(baseName(connections.name()), connectionRows.getFirst().cells()) == Layout.RELATIONSHIPS) {
                own.relationships(CsvZipWriter.RELATIONSHIPS, connectionRows);
            } else {
                kumu.connections("Connections", connectionRows);
            }
        }
        return graph.build(zipped ? "zip" : "CSV file");
    }

    /** The layouts of CSV file read: Kumu's two tables and the product's own two. */
    private enum Layout {
        KUMU_ELEMENTS,
        KUMU_CONNECTIONS,
        NODES,
        RELATIONSHIPS,
        NONE
    }

    /** A file's layout, by its name when it is one of the four names, else by its header row. */
    private static Layout layout(String base, List<String> header) {
        return switch (base) {
            case "nodes.csv" -> Layout.NODES;
            case "relationships.csv" -> Layout.RELATIONSHIPS;
            case "elements.csv" -> Layout.KUMU_ELEMENTS;
            case "connections.csv" -> Layout.KUMU_CONNECTIONS;
            default -> {
                if (CsvZipTable.isNodes(header)) {
                    yield Layout.NODES;
                } else if (CsvZipTable.isRelationships(header)) {
                    yield Layout.RELATIONSHIPS;
                } else if (KumuTable.isElements(header)) {
                    yield Layout.KUMU_ELEMENTS;
                } else if (KumuTable.isConnections(header)) {
                    yield Layout.KUMU_CONNECTIONS;
                }
                yield Layout.NONE;
            }
        };
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
