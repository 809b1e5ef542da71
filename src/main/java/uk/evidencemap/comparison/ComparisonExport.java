package uk.evidencemap.comparison;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import uk.evidencemap.base.Csv;

/**
 * The comparison and its snapshots as files: CSV (one row per area, or per snapshot, one
 * column per metric, machine-readable keys as headers) and an Excel workbook with the same
 * tables, the side-by-side view of the dashboard, and a sheet that says what each figure means.
 */
public final class ComparisonExport {

    public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ISO_OFFSET_DATE_TIME.withZone(ZoneId.of("Europe/London"));

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private ComparisonExport() {}

    /**
     * The name a download is saved under, with the day it was made (UK time), so that files of
     * different days do not overwrite each other: {@code evidence-map-comparison-2026-11-30.xlsx}.
     *
     * @param what      what the file holds: "comparison" or "snapshots"
     * @param extension "xlsx" or "csv"
     */
    public static String fileName(String what, String extension, Instant generated) {
        return "evidence-map-" + what + "-" + LocalDate.ofInstant(generated, LONDON) + "." + extension;
    }

    /** One row per area: id, name, then every metric by key. */
    public static String areasCsv(List<AreaComparison> rows) {
        StringBuilder csv = new StringBuilder();
        List<String> header = new ArrayList<>(List.of("area_id", "area_name"));
        Metric.all().forEach(m -> header.add(m.key()));
        Csv.row(csv, header.toArray(String[]::new));
        for (AreaComparison row : rows) {
            List<String> cells =
                    new ArrayList<>(List.of(row.area().id(), row.area().name()));
            Metric.all().forEach(m -> cells.add(number(m.of(row.metrics()))));
            Csv.row(csv, cells.toArray(String[]::new));
        }
        return csv.toString();
    }

    /** One row per snapshot, oldest first: area, when, why, whether illustrative, then every metric. */
    public static String snapshotsCsv(List<Snapshot> snapshots) {
        StringBuilder csv = new StringBuilder();
        List<String> header =
                new ArrayList<>(List.of("area_id", "area_name", "taken_at", "trigger", "illustrative", "taken_by"));
        Metric.all().forEach(m -> header.add(m.key()));
        Csv.row(csv, header.toArray(String[]::new));
        for (Snapshot s : snapshots) {
            List<String> cells = new ArrayList<>(List.of(
                    s.areaId(),
                    s.areaName(),
                    WHEN.format(s.takenAt()),
                    s.trigger().name(),
                    String.valueOf(s.illustrative()),
                    s.takenBy()));
            Metric.all().forEach(m -> cells.add(number(m.of(s.metrics()))));
            Csv.row(csv, cells.toArray(String[]::new));
        }
        return csv.toString();
    }

    /** The workbook: Comparison (side by side), Areas, Snapshots and About sheets. */
    public static byte[] workbook(List<AreaComparison> rows, List<Snapshot> snapshots, Instant generated) {
        try (XSSFWorkbook book = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            CellStyle percent = book.createCellStyle();
            percent.setDataFormat(book.createDataFormat().getFormat("0%"));
            CellStyle decimal = book.createCellStyle();
            decimal.setDataFormat(book.createDataFormat().getFormat("0.0000"));
            CellStyle date = book.createCellStyle();
            date.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm"));

            Sheet side = book.createSheet("Comparison");
            Row header = side.createRow(0);
            text(header, 0, "Metric", bold);
            text(header, 1, "Better", bold);
            for (int a = 0; a < rows.size(); a++) {
                text(header, 2 + a, rows.get(a).area().name(), bold);
            }
            int r = 1;
            for (Metric metric : Metric.all()) {
                Row row = side.createRow(r++);
                text(row, 0, metric.label(), null);
                text(row, 1, better(metric), null);
                for (int a = 0; a < rows.size(); a++) {
                    figure(row, 2 + a, metric, metric.of(rows.get(a).metrics()), percent, decimal);
                }
            }
            side.createFreezePane(2, 1);
            side.setColumnWidth(0, 52 * 256);

            Sheet areas = book.createSheet("Areas");
            header = areas.createRow(0);
            text(header, 0, "area_id", bold);
            text(header, 1, "area_name", bold);
            List<Metric> all = Metric.all();
            for (int m = 0; m < all.size(); m++) {
                text(header, 2 + m, all.get(m).key(), bold);
            }
            r = 1;
            for (AreaComparison row : rows) {
                Row line = areas.createRow(r++);
                text(line, 0, row.area().id(), null);
                text(line, 1, row.area().name(), null);
                for (int m = 0; m < all.size(); m++) {
                    figure(line, 2 + m, all.get(m), all.get(m).of(row.metrics()), percent, decimal);
                }
            }
            areas.createFreezePane(2, 1);

            Sheet history = book.createSheet("Snapshots");
            header = history.createRow(0);
            List<String> columns = List.of("area_id", "area_name", "taken_at", "trigger", "illustrative", "taken_by");
            for (int c = 0; c < columns.size(); c++) {
                text(header, c, columns.get(c), bold);
            }
            for (int m = 0; m < all.size(); m++) {
                text(header, columns.size() + m, all.get(m).key(), bold);
            }
            r = 1;
            for (Snapshot s : snapshots) {
                Row line = history.createRow(r++);
                text(line, 0, s.areaId(), null);
                text(line, 1, s.areaName(), null);
                // a real date (UK time, as the dashboard shows it), which Excel sorts, filters and formats
                Cell taken = line.createCell(2);
                taken.setCellValue(LocalDateTime.ofInstant(s.takenAt(), LONDON));
                taken.setCellStyle(date);
                text(line, 3, s.trigger().label(), null);
                line.createCell(4).setCellValue(s.illustrative());
                text(line, 5, s.takenBy(), null);
                for (int m = 0; m < all.size(); m++) {
                    figure(line, columns.size() + m, all.get(m), all.get(m).of(s.metrics()), percent, decimal);
                }
            }
            history.createFreezePane(3, 1);
            history.setColumnWidth(2, 18 * 256);

            Sheet about = book.createSheet("About");
            String[] lines = {
                "Evidence Map: comparison of areas, generated " + WHEN.format(generated),
                "What each figure means: Evidence Map's Help page, under Compare areas. Strong evidence is each area's"
                        + " own threshold (default Foundations Guidebook level 3).",
                "Shares are of the interventions in delivery (initial implementation, full implementation, sustainment).",
                "Nodes are the area's own; the shared catalogue programmes its map uses are counted apart.",
                "Density of the map is its relationships divided by n (n - 1), n counting its nodes and the catalogue"
                        + " programmes it uses.",
                "The network figures are over the people, organisations and interventions and the relationships"
                        + " between them: density (the share of possible links present), separate parts, and the"
                        + " diameter and average shortest route of the largest part (in steps).",
                "Snapshot times (taken_at) are dates and times in UK time.",
                "Snapshots marked illustrative are made-up demo history, not real data.",
                "Empty cells: the figure does not apply (a share of no interventions; no evidence leader on the map)."
            };
            for (int i = 0; i < lines.length; i++) {
                text(about.createRow(i), 0, lines[i], i == 0 ? bold : null);
            }
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String better(Metric metric) {
        return switch (metric.better()) {
            case HIGHER -> "higher";
            case LOWER -> "lower";
            case NEITHER -> "";
        };
    }

    private static void text(Row row, int column, String value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value == null ? "" : value);
        if (style != null) {
            cell.setCellStyle(style);
        }
    }

    private static void figure(Row row, int column, Metric metric, Double value, CellStyle percent, CellStyle decimal) {
        if (value == null) {
            return;
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        if (metric.share()) {
            cell.setCellStyle(percent);
        } else if (metric == Metric.DENSITY
                || metric == Metric.NETWORK_DENSITY
                || metric == Metric.NETWORK_AVERAGE_PATH) {
            cell.setCellStyle(decimal);
        }
    }

    private static String number(Double value) {
        if (value == null) {
            return "";
        }
        return value == Math.rint(value) ? String.valueOf(value.longValue()) : String.valueOf(value);
    }
}
