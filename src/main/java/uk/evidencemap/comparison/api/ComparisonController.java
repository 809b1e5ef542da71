package uk.evidencemap.comparison.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.comparison.AreaComparison;
import uk.evidencemap.comparison.ComparisonExport;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.comparison.Snapshot;
import uk.evidencemap.comparison.SnapshotService;

/** Areas side by side over HTTP, their snapshots, and both as files. */
@RestController
@RequestMapping("/api/compare")
@Tag(name = "Comparison", description = "Metrics of several areas side by side, and over time")
class ComparisonController {

    private final ComparisonService comparison;
    private final SnapshotService snapshots;

    ComparisonController(ComparisonService comparison, SnapshotService snapshots) {
        this.comparison = comparison;
        this.snapshots = snapshots;
    }

    @GetMapping
    @Operation(summary = "The metrics of the given areas (?areas=york,wirral), or of every area you may see")
    List<AreaComparison> compare(@RequestParam(required = false) String areas) {
        return comparison.compare(ids(areas));
    }

    @GetMapping("/snapshots")
    @Operation(summary = "The snapshots of the given areas (or of every area you may see), oldest first")
    List<Snapshot> snapshots(@RequestParam(required = false) String areas) {
        return snapshots.list(ids(areas));
    }

    @PostMapping("/snapshots")
    @Operation(summary = "Takes a snapshot of the given areas (or of every area) now: researchers and administrators")
    ResponseEntity<List<Snapshot>> takeSnapshot(@RequestParam(required = false) String areas) {
        return ResponseEntity.status(HttpStatus.CREATED).body(snapshots.take(ids(areas)));
    }

    @GetMapping("/export")
    @Operation(
            summary = "The comparison as a file: format=csv (one row per area), snapshots-csv, or xlsx"
                    + " (comparison, areas, snapshots and definitions)")
    ResponseEntity<byte[]> export(
            @RequestParam(required = false) String areas, @RequestParam(defaultValue = "xlsx") String format) {
        List<String> ids = ids(areas);
        Instant now = Instant.now();
        return switch (format) {
            case "csv" ->
                file(
                        ComparisonExport.areasCsv(comparison.compare(ids)).getBytes(StandardCharsets.UTF_8),
                        ComparisonExport.fileName("comparison", "csv", now),
                        "text/csv;charset=UTF-8");
            case "snapshots-csv" ->
                file(
                        ComparisonExport.snapshotsCsv(snapshots.list(ids)).getBytes(StandardCharsets.UTF_8),
                        ComparisonExport.fileName("snapshots", "csv", now),
                        "text/csv;charset=UTF-8");
            case "xlsx" ->
                file(
                        ComparisonExport.workbook(comparison.compare(ids), snapshots.list(ids), now),
                        ComparisonExport.fileName("comparison", "xlsx", now),
                        ComparisonExport.XLSX);
            default ->
                throw new ValidationException("format", "must be csv, snapshots-csv or xlsx, not '" + format + "'");
        };
    }

    private static ResponseEntity<byte[]> file(byte[] bytes, String name, String type) {
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment().filename(name).build().toString())
                .contentType(MediaType.parseMediaType(type))
                .body(bytes);
    }

    private static List<String> ids(String areas) {
        return areas == null || areas.isBlank()
                ? List.of()
                : Arrays.stream(areas.split(","))
                        .map(String::strip)
                        .filter(s -> !s.isEmpty())
                        .toList();
    }
}
