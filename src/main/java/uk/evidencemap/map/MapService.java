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
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.ChangeLog;

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
    private final ChangeLog log;

    MapService(MapRepository repository, AreaService areas, ApplicationEventPublisher events, ChangeLog log) {
        this.repository = repository;
        this.areas = areas;
        this.events = events;
        this.log = log;
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
            throw new ValidationException(
                    "type",
                    "a Programme is a shared catalogue entry, not part of one area:"
                            + " add it to the catalogue, then link it with IMPLEMENTS or TARGETS");
        }
        NodeRules.Checked checked = NodeRules.checkNew(draft.type(), draft.name(), draft.properties());
        MapNode created = repository.create(
                UUID.randomUUID().toString(), draft.type(), areaId, checked.name(), checked.properties());
        recordCreated(created, ChangeLog.Link.NONE);
        return changed(areaId, created);
    }

    void recordCreated(MapNode created, ChangeLog.Link link) {
        log.record(
                created.areaId(),
                ChangeAction.NODE_CREATED,
                created.id(),
                created.type().label(),
                created.name(),
                null,
                ChangeStates.node(created),
                link);
    }

    void publishChanged(String areaId) {
        events.publishEvent(new AreaChanged(areaId));
    }

    @PreAuthorize("@access.canEdit(#areaId)")
    public MapNode updateNode(String areaId, String nodeId, NodeChange change) {
        areas.require(areaId);
        MapNode current = repository
                .lock(nodeId)
                .filter(n -> areaId.equals(n.areaId()))
                .orElseThrow(() -> nodeNotFound(areaId, nodeId));
        if (change.base() != null
                && change.expectedVersion() != null
                && change.expectedVersion() != current.version()) {
            change = merged(current, change);
        } else {
            checkVersion(current, change.expectedVersion());
        }
        NodeRules.Checked checked = NodeRules.checkChange(current, change);
        if (checked.name().equals(current.name()) && checked.properties().equals(current.properties())) {
            return current;
        }
        return changed(areaId, write(current, checked.name(), checked.properties(), ChangeLog.Link.NONE));
    }

    /** Replaces a node's name and properties with a new version, and records the change. */
    MapNode write(MapNode current, String name, java.util.Map<String, Object> properties, ChangeLog.Link link) {
        MapNode updated = repository.replace(current, name, properties);
        log.record(
                updated.areaId(),
                ChangeAction.NODE_UPDATED,
                updated.id(),
                updated.type().label(),
                updated.name(),
                ChangeStates.node(current),
                ChangeStates.node(updated),
                link);
        return updated;
    }

    /**
     * Someone else saved the node after this editor opened it. Fields only one side changed are
     * merged; a field both changed to different values is a conflict the person has to decide.
     */
    private NodeChange merged(MapNode current, NodeChange change) {
        java.util.Map<String, Object> mine = new java.util.HashMap<>();
        List<EditConflictException.FieldConflict> conflicts = new java.util.ArrayList<>();
        java.util.Map<String, Object> wanted = new java.util.LinkedHashMap<>();
        if (change.name() != null) {
            wanted.put("name", change.name().strip());
        }
        change.properties().forEach(wanted::put);
        wanted.forEach((field, value) -> {
            Object yours = MapNode.comparable(value);
            Object base = MapNode.comparable(change.base().get(field));
            Object theirs = MapNode.comparable("name".equals(field) ? current.name() : current.property(field));
            if (java.util.Objects.equals(yours, base) || java.util.Objects.equals(yours, theirs)) {
                return;
            }
            if (java.util.Objects.equals(theirs, base)) {
                mine.put(field, value);
            } else {
                conflicts.add(new EditConflictException.FieldConflict(field, base, theirs, yours));
            }
        });
        if (!conflicts.isEmpty()) {
            String by = log.lastOf(current.id())
                    .map(uk.evidencemap.changelog.Change::user)
                    .orElse("someone else");
            throw new EditConflictException(current, by, conflicts);
        }
        String name = (String) mine.remove("name");
        return new NodeChange(name, mine, current.version());
    }

    /** Deletes a node with its relationships; a given version must still be current. */
    @PreAuthorize("@access.canEdit(#areaId)")
    public void deleteNode(String areaId, String nodeId, Long expectedVersion) {
        areas.require(areaId);
        MapNode current = repository
                .lock(nodeId)
                .filter(n -> areaId.equals(n.areaId()))
                .orElseThrow(() -> nodeNotFound(areaId, nodeId));
        checkVersion(current, expectedVersion);
        delete(current, ChangeLog.Link.NONE);
        changed(areaId, null);
    }

    /** Deletes a node with its relationships and records them all, so that it can be restored. */
    void delete(MapNode current, ChangeLog.Link link) {
        List<MapRelationship> relationships = repository.relationshipsOf(current.id());
        java.util.Map<String, String> names = repository.names(relationships.stream()
                .flatMap(r -> java.util.stream.Stream.of(r.from(), r.to()))
                .distinct()
                .toList());
        repository.delete(current.id());
        log.record(
                current.areaId(),
                ChangeAction.NODE_DELETED,
                current.id(),
                current.type().label(),
                current.name(),
                ChangeStates.deletedNode(current, relationships, names),
                null,
                link);
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
            throw new ValidationException(
                    "type",
                    type.rule() + ", not from " + from.type().withArticle() + " to "
                            + to.type().withArticle());
        }
        if (from.areaId() == null && to.areaId() == null) {
            throw new ValidationException("from", "a relationship must touch at least one node of the area");
        }
        if (from.id().equals(to.id())) {
            throw new ValidationException("to", "a node cannot be related to itself");
        }
        if (repository.relationshipExists(type, from.id(), to.id())) {
            throw new ValidationException(
                    "type", "'" + from.name() + "' " + type.verb() + " '" + to.name() + "' already");
        }
        var properties = NodeRules.checkRelationshipProperties(draft.properties());
        MapRelationship created = repository.createRelationship(
                UUID.randomUUID().toString(), type, areaId, from.id(), to.id(), properties);
        recordRelationship(ChangeAction.RELATIONSHIP_CREATED, created, ChangeLog.Link.NONE);
        return changed(areaId, created);
    }

    void recordRelationship(ChangeAction action, MapRelationship relationship, ChangeLog.Link link) {
        var names = repository.names(List.of(relationship.from(), relationship.to()));
        var state = ChangeStates.relationship(relationship, names);
        log.record(
                relationship.areaId(),
                action,
                relationship.id(),
                uk.evidencemap.changelog.Change.RELATIONSHIP,
                names.get(relationship.from()) + " " + relationship.type().verb() + " " + names.get(relationship.to()),
                action == ChangeAction.RELATIONSHIP_CREATED ? null : state,
                action == ChangeAction.RELATIONSHIP_CREATED ? state : null,
                link);
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
            if (p == null
                    || !Double.isFinite(p.x())
                    || !Double.isFinite(p.y())
                    || Math.abs(p.x()) > 1e7
                    || Math.abs(p.y()) > 1e7) {
                throw new ValidationException(
                        "position", "of node '" + id + "' must be two finite numbers within ±10,000,000");
            }
        });
        int saved = repository.savePositions(areaId, positions);
        if (saved != positions.size()) {
            throw new NotFoundException("Of " + positions.size() + " nodes placed, only " + saved + " are in area '"
                    + areaId + "': nothing was saved");
        }
    }

    @PreAuthorize("@access.canEdit(#areaId)")
    public void deleteRelationship(String areaId, String relationshipId) {
        areas.require(areaId);
        MapRelationship existing = repository
                .findRelationship(areaId, relationshipId)
                .orElseThrow(() -> new NotFoundException(
                        "There is no relationship '" + relationshipId + "' in area '" + areaId + "'"));
        repository.deleteRelationship(areaId, relationshipId);
        recordRelationship(ChangeAction.RELATIONSHIP_DELETED, existing, ChangeLog.Link.NONE);
        changed(areaId, null);
    }

    private MapNode endpoint(String areaId, String nodeId, String field) {
        if (nodeId == null || nodeId.isBlank()) {
            throw new ValidationException(field, "is required: the id of a node");
        }
        MapNode node = repository
                .find(nodeId)
                .orElseThrow(() -> new ValidationException(field, "there is no node '" + nodeId + "'"));
        if (node.areaId() != null && !node.areaId().equals(areaId)) {
            throw new ValidationException(field, "'" + node.name() + "' belongs to another area");
        }
        return node;
    }

    static void checkVersion(MapNode current, Long expectedVersion) {
        if (expectedVersion != null && !Objects.equals(expectedVersion, current.version())) {
            throw new VersionConflictException(
                    "'" + current.name() + "' was changed by someone else (you had version " + expectedVersion
                            + ", it is now at version " + current.version() + ")",
                    current);
        }
    }

    private static NotFoundException nodeNotFound(String areaId, String nodeId) {
        return new NotFoundException("There is no node '" + nodeId + "' in area '" + areaId + "'");
    }
}
