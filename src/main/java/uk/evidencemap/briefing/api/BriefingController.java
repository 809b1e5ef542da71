package uk.evidencemap.briefing.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.time.LocalDate;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.briefing.Briefing;
import uk.evidencemap.briefing.BriefingFile;
import uk.evidencemap.briefing.BriefingService;

/** The management-team briefing of an area as a file, with the same access rules as the map. */
@RestController
@RequestMapping("/api/areas/{areaId}")
@Tag(name = "Briefing", description = "An area's briefing for its directorate management team")
class BriefingController {

    private final BriefingService briefings;

    BriefingController(BriefingService briefings) {
        this.briefings = briefings;
    }

    @GetMapping("/briefing")
    @Operation(
            summary = "The briefing of the area as a PDF (format=pdf, the default): headline figures and their change"
                    + " since the last snapshot, the most severe gaps, champions, single points of failure, blocked"
                    + " paths, what changed since `since` and a picture of the map")
    ResponseEntity<byte[]> briefing(
            @PathVariable String areaId,
            @RequestParam(defaultValue = "pdf") String format,
            @Parameter(
                            description = "The first day (yyyy-MM-dd, UK time) whose changes are summarised; "
                                    + Briefing.DEFAULT_DAYS + " days ago when absent")
                    @RequestParam(required = false)
                    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
                    LocalDate since) {
        if (!"pdf".equals(format)) {
            throw new ValidationException("format", "must be pdf, not '" + format + "'");
        }
        BriefingFile file = briefings.pdf(areaId, since);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(file.fileName())
                                .build()
                                .toString())
                .contentType(MediaType.parseMediaType(BriefingFile.MEDIA_TYPE))
                .body(file.content());
    }
}
