package uk.evidencemap.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.evidencemap.exchange.Datasets.element;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import uk.evidencemap.base.ValidationException;

class KumuSpreadsheetReaderTest {

    private final KumuSpreadsheetReader reader = new KumuSpreadsheetReader();

    @AfterEach
    void defaultLimitsAgain() {
        new KumuSpreadsheetReader(); // POI's zip limits are the JVM's: put back the product's
    }

    @Test
    void readsThePaypalSpreadsheet() {
        ExchangeGraph graph =
                Datasets.read(reader, Datasets.shared("kumu-docs", "kumu-docs--content_paypal-mafia.xlsx"));

        assertThat(graph.elements()).hasSize(34);
        assertThat(graph.connections()).hasSize(49);
        ExchangeGraph.Element greylock = element(graph, "Greylock Partners");
        assertThat(greylock.row()).isEqualTo("Elements row 5");
        assertThat(greylock.key()).isEqualTo("Greylock Partners");
        assertThat(greylock.type()).isEqualTo("Company");
        assertThat(greylock.tags()).containsExactly("mafia-founded");
        assertThat(greylock.fields()).containsEntry("Website", "http://www.greylock.com/");
        assertThat(greylock.x()).isNull();
        assertThat(graph.elements()).anyMatch(e -> e.tags().equals(java.util.List.of("PayPal-Mafia", "VC", "Tech")));
        ExchangeGraph.Connection first = graph.connections().getFirst();
        assertThat(first.row()).isEqualTo("Connections row 2");
        assertThat(first.from()).isEqualTo("PayPal");
        assertThat(first.byLabel()).isTrue();
        assertThat(first.type()).isEqualTo("Employee/Founder");
        assertThat(first.directed()).as("Kumu's default direction").isTrue();
        assertThat(graph.connections())
                .extracting(ExchangeGraph.Connection::type)
                .containsOnly("Employee/Founder", "Investor");
    }

    @Test
    void readsTheSnapToSpreadsheetWithFullPrecisionNumbers() {
        ExchangeGraph graph =
                Datasets.read(reader, Datasets.shared("kumu-docs", "kumu-docs--content_snap-to-tutorial-data.xlsx"));

        assertThat(graph.elements()).hasSize(51);
        assertThat(graph.connections()).hasSize(113);
        ExchangeGraph.Element michigan = element(graph, "Michigan");
        assertThat(michigan.type()).isEqualTo("State");
        assertThat(michigan.fields())
                .containsEntry("2010 Population", 9876498L)
                .containsEntry("Percentage Change", "0%");
        assertThat((Double) michigan.fields().get("Relative Growth")).isCloseTo(0.002654588795221194, within(1e-18));
        assertThat(graph.connections().getFirst().from()).isEqualTo("Ohio");
        assertThat(graph.connections().getFirst().to()).isEqualTo("West Virginia");
    }

    @Test
    void numericCellsOfAWorkbookBecomeNumbersAndSheetsAreFoundByTheirHeaders() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            XSSFSheet people = workbook.createSheet("People");
            people.createRow(0).createCell(0).setCellValue("Label");
            people.getRow(0).createCell(1).setCellValue("Score");
            people.createRow(1).createCell(0).setCellValue("Clinic");
            people.getRow(1).createCell(1).setCellValue(0.1234567890123);
            people.createRow(3).createCell(0).setCellValue("After a blank row");
            people.getRow(3).createCell(1).setCellValue(42);
            workbook.createSheet("Notes (ignore)").createRow(0).createCell(0).setCellValue("Label");
            XSSFSheet links = workbook.createSheet("Links");
            links.createRow(0).createCell(0).setCellValue("From");
            links.getRow(0).createCell(1).setCellValue("To");
            links.getRow(0).createCell(2).setCellValue("Type");
            links.createRow(1).createCell(0).setCellValue("Clinic");
            links.getRow(1).createCell(1).setCellValue("After a blank row");
            links.getRow(1).createCell(2).setCellValue("+-");
            workbook.write(out);
        }

        ExchangeGraph graph = reader.read(new ByteArrayInputStream(out.toByteArray()));

        assertThat(graph.elements())
                .extracting(ExchangeGraph.Element::row)
                .containsExactly("People row 2", "People row 4");
        assertThat(graph.elements().get(0).fields()).containsEntry("Score", 0.1234567890123);
        assertThat(graph.elements().get(1).fields()).containsEntry("Score", 42L);
        assertThat(graph.connections()).singleElement().satisfies(c -> {
            assertThat(c.polarity()).isEqualTo("+-");
            assertThat(c.type()).isNull();
            assertThat(c.row()).isEqualTo("Links row 2");
        });
    }

    @Test
    void aZipBombIsRefused() throws IOException {
        byte[] bomb = workbookWithSheet(sheetOf(20_000_000));
        assertThat(bomb.length).as("a small file").isLessThan(100_000);

        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(bomb)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("file: the workbook expands to more than 100 times its size, as a zip bomb does: refused");
    }

    @Test
    void aPartExpandingPastTheLimitIsRefused() throws IOException {
        ExchangeLimits limits = new ExchangeLimits(50L << 20, 100_000, 500_000, 1 << 20, 0.0);
        byte[] large = workbookWithSheet(sheetOf(2_000_000));

        assertThatThrownBy(() -> new KumuSpreadsheetReader(limits).read(new ByteArrayInputStream(large)))
                .hasMessage("file: a part of the workbook expands to more than 1 MB: refused");
    }

    @Test
    void aFileOverTheSizeLimitIsRefusedWithItsSize() throws IOException {
        byte[] file =
                Datasets.class.getResourceAsStream("/exchange/kumu-csv.zip").readAllBytes();
        KumuSpreadsheetReader small = new KumuSpreadsheetReader(ExchangeLimits.DEFAULT.withMaxBytes(500));

        assertThat(file).hasSize(733);
        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(file)))
                .hasMessage("file: the file is 733 bytes; the limit is 500 bytes");
    }

    @Test
    void otherFilesAreRefusedClearly() {
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream("Label,Type\nA,B\n".getBytes(UTF_8))))
                .hasMessage("file: the file is not an Excel workbook (.xlsx)");
        byte[] ole2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(ole2)))
                .hasMessage("file: the file is not an Excel workbook (.xlsx)");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[] {'P', 'K', 3, 4, 0, 0})))
                .hasMessageStartingWith("file: the file is not a readable Excel workbook (.xlsx)")
                .hasMessageNotContaining("exchange-"); // not the temporary file's name
    }

    @Test
    void aWorkbookWithoutKumuSheetsIsRefused() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            workbook.createSheet("Budget").createRow(0).createCell(0).setCellValue("Year");
            workbook.write(out);
        }
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(out.toByteArray())))
                .hasMessageContaining("has no sheet of elements");
    }

    /** A sheet whose one cell holds {@code size} spaces of an inline string: a few kilobytes once zipped. */
    private static byte[] sheetOf(int size) {
        String head = "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
                + "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>Label</t></is></c></row>"
                + "<row r=\"2\"><c r=\"A2\" t=\"inlineStr\"><is><t>";
        String tail = "</t></is></c></row></sheetData></worksheet>";
        return (head + " ".repeat(size) + tail).getBytes(UTF_8);
    }

    /** The smallest workbook Excel's format allows, with the given sheet. */
    private static byte[] workbookWithSheet(byte[] sheet) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            put(
                    zip,
                    "[Content_Types].xml",
                    "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                            + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                            + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                            + "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>"
                            + "<Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>"
                            + "</Types>");
            put(
                    zip,
                    "_rels/.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/>"
                            + "</Relationships>");
            put(
                    zip,
                    "xl/workbook.xml",
                    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\""
                            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
                            + "<sheets><sheet name=\"Elements\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            put(
                    zip,
                    "xl/_rels/workbook.xml.rels",
                    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                            + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                            + "</Relationships>");
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            zip.write(sheet);
            zip.closeEntry();
        }
        return bytes.toByteArray();
    }

    private static void put(ZipOutputStream zip, String name, String content) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(content.getBytes(UTF_8));
        zip.closeEntry();
    }
}
