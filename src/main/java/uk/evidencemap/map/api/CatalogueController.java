package uk.evidencemap.map.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.util.List;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.NodeChange;

/** The shared programme catalogue over HTTP. */
@RestController
@RequestMapping("/api/programmes")
@Tag(name = "Catalogue", description = "Programmes shared by every area")
class CatalogueController {

    record ProgrammeRequest(String name, Map<String, Object> properties) {}

    private final CatalogueService catalogue;

    CatalogueController(CatalogueService catalogue) {
        this.catalogue = catalogue;
    }

    @GetMapping
    @Operation(summary = "Every programme in the catalogue, by name")
    List<NodeJson> programmes() {
        return catalogue.programmes().stream().map(NodeJson::of).toList();
    }

    @PostMapping
    @Operation(summary = "Add a programme to the catalogue")
    ResponseEntity<NodeJson> create(@RequestBody ProgrammeRequest request) {
        var programme =
                catalogue.create(request.name(), request.properties() == null ? Map.of() : request.properties());
        return ResponseEntity.created(URI.create("/api/programmes/" + programme.id()))
                .body(NodeJson.of(programme));
    }

    @PatchMapping("/{id}")
    @Operation(summary = "Change a programme; a stale version gets 409")
    NodeJson update(
            @PathVariable String id,
            @RequestBody MapController.NodePatch patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long version = patch.version() != null ? patch.version() : MapController.version(ifMatch);
        return NodeJson.of(catalogue.update(id, new NodeChange(patch.name(), patch.properties(), version)));
    }
}
