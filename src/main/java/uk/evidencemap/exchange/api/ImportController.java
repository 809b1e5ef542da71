package uk.evidencemap.exchange.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.exchange.ExchangeLimits;
import uk.evidencemap.exchange.ImportFormat;
import uk.evidencemap.exchange.ImportOptions;
import uk.evidencemap.exchange.ImportReport;
import uk.evidencemap.exchange.ImportService;
import uk.evidencemap.map.NodeType;

/** Imports a file into an area (API.md, POST /api/areas/{areaId}/import). */
@RestController
@RequestMapping("/api/areas/{areaId}")
@Tag(name = "Exchange", description = "Maps brought in from other tools' files and taken out to them")
class ImportController {

    private final ImportService imports;

    ImportController(ImportService imports) {
        this.imports = imports;
    }

    @PostMapping("/import")
    @Operation(
            summary = "Import a file into the area: the request body is the file itself (any content type) or a"
                    + " multipart form with the file in the part 'file'. With dryRun=true nothing is written and the"
                    + " report says what would be. One import is one change in the area's history, which undo takes"
                    + " back whole. 422 with details naming what is wrong when the file cannot be taken whole.")
    ImportReport importFile(
            @PathVariable String areaId,
            @Parameter(description = "kumu-json, kumu-xlsx, csv-zip, graphml, gexf, prsm or json") @RequestParam
                    String format,
            @RequestParam(defaultValue = "false") boolean dryRun,
            @Parameter(description = "the node type of elements whose own type maps to none (Factor when absent)")
                    @RequestParam(required = false)
                    String defaultType,
            @Parameter(
                            description =
                                    "the person's own mapping of a file type to a node type, as 'File type=NodeType';"
                                            + " may be repeated")
                    @RequestParam(required = false)
                    List<String> mapping,
            @RequestParam(required = false) String name,
            HttpServletRequest request)
            throws IOException {
        ImportFormat chosen = ImportFormat.of(format);
        ImportOptions options = new ImportOptions(
                defaultType == null || defaultType.isBlank() ? NodeType.FACTOR : NodeType.parse(defaultType),
                mapping(mapping));
        String contentType = request.getContentType();
        if (contentType != null
                && contentType.toLowerCase(java.util.Locale.ROOT).startsWith("multipart/")) {
            Part part;
            try {
                part = request.getPart("file");
            } catch (ServletException e) {
                throw new ValidationException("file", "the form could not be read: " + e.getMessage());
            }
            if (part == null) {
                throw new ValidationException("file", "is required: send the file in the form part 'file'");
            }
            ExchangeLimits.DEFAULT.checkSize(part.getSize());
            try (InputStream in = part.getInputStream()) {
                return imports.importFile(
                        areaId,
                        chosen.reader(ExchangeLimits.DEFAULT),
                        in,
                        source(name != null ? name : part.getSubmittedFileName(), chosen),
                        options,
                        dryRun);
            }
        }
        if (request.getContentLengthLong() > 0) {
            ExchangeLimits.DEFAULT.checkSize(request.getContentLengthLong());
        }
        try (InputStream in = request.getInputStream()) {
            return imports.importFile(
                    areaId, chosen.reader(ExchangeLimits.DEFAULT), in, source(name, chosen), options, dryRun);
        }
    }

    private static String source(String name, ImportFormat format) {
        return name == null || name.isBlank() ? "a " + format.code() + " file" : name.strip();
    }

    private static Map<String, NodeType> mapping(List<String> pairs) {
        Map<String, NodeType> mapping = new HashMap<>();
        if (pairs == null) {
            return mapping;
        }
        for (String pair : pairs) {
            int at = pair.lastIndexOf('=');
            if (at <= 0) {
                throw new ValidationException("mapping", "'" + pair + "' is not of the form 'File type=NodeType'");
            }
            mapping.put(pair.substring(0, at).strip(), NodeType.parse(pair.substring(at + 1)));
        }
        return mapping;
    }
}
