package uk.evidencemap.area.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaDraft;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.AreaSummary;

/** Areas over HTTP. */
@RestController
@RequestMapping("/api/areas")
@Tag(name = "Areas", description = "Local evidence systems, one map each")
class AreaController {

    private final AreaService areas;

    AreaController(AreaService areas) {
        this.areas = areas;
    }

    @GetMapping
    @Operation(summary = "The areas, each with the size of its map")
    List<AreaSummary> list() {
        return areas.list();
    }

    @PostMapping
    @Operation(summary = "Create an area: {name, onsCode?, region?} (an id is made from the name unless given)")
    ResponseEntity<Area> create(@RequestBody AreaDraft draft) {
        Area area = areas.create(draft);
        return ResponseEntity.created(URI.create("/api/areas/" + area.id())).body(area);
    }
}
