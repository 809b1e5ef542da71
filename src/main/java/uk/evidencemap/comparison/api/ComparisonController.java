package uk.evidencemap.comparison.api;

import java.util.Arrays;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import uk.evidencemap.comparison.AreaComparison;
import uk.evidencemap.comparison.ComparisonService;

/** Areas side by side over HTTP. */
@RestController
@RequestMapping("/api/compare")
@Tag(name = "Comparison", description = "Metrics of several areas side by side")
class ComparisonController {

    private final ComparisonService comparison;

    ComparisonController(ComparisonService comparison) {
        this.comparison = comparison;
    }

    @GetMapping
    @Operation(summary = "The metrics of the given areas (?areas=york,wirral), or of every area you may see")
    List<AreaComparison> compare(@RequestParam(required = false) String areas) {
        List<String> ids = areas == null || areas.isBlank() ? List.of()
                : Arrays.stream(areas.split(",")).map(String::strip).filter(s -> !s.isEmpty()).toList();
        return comparison.compare(ids);
    }
}
