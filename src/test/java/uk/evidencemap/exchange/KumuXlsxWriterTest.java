package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class KumuXlsxWriterTest {

    private final ExportedArea sample = ExportSample.area();

    private Workbook written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KumuXlsxWriter().write(sample, out);
        return new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void elementsAndConnectionsSheetsHeadedAsKumuReadsThem() throws Exception {
        try (Workbook book = written()) {
            assertThat(book.getSheetName(0)).isEqualTo("Elements");
            assertThat(book.getSheetName(1)).isEqualTo("Connections");
            assertThat(book.getSheetName(2)).isEqualTo("Renamed labels (ignore)");
            Sheet elements = book.getSheet("Elements");
            List<String> elementHeader = header(elements);
            assertThat(elementHeader.subList(0, 4)).containsExactly("Label", "Type", "Description", "Tags");
            assertThat(elementHeader).contains("role", "evidenceRating", "Population", "Share", "Rural", "Notes");
            assertThat(elementHeader).doesNotContain("description", "tags", "field.Population");
            assertThat(elements.getLastRowNum())
                    .isEqualTo(sample.graph().nodes().size());

            Sheet connections = book.getSheet("Connections");
            assertThat(header(connections))
                    .containsExactly(
                            "From",
                            "To",
                            "Type",
                            "Direction",
                            "Description",
                            "Tags",
                            "Polarity",
                            "delay",
                            "strength",
                            "Source");
            assertThat(connections.getLastRowNum())
                    .isEqualTo(sample.graph().relationships().size());
        }
    }

    @Test
    void everyConnectionNamesElementLabelsThatAreUniqueAndFreeOfPipes() throws Exception {
        try (Workbook book = written()) {
            Map<String, Map<String, Cell>> elements = rows(book.getSheet("Elements"), "Label");
            assertThat(elements).hasSize(sample.graph().nodes().size());
            assertThat(elements)
                    .containsKeys(
                            ExportSample.AWKWARD_NAME,
                            "Sam Lee (Person)",
                            "sam lee (Person 2)",
                            "Family Hub (Organisation)",
                            "Family Hub (Intervention)",
                            "Short-term grant / pilot");
            for (Map<String, Cell> connection :
                    rows(book.getSheet("Connections"), null).values()) {
                assertThat(elements).containsKey(text(connection.get("From")));
                assertThat(elements).containsKey(text(connection.get("To")));
            }
            assertThat(book.getSheet("Renamed labels (ignore)").getLastRowNum()).isEqualTo(5);

            Map<String, Cell> barrier = elements.get("Short-term grant / pilot");
            assertThat(text(barrier.get("Type"))).isEqualTo("Barrier");
            assertThat(text(barrier.get("Tags"))).isEqualTo("funding|capacity");
            assertThat(barrier.get("severity").getCellType()).isEqualTo(CellType.NUMERIC);
            assertThat(barrier.get("severity").getNumericCellValue()).isEqualTo(4.0);
            Map<String, Cell> custom = elements.get("Early language");
            assertThat(custom.get("Population").getNumericCellValue()).isEqualTo(212_000.0);
            assertThat(text(custom.get("Rural"))).isEqualTo("false");
            assertThat(text(elements.get("Family Hub (Intervention)").get("Description")))
                    .isEqualTo("Two lines:\nfirst, then second");
        }
    }

    @Test
    void influencesTakeKumuSignsAndKeepTheirPolarity() throws Exception {
        try (Workbook book = written()) {
            Map<String, Map<String, Cell>> connections = new HashMap<>();
            rows(book.getSheet("Connections"), null)
                    .values()
                    .forEach(c -> connections.put(
                            text(c.get("From")) + " -> " + text(c.get("To")) + " " + text(c.get("Polarity")), c));
            Map<String, Cell> same = connections.get("Shared rota -> Family Hub (Intervention) SAME");
            assertThat(same).as(connections.keySet().toString()).isNotNull();
            assertThat(same.get("Type").getStringCellValue()).isEqualTo("++");
            assertThat(text(same.get("Description"))).isEqualTo("Less turnover, more reach");
            assertThat(text(same.get("delay"))).isEqualTo("true");
            assertThat(text(connections
                            .get("Shared rota -> Family Hub (Organisation) OPPOSITE")
                            .get("Type")))
                    .isEqualTo("+-");
            assertThat(text(connections
                            .get("A Factor -> Early language UNKNOWN")
                            .get("Type")))
                    .isEmpty();
            assertThat(text(connections
                            .get("Sam Lee (Person) -> Talking Together ")
                            .get("Type")))
                    .isEqualTo("CHAMPIONS");
            Map<String, Cell> collaboration = connections.get("Sam Lee (Person) -> sam lee (Person 2) ");
            assertThat(text(collaboration.get("Type"))).isEqualTo("COLLABORATES_WITH");
            assertThat(text(collaboration.get("Direction"))).isEqualTo("undirected");
        }
    }

    private static List<String> header(Sheet sheet) {
        List<String> header = new ArrayList<>();
        sheet.getRow(0).forEach(cell -> header.add(cell.getStringCellValue()));
        return header;
    }

    /** Each row's cells by column header, keyed by the cell in {@code keyColumn} (or the row number). */
    private static Map<String, Map<String, Cell>> rows(Sheet sheet, String keyColumn) {
        List<String> header = header(sheet);
        Map<String, Map<String, Cell>> rows = new HashMap<>();
        for (int r = 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            Map<String, Cell> cells = new HashMap<>();
            for (int c = 0; c < header.size(); c++) {
                cells.put(header.get(c), row.getCell(c));
            }
            rows.put(keyColumn == null ? String.valueOf(r) : text(cells.get(keyColumn)), cells);
        }
        return rows;
    }

    private static String text(Cell cell) {
        return cell == null ? "" : cell.getStringCellValue();
    }
}
