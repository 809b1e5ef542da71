package uk.evidencemap.comparison;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

class ComparisonExportTest {

    private static final AreaComparison YORK =
            new AreaComparison(new AreaComparison.AreaRef("york", "York"), MetricTest.metrics(4, 1, 6));
    private static final AreaComparison FORMULA =
            new AreaComparison(new AreaComparison.AreaRef("x", "=HYPERLINK(\"e\")"), MetricTest.metrics(0, 0, 2));
    private static final Snapshot SNAPSHOT = new Snapshot(
            "s1",
            "york",
            "York",
            Instant.parse("2026-06-01T01:00:00Z"),
            "researcher",
            Snapshot.Trigger.ON_DEMAND,
            false,
            MetricTest.metrics(2, 0, 8));

    @Test
    void theAreasCsvHasOneRowPerAreaAndAColumnPerMetricWithFormulasDefused() {
        List<String> lines =
                ComparisonExport.areasCsv(List.of(YORK, FORMULA)).lines().toList();
        assertThat(lines).hasSize(3);
        assertThat(lines.get(0))
                .startsWith("area_id,area_name,interventions_in_delivery,in_delivery_with_strong_evidence,"
                        + "strong_evidence_share,unmet_needs,");
        assertThat(lines.get(0).split(",")).hasSize(2 + Metric.all().size());
        assertThat(lines.get(1)).startsWith("york,York,4,1,0.25,6,3,2,0.5,4,40,70,");
        assertThat(lines.get(2)).startsWith("x,\"'=HYPERLINK(\"\"e\"\")\",0,0,,2,");
    }

    @Test
    void theSnapshotsCsvSaysWhenWhyAndWhetherIllustrative() {
        List<String> lines =
                ComparisonExport.snapshotsCsv(List.of(SNAPSHOT)).lines().toList();
        assertThat(lines.get(0))
                .startsWith("area_id,area_name,taken_at,trigger,illustrative,taken_by,interventions_in_delivery");
        assertThat(lines.get(1)).startsWith("york,York,2026-06-01T02:00:00+01:00,ON_DEMAND,false,researcher,2,0,0,8,");
    }

    @Test
    void theWorkbookHasTheSideBySideTableTheAreasTheSnapshotsAndTheDefinitions() throws IOException {
        byte[] bytes = ComparisonExport.workbook(
                List.of(YORK, FORMULA), List.of(SNAPSHOT), Instant.parse("2026-11-23T09:00:00Z"));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
            assertThat(List.of(book.getSheetName(0), book.getSheetName(1), book.getSheetName(2), book.getSheetName(3)))
                    .containsExactly("Comparison", "Areas", "Snapshots", "About");
            Sheet side = book.getSheet("Comparison");
            assertThat(side.getRow(0).getCell(2).getStringCellValue()).isEqualTo("York");
            assertThat(side.getRow(0).getCell(3).getStringCellValue())
                    .as("text, never a formula")
                    .isEqualTo("=HYPERLINK(\"e\")");
            assertThat(side.getLastRowNum()).isEqualTo(Metric.all().size());
            int unmet = 1 + Metric.all().indexOf(Metric.UNMET_NEEDS);
            assertThat(side.getRow(unmet).getCell(0).getStringCellValue()).isEqualTo("Unmet needs");
            assertThat(side.getRow(unmet).getCell(1).getStringCellValue()).isEqualTo("lower");
            assertThat(side.getRow(unmet).getCell(2).getNumericCellValue()).isEqualTo(6.0);
            int share = 1 + Metric.all().indexOf(Metric.STRONG_EVIDENCE_SHARE);
            assertThat(side.getRow(share).getCell(2).getNumericCellValue()).isEqualTo(0.25);
            assertThat(side.getRow(share).getCell(2).getCellStyle().getDataFormatString())
                    .isEqualTo("0%");
            assertThat(side.getRow(share).getCell(3)).as("no share of nothing").isNull();

            Sheet snapshots = book.getSheet("Snapshots");
            Cell taken = snapshots.getRow(1).getCell(2);
            assertThat(taken.getCellType()).as("a number, as Excel keeps dates").isEqualTo(CellType.NUMERIC);
            assertThat(DateUtil.isCellDateFormatted(taken))
                    .as("formatted as a date")
                    .isTrue();
            assertThat(taken.getLocalDateTimeCellValue()).as("UK time").isEqualTo(LocalDateTime.of(2026, 6, 1, 2, 0));
            assertThat(taken.getCellStyle().getDataFormatString()).isEqualTo("yyyy-mm-dd hh:mm");
            assertThat(snapshots.getRow(1).getCell(3).getStringCellValue()).isEqualTo("On demand");
            assertThat(snapshots.getRow(1).getCell(4).getBooleanCellValue()).isFalse();
            assertThat(book.getSheet("Areas").getRow(2).getCell(1).getStringCellValue())
                    .isEqualTo("=HYPERLINK(\"e\")");
            assertThat(book.getSheet("About").getRow(0).getCell(0).getStringCellValue())
                    .contains("2026-11-23");
            Sheet about = book.getSheet("About");
            List<String> lines = new ArrayList<>();
            about.forEach(row -> lines.add(row.getCell(0).getStringCellValue()));
            assertThat(lines).hasSizeGreaterThan(4);
            assertThat(lines)
                    .as("no repository or file-system paths")
                    .noneMatch(line -> line.contains("/") || line.contains("\\") || line.contains(".md"));
            int density = 1 + Metric.all().indexOf(Metric.NETWORK_DENSITY);
            assertThat(side.getRow(density).getCell(2).getNumericCellValue()).isEqualTo(0.125);
        }
    }

    @Test
    void downloadsAreNamedWithTheirDayInUkTime() {
        assertThat(ComparisonExport.fileName("comparison", "xlsx", Instant.parse("2026-11-30T12:00:00Z")))
                .isEqualTo("evidence-map-comparison-2026-11-30.xlsx");
        assertThat(ComparisonExport.fileName("snapshots", "csv", Instant.parse("2026-06-30T23:30:00Z")))
                .as("after midnight in London in summer time")
                .isEqualTo("evidence-map-snapshots-2026-07-01.csv");
    }
}
