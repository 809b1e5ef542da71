package uk.evidencemap.exchange;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.openxml4j.exceptions.OLE2NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import uk.evidencemap.base.ValidationException;

/**
 * Reads Kumu's spreadsheet layout from an Excel workbook (.xlsx), with Apache POI's streaming
 * reader (the sheets are read as XML events, never held as a whole workbook), from a temporary
 * copy of the file that is deleted once read (so that only the parts read are expanded). The layout is
 * {@link KumuTable}'s: a sheet of elements and a sheet of connections, found by their names
 * ("Elements", "Connections", any case) or else by their header rows; sheets whose name holds
 * "(ignore)" are skipped, as Kumu skips them.
 *
 * <p>Zip bombs: a workbook is a zip; POI's {@link ZipSecureFile} refuses one whose parts expand
 * more than 1 / {@link ExchangeLimits#minInflateRatio()} times (100 times by default) or past
 * {@link ExchangeLimits#maxUnzippedBytes()}. These settings are POI's, for the whole JVM; this
 * reader sets them to its limits when it is made. Numbers in cells formatted "General" are read
 * at full precision (POI's formatter would round them to 10 digits), other formats as shown.
 */
public class KumuSpreadsheetReader implements ExchangeReader {

    private final ExchangeLimits limits;

    public KumuSpreadsheetReader() {
        this(ExchangeLimits.DEFAULT);
    }

    public KumuSpreadsheetReader(ExchangeLimits limits) {
        this.limits = limits;
        ZipSecureFile.setMinInflateRatio(limits.minInflateRatio());
        ZipSecureFile.setMaxEntrySize(limits.maxUnzippedBytes());
    }

    @Override
    public ExchangeGraph read(InputStream in) {
        byte[] bytes = limits.readAll(in);
        if (bytes.length < 4 || bytes[0] != 'P' || bytes[1] != 'K') {
            throw new ValidationException("file", "the file is not an Excel workbook (.xlsx)");
        }
        Path file = null;
        try {
            file = Files.createTempFile("exchange-", ".xlsx");
            Files.write(file, bytes);
            return read(file);
        } catch (IOException e) {
            throw new UncheckedIOException("could not keep the workbook in a temporary file", e);
        } finally {
            if (file != null) {
                file.toFile().delete();
            }
        }
    }

    /** Reads the workbook from a file: POI's zip file reads only the parts asked for, each checked as it is read. */
    private ExchangeGraph read(Path file) {
        GraphBuilder graph = new GraphBuilder(limits);
        KumuTable table = new KumuTable(graph);
        List<Sheet> elementSheets = new ArrayList<>();
        boolean any = false;
        try (OPCPackage workbook = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            XSSFReader reader = new XSSFReader(workbook);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(workbook, false);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            List<Sheet> connectionSheets = new ArrayList<>();
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (name.toLowerCase(Locale.ROOT).contains("(ignore)")) {
                        continue;
                    }
                    List<KumuTable.Row> rows = rows(sheet, reader, strings);
                    if (rows.isEmpty()) {
                        continue;
                    }
                    List<String> header = rows.getFirst().cells();
                    boolean elements = name.strip().equalsIgnoreCase("elements")
                            || (!name.strip().equalsIgnoreCase("connections") && KumuTable.isElements(header));
                    boolean connections = !elements
                            && (name.strip().equalsIgnoreCase("connections") || KumuTable.isConnections(header));
                    if (elements) {
                        elementSheets.add(new Sheet(name.strip(), rows));
                    } else if (connections) {
                        connectionSheets.add(new Sheet(name.strip(), rows));
                    } else {
                        graph.warn("the sheet \"" + name + "\" was not read: it is neither elements (first column"
                                + " \"Label\") nor connections (columns \"From\" and \"To\")");
                    }
                }
            }
            for (Sheet sheet : elementSheets) {
                table.elements(sheet.name(), sheet.rows());
                any = true;
            }
            for (Sheet sheet : connectionSheets) {
                table.connections(sheet.name(), sheet.rows());
                any = true;
            }
        } catch (IOException | OpenXML4JException | SAXException | RuntimeException e) {
            if (e instanceof ValidationException refused) {
                throw refused;
            }
            throw unreadable(e, file);
        }
        if (!any) {
            throw new ValidationException(
                    "file",
                    "the workbook has no sheet of elements (first column \"Label\") or of connections"
                            + " (columns \"From\" and \"To\")");
        }
        return graph.build("workbook");
    }

    private record Sheet(String name, List<KumuTable.Row> rows) {}

    private ValidationException unreadable(Exception e, Path file) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            String message = String.valueOf(cause.getMessage());
            if (message.contains("Zip bomb detected")) {
                return new ValidationException(
                        "file",
                        message.contains("ratio")
                                ? "the workbook expands to more than " + Math.round(1 / limits.minInflateRatio())
                                        + " times its size, as a zip bomb does: refused"
                                : "a part of the workbook expands to more than "
                                        + ExchangeLimits.megabytes(limits.maxUnzippedBytes()) + ": refused");
            }
            if (cause instanceof OLE2NotOfficeXmlFileException) {
                return new ValidationException(
                        "file", "the file is an older Excel workbook (.xls): save it as .xlsx and import that");
            }
        }
        return new ValidationException(
                "file",
                "the file is not a readable Excel workbook (.xlsx): "
                        + firstLine(String.valueOf(e.getMessage()).replace(file.toString(), "the file")));
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        int cut = message.indexOf('\n');
        return (cut < 0 ? message : message.substring(0, cut)).strip();
    }

    private List<KumuTable.Row> rows(InputStream sheet, XSSFReader reader, ReadOnlySharedStringsTable strings)
            throws IOException, OpenXML4JException, SAXException {
        List<KumuTable.Row> rows = new ArrayList<>();
        XSSFSheetXMLHandler.SheetContentsHandler collect = new XSSFSheetXMLHandler.SheetContentsHandler() {
            private List<String> cells;

            @Override
            public void startRow(int rowNum) {
                cells = new ArrayList<>();
            }

            @Override
            public void endRow(int rowNum) {
                while (!cells.isEmpty()
                        && (cells.getLast() == null || cells.getLast().isBlank())) {
                    cells.removeLast();
                }
                if (!cells.isEmpty() || !rows.isEmpty()) {
                    rows.add(new KumuTable.Row(rowNum + 1L, cells));
                }
                if (rows.size() > Math.max(limits.maxElements(), limits.maxConnections()) + 1) {
                    throw new ValidationException(
                            "file",
                            String.format(
                                    Locale.ROOT,
                                    "a sheet has more than %,d rows, the most one import takes",
                                    Math.max(limits.maxElements(), limits.maxConnections())));
                }
            }

            @Override
            public void cell(String reference, String value, XSSFComment comment) {
                int column = reference == null ? cells.size() : new CellReference(reference).getCol();
                while (cells.size() < column) {
                    cells.add(null);
                }
                cells.add(value);
            }
        };
        try {
            XMLReader parser = XMLHelper.newXMLReader();
            parser.setContentHandler(
                    new XSSFSheetXMLHandler(reader.getStylesTable(), strings, collect, new FullNumbers(), false));
            parser.parse(new InputSource(sheet));
        } catch (javax.xml.parsers.ParserConfigurationException e) {
            throw new IllegalStateException(e);
        }
        return rows;
    }

    /** POI's formatter, but numbers of the "General" format at full precision ("0.0026545887952", not "0.002654589"). */
    private static final class FullNumbers extends DataFormatter {
        FullNumbers() {
            super(Locale.ROOT);
        }

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (formatString == null || formatString.equalsIgnoreCase("General")) {
                if (value == Math.rint(value) && Math.abs(value) < 1e15) {
                    return Long.toString((long) value);
                }
                return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
