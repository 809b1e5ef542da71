package uk.evidencemap.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.io.ByteArrayOutputStream;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.base.Violation;
import uk.evidencemap.base.api.ApiError;
import uk.evidencemap.exchange.ExchangeService;
import uk.evidencemap.exchange.ExportFormat;

/** An area's map as a file for other tools. */
@RestController
@RequestMapping("/api/areas/{areaId}")
@Tag(name = "Exchange", description = "An area's map as files for other tools (Gephi, yEd, NetworkX, Kumu, Excel)")
class ExportController {

    private final ExchangeService exchange;

    ExportController(ExchangeService exchange) {
        this.exchange = exchange;
    }

    /**
     * The file is built whole before the answer starts, so that a refusal or a failure is an error
     * answer, never half a file.
     */
    @GetMapping("/export")
    @Operation(
            summary = "The area's map as a file (an attachment named <area>-map-<date>.<ext>): json (complete,"
                    + " re-importable without loss), graphml, gexf, csv-zip (nodes.csv and relationships.csv),"
                    + " kumu-xlsx (Elements and Connections sheets) or kumu-json; an unknown format is 400")
    ResponseEntity<?> export(
            @PathVariable String areaId,
            @Parameter(description = "json, graphml, gexf, csv-zip, kumu-xlsx or kumu-json")
                    @RequestParam(defaultValue = "json")
                    String format) {
        Optional<ExportFormat> chosen = ExportFormat.byCode(format);
        if (chosen.isEmpty()) {
            return ResponseEntity.badRequest()
                    .contentType(MediaType.APPLICATION_JSON)
                    .body(new ApiError(
                            "'" + format + "' is not an export format",
                            List.of(new Violation("format", "must be one of " + ExportFormat.codes())),
                            null));
        }
        ExportFormat file = chosen.get();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        exchange.export(areaId, file, bytes);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName(areaId, Instant.now()))
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(file.mediaType()))
                .body(bytes.toByteArray());
    }
}
