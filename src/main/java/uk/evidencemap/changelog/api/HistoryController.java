package uk.evidencemap.changelog.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.changelog.HistoryService;

/** The change history of an area, for followers and audits. */
@RestController
@RequestMapping("/api/areas/{areaId}")
@Tag(name = "History", description = "An area's change history, undo, redo and restore")
class HistoryController {

    private final HistoryService history;

    HistoryController(HistoryService history) {
        this.history = history;
    }

    @GetMapping("/history")
    @Operation(
            summary = "Change records after change number `since` (0 or absent: from the start), oldest first,"
                    + " at most 1000 per call: ask again with the last seq to read on")
    List<ChangeJson> history(@PathVariable String areaId, @RequestParam(defaultValue = "0") long since) {
        return history.since(areaId, since).stream().map(ChangeJson::of).toList();
    }
}
