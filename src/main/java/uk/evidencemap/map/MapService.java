package uk.evidencemap.map;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;

/**
 * Building an area's map: its nodes and relationships. Every method is one transaction;
 * input is checked against the model before anything is written, so a refused change
 * leaves nothing behind.
 */
@Service
@Transactional
public class MapService {

    private final MapRepository repository;
    private final AreaService areas;
    private final ApplicationEventPublisher events;

    MapService(MapRepository repository, AreaService areas, ApplicationEventPublisher events) {
        this.repository = repository;
        this.areas = areas;
        this.events = events;
    }

    private <T> T changed(String areaId, T result) {
        events.publishEvent(new AreaChanged(areaId));
        return result;
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#areaId)")
    public AreaGraph graph(String areaId) {
        areas.require(areaId);
        return repository.graph(areaId);
    }

    /** The nodes of one type in an area's map (for programmes: those the map uses), by name. */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#areaId)")
    public List<MapNode> nodes(String areaId, NodeType type) {
        return graph(areaId).nodes().stream().filter(n -> n.type() == type).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#areaId)")
    public Optional<MapNode> node(String areaId, String nodeId) {
        areas.require(areaId);
        return repository.find(nodeId).filter(n -> areaId.equals(n.areaId()));
    }

    @PreAuthorize("@access.canEdit(#areaId)")
    public MapNode createNode(String areaId, NodeDraft draft) {
        areas.require(areaId);
        if (draft.type() == null) {
            throw new ValidationException("type", "is required: one of " + NodeType.labels());
        }
        if (!draft.type().areaScoped()) {
            throw new ValidationException("type", "a Programme is a shared catalogue entry, not part of one area:"
                    + " add it to the catalogue, then link it with IMPLEMENTS or TARGETS");
        }
        NodeRules.Checked checked = NodeRules.checkNew(draft.type(), draft.name(), draft.properties());
        return changed(areaId, repository.create(UUID.randomUUID().toString(), draft.type(), areaId, checked.name(),
                checked.properties()));
    }

    @PreAuthorize("@access.canEdit(#areaId)")
    public MapNode updateNode(String areaId, String nodeId, NodeChange change) {
        areas.require(areaId);
        MapNode current = repository.lock(nodeId).filter(n -> areaId.equals(n.areaId()))
                .orElseThrow(() -> nodeNotFound(areaId, nodeId));
        checkVersion(current, change.expectedVersion());
        NodeRules.Checked checked = NodeRules.checkChange(current, change);
        if (checked.name().equals(current.name()) && checked.properties().equals(current.properties())) {
            return current;
        }
        return changed(areaId, repository.replace(current, checked.name(), checked.properties()));
    }

    /** Deletes a node with its relationships; a given version must still be current. */
    @PreAuthorize("@access.canEdit(#areaId)")
    public void deleteNode(String areaId, String nodeId, Long expectedVersion) {
        areas.require(areaId);
        MapNode current = repository.lock(nodeId).filter(n -> areaId.equals(n.areaId()))
                .orElseThrow(() -> nodeNotFound(areaId, nodeId));
        checkVersion(current, expectedVersion);
        repository.delete(nodeId);
        changed(areaId, null);
    }

    @PreAuthorize("@access.canEdit(#areaId)")
    public MapRelationship createRelationship(String areaId, RelationshipDraft draft) {
        areas.require(areaId);
        if (draft.type() == null) {
            throw new ValidationException("type", "is required: one of " + RelationshipType.names());
        }
        RelationshipType type = draft.type();
        MapNode from = endpoint(areaId, draft.from(), "from");
        MapNode to = endpoint(areaId, draft.to(), "to");
        if (!type.fits(from.type(), to.type())) {
            throw new ValidationException("type", type.rule() + ", not from " + from.type().withArticle()
                    + " to " + to.type().withArticle());
        }
        if (from.areaId() == null && to.areaId() == null) {
            throw new ValidationException("from", "a relationship must touch at least one node of the area");
        }
        if (from.id().equals(to.id())) {
            throw new ValidationException("to", "a node cannot be related to itself");
        }
        if (repository.relationshipExists(type, from.id(), to.id())) {
            throw new ValidationException("type", "'" + from.name() + "' " + type.verb() + " '" + to.name()
                    + "' already");
        }
        var properties = NodeRules.checkRelationshipProperties(draft.properties());
        return changed(areaId, repository.createRelationship(UUID.randomUUID().toString(), type, areaId, from.id(),
                to.id(), properties));
    }

    /** Where people placed the area's nodes on the canvas, by node id. */
    @PreAuthorize("@access.canRead(#areaId)")
    public java.util.Map<String, NodePosition> positions(String areaId) {
        areas.require(areaId);
        java.util.Map<String, NodePosition> positions = new java.util.HashMap<>();
        repository.positions(areaId).forEach((id, xy) -> positions.put(id, new NodePosition(xy[0], xy[1])));
        return positions;
    }

    /**
     * Keeps the place a node was dragged to. It is part of the map's drawing, not of its content:
     * no new version, and the analyses are not recomputed.
     */
    @Transactional
    @PreAuthorize("@access.canEdit(#areaId)")
    public void savePositions(String areaId, java.util.Map<String, NodePosition> positions) {
        areas.require(areaId);
        positions.forEach((id, p) -> {
            if (p == null || !Double.isFinite(p.x()) || !Double.isFinite(p.y()) || Math.abs(p.x()) > 1e7
                    || Math.abs(p.y()) > 1e7) {
                throw new ValidationException("position", "of node '" + id
                        + "' must be two finite numbers within ±10,000,000");
            }
        });
        int saved = repository.savePositions(areaId, positions);
        if (saved != positions.size()) {
            throw new NotFoundException("Of " + positions.size() + " nodes placed, only " + saved
                    + " are in area '" + areaId + "': nothing was saved");
        }
    }

    @PreAuthorize("@access.canEdit(#areaId)")
    public void deleteRelationship(String areaId, String relationshipId) {
        areas.require(areaId);
        repository.findRelationship(areaId, relationshipId).orElseThrow(() -> new NotFoundException(
                "There is no relationship '" + relationshipId + "' in area '" + areaId + "'"));
        repository.deleteRelationship(areaId, relationshipId);
        changed(areaId, null);
    }

    private MapNode endpoint(String areaId, String nodeId, String field) {
        if (nodeId == null || nodeId.isBlank()) {
            throw new ValidationException(field, "is required: the id of a node");
        }
        MapNode node = repository.find(nodeId).orElseThrow(() -> new ValidationException(field,
                "there is no node '" + nodeId + "'"));
        if (node.areaId() != null && !node.areaId().equals(areaId)) {
            throw new ValidationException(field, "'" + node.name() + "' belongs to another area");
        }
        return node;
    }

    static void checkVersion(MapNode current, Long expectedVersion) {
        if (expectedVersion != null && !Objects.equals(expectedVersion, current.version())) {
            throw new VersionConflictException("'" + current.name() + "' was changed by someone else (you had version "
                    + expectedVersion + ", it is now at version " + current.version() + ")", current);
        }
    }

    private static NotFoundException nodeNotFound(String areaId, String nodeId) {
        return new NotFoundException("There is no node '" + nodeId + "' in area '" + areaId + "'");
    }
}
