package uk.evidencemap.map.api;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.map.MapHistoryService;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;

/** An area's map over HTTP: the whole graph, and node and relationship changes. */
@RestController
@RequestMapping("/api/areas/{areaId}")
@Tag(name = "Map", description = "An area's nodes and relationships")
class MapController {

    record GraphJson(List<NodeJson> nodes, List<RelationshipJson> relationships) {}

    record RelationshipJson(String id, String type, String from, String to, Map<String, Object> properties) {

        static RelationshipJson of(MapRelationship r) {
            return new RelationshipJson(r.id(), r.type().name(), r.from(), r.to(), new TreeMap<>(r.properties()));
        }
    }

    /**
     * A new node; a Barrier may name what it {@code blocks} and an Enabler the barriers it
     * {@code mitigates} (node ids), made with it in one transaction, or none of it.
     */
    record NodeRequest(
            String type, String name, Map<String, Object> properties, List<String> blocks, List<String> mitigates) {}

    /** A change: a name, properties to set (null removes one), and the version it was made against. */
    record NodePatch(String name, Map<String, Object> properties, Long version) {}

    record RelationshipRequest(String type, String from, String to, Map<String, Object> properties) {}

    private final MapService map;
    private final MapHistoryService history;

    MapController(MapService map, MapHistoryService history) {
        this.map = map;
        this.history = history;
    }

    @GetMapping("/graph")
    @Operation(
            summary = "The whole map: nodes (with the catalogue programmes it uses) and relationships;"
                    + " with at=<ISO-8601 instant> the map as it was then, rebuilt from the change history")
    GraphJson graph(@PathVariable String areaId, @RequestParam(required = false) Instant at) {
        var graph = at == null ? map.graph(areaId) : history.graphAt(areaId, at);
        return new GraphJson(
                graph.nodes().stream().map(NodeJson::of).toList(),
                graph.relationships().stream().map(RelationshipJson::of).toList());
    }

    @PostMapping("/nodes")
    @Operation(
            summary = "Create a node of any area-scoped type; a Barrier with what it blocks, an Enabler with the"
                    + " barriers it mitigates (ids), in one transaction")
    ResponseEntity<NodeJson> createNode(@PathVariable String areaId, @RequestBody NodeRequest request) {
        var draft = new NodeDraft(NodeType.parse(request.type()), request.name(), request.properties());
        boolean blocks = request.blocks() != null && !request.blocks().isEmpty();
        boolean mitigates = request.mitigates() != null && !request.mitigates().isEmpty();
        if (blocks && mitigates) {
            throw new ValidationException("mitigates", "give either blocks (a Barrier) or mitigates (an Enabler)");
        }
        var node = blocks
                ? map.createNode(areaId, draft, RelationshipType.BLOCKS, request.blocks())
                : mitigates
                        ? map.createNode(areaId, draft, RelationshipType.MITIGATES, request.mitigates())
                        : map.createNode(areaId, draft);
        return ResponseEntity.created(URI.create("/api/areas/" + areaId + "/nodes/" + node.id()))
                .body(NodeJson.of(node));
    }

    @PatchMapping("/nodes/{id}")
    @Operation(summary = "Change a node's name or properties; a stale version (body or If-Match) gets 409")
    NodeJson updateNode(
            @PathVariable String areaId,
            @PathVariable String id,
            @RequestBody NodePatch patch,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        Long version = patch.version() != null ? patch.version() : version(ifMatch);
        return NodeJson.of(map.updateNode(areaId, id, new NodeChange(patch.name(), patch.properties(), version)));
    }

    @DeleteMapping("/nodes/{id}")
    @Operation(summary = "Delete a node and its relationships; a stale version gets 409")
    ResponseEntity<Void> deleteNode(
            @PathVariable String areaId,
            @PathVariable String id,
            @RequestParam(required = false) Long version,
            @RequestHeader(name = "If-Match", required = false) String ifMatch) {
        map.deleteNode(areaId, id, version != null ? version : version(ifMatch));
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/relationships")
    @Operation(summary = "Create a relationship; its endpoints must fit its type")
    ResponseEntity<RelationshipJson> createRelationship(
            @PathVariable String areaId, @RequestBody RelationshipRequest request) {
        var relationship = map.createRelationship(
                areaId,
                new RelationshipDraft(
                        RelationshipType.parse(request.type()), request.from(), request.to(), request.properties()));
        return ResponseEntity.created(URI.create("/api/areas/" + areaId + "/relationships/" + relationship.id()))
                .body(RelationshipJson.of(relationship));
    }

    @DeleteMapping("/relationships/{id}")
    @Operation(summary = "Delete a relationship")
    ResponseEntity<Void> deleteRelationship(@PathVariable String areaId, @PathVariable String id) {
        map.deleteRelationship(areaId, id);
        return ResponseEntity.noContent().build();
    }

    /** Reads an If-Match header: {@code 3}, {@code "3"} or {@code W/"3"}. */
    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        String value = ifMatch.strip().replaceFirst("^W/", "").replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ValidationException("If-Match", "'" + ifMatch + "' is not a version number");
        }
    }
}
