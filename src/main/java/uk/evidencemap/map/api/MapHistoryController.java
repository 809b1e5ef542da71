package uk.evidencemap.map.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.changelog.api.ChangeJson;
import uk.evidencemap.map.MapHistoryService;

/** Undo, redo and restore through the API: the same rules and records as in the app. */
@RestController
@RequestMapping("/api/areas/{areaId}")
@Tag(name = "History", description = "An area's change history, undo, redo and restore")
class MapHistoryController {

    private final MapHistoryService history;

    MapHistoryController(MapHistoryService history) {
        this.history = history;
    }

    @PostMapping("/undo")
    @Operation(summary = "Undo the caller's newest change in the area that is not undone yet; returns the change made")
    ChangeJson undo(@PathVariable String areaId) {
        return ChangeJson.of(history.undo(areaId));
    }

    @PostMapping("/redo")
    @Operation(summary = "Redo what the caller's newest undo took back (only while they have made no change since)")
    ChangeJson redo(@PathVariable String areaId) {
        return ChangeJson.of(history.redo(areaId));
    }

    @PostMapping("/history/{seq}/restore")
    @Operation(summary = "Bring back the node deleted by change {seq}, with its relationships whose other end exists")
    NodeJson restore(@PathVariable String areaId, @PathVariable long seq) {
        return NodeJson.of(history.restore(areaId, seq));
    }
}
