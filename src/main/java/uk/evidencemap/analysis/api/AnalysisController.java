package uk.evidencemap.analysis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.BlockedPath;
import uk.evidencemap.analysis.ChampionReport;
import uk.evidencemap.analysis.Gap;
import uk.evidencemap.analysis.NetworkReport;

/** The three questions over HTTP, with the same access rules as the map. */
@RestController
@RequestMapping("/api/areas/{areaId}")
@Tag(name = "Analyses", description = "Gaps, champions, blocked implementation paths and network figures")
class AnalysisController {

    private final AnalysisService analyses;

    AnalysisController(AnalysisService analyses) {
        this.analyses = analyses;
    }

    @GetMapping("/gaps")
    @Operation(summary = "Gaps of all six kinds, most severe first, each with a reason and suggestions")
    List<Gap> gaps(@PathVariable String areaId) {
        return analyses.gaps(areaId);
    }

    @GetMapping("/champions")
    @Operation(summary = "People by betweenness (descending), potential champions and single points of failure")
    ChampionReport champions(@PathVariable String areaId) {
        return analyses.champions(areaId);
    }

    @GetMapping("/metrics")
    @Operation(
            summary = "Network figures of the people, organisations and interventions: per node degree, closeness,"
                    + " eigenvector and betweenness centrality, 2-step reach and Leiden community; for the whole"
                    + " network its size, density, components, diameter, average path length and modularity")
    NetworkReport metrics(@PathVariable String areaId) {
        return analyses.network(areaId);
    }

    @GetMapping("/blocked-paths")
    @Operation(
            summary = "Implementation paths blocked by open, unmitigated barriers, with suggestions from this"
                    + " and other areas")
    List<BlockedPath> blockedPaths(@PathVariable String areaId) {
        return analyses.blockedPaths(areaId);
    }
}
