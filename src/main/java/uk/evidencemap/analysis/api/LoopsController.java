package uk.evidencemap.analysis.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.FeedbackLoop;
import uk.evidencemap.analysis.Subject;

/** The feedback loops of an area (API.md, GET /api/areas/{areaId}/loops). */
@RestController
@RequestMapping("/api/areas/{areaId}")
@Tag(name = "Analyses", description = "Gaps, champions and blocked implementation paths")
class LoopsController {

    private final AnalysisService analyses;

    LoopsController(AnalysisService analyses) {
        this.analyses = analyses;
    }

    /** One loop as the API gives it. */
    record LoopJson(
            FeedbackLoop.Kind kind,
            int length,
            List<Subject> members,
            List<String> relationships,
            List<Subject> barriers,
            List<Subject> needs) {}

    /** The loops, and the caps and whether one was reached. */
    record LoopsJson(List<LoopJson> loops, boolean capped, int maxLength, int maxLoops) {}

    @GetMapping("/loops")
    @Operation(
            summary = "Feedback loops: every elementary cycle of INFLUENCES relationships, reinforcing (an even"
                    + " number of OPPOSITE links), balancing (odd) or undetermined (an UNKNOWN link), shortest"
                    + " first; capped at maxLength influences and maxLoops loops (capped: true when reached)")
    LoopsJson loops(@PathVariable String areaId) {
        FeedbackLoop.Report report = analyses.loops(areaId);
        return new LoopsJson(
                report.loops().stream()
                        .map(l -> new LoopJson(
                                l.kind(), l.length(), l.members(), l.relationships(), l.barriers(), l.needs()))
                        .toList(),
                report.capped(),
                report.maxLength(),
                report.maxLoops());
    }
}
