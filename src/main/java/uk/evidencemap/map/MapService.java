package uk.evidencemap.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.base.Violation;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.ChangeLog;

/**
 * Building an area's map: its nodes and relationships. Every method is one transaction;
 * input is checked against the model ({@link NodeRules}, {@link RelationshipType}) before anything
 * is written, so a refused change leaves nothing behind. Every change is recorded in the change log
 * in the same transaction and publishes {@link AreaChanged}, except where a method says otherwise.
 * Every change takes the area's lock before it reads what it checks (decision 016): changes of one
 * area are made one after the other, so no check can be overtaken by another change.
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

    /**
     * The whole map of an area, read in one query.
     *
     * @return the area's nodes with the catalogue programmes its relationships reach (by type, then
     *     by name ignoring case) and its relationships; both lists empty for an empty map
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#areaId)")
    public AreaGraph graph(String areaId) {
        areas.require(areaId);
        return repository.graph(areaId);
    }

    /**
     * The nodes of one type in an area's map; for {@link NodeType#PROGRAMME}, the catalogue
     * programmes the map's relationships reach.
     *
     * @return the nodes of the type, by name ignoring case; empty when none
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#areaId)")
    public List<MapNode> nodes(String areaId, NodeType type) {
        return graph(areaId).nodes().stream().filter(n -> n.type() == type).toList();
    }

    /**
     * One node of the area. A catalogue programme belongs to no area, so it is not found here even
     * when the map uses it: read it with {@link CatalogueService#programme}.
     *
     * @return the node; empty when there is no node with this id in the area
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#areaId)")
    public Optional<MapNode> node(String areaId, String nodeId) {
        areas.require(areaId);
        return repository.find(nodeId).filter(n -> areaId.equals(n.areaId()));
    }

    /**
     * Adds a node to the area's map, with a new random id, at version 0. Properties a new node does
     * not give take their defaults (a barrier's status OPEN).
     *
     * @return the node as stored
     * @throws NotFoundException when there is no area with this id
     * @throws ValidationException when the type is missing or is {@code Programme} (a shared
     *     catalogue entry: see {@link CatalogueService#create}), or, listing every violation, when the
     *     name is blank or longer than {@value NodeType#NAME_MAX} characters, a property is not one of
     *     the type's, a required property is missing, or a value does not fit its property (kind,
     *     length, enumeration, whole-number range such as a 1-5 severity, web address, email address,
     *     tags, or CFIR 2.0 construct code)
     * @throws AccessDeniedException when the current user may not edit the area
     */
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
        repository.lockArea(areaId);
        MapNode created = repository.create(
                UUID.randomUUID().toString(), draft.type(), areaId, checked.name(), checked.properties());
        recordCreated(created, ChangeLog.Link.NONE);
        return changed(areaId, created);
    }

    /**
     * Adds a node and, in the same transaction, relationships of one type from it to nodes already
     * on the map: a new barrier with what it BLOCKS, a new enabler with the barriers it MITIGATES.
     * Everything is checked before anything is written, so a refusal writes nothing. The creation is
     * recorded as one change whose state carries the relationships (as a deletion's does), so one undo
     * takes the node back with them, one redo brings both back, and open maps and the analyses apply
     * it as one change.
     *
     * @param type    the type of the relationships, which must start at the new node's type
     * @param targets ids of nodes of the area the new node is related to (repeats are taken once;
     *                empty: just the node, as {@link #createNode(String, NodeDraft)})
     * @return the node as stored
     * @throws NotFoundException when there is no area with this id
     * @throws ValidationException listing every violation: those of {@link #createNode(String,
     *     NodeDraft)}, and under the field named by the type in lower case ("blocks", "mitigates") a
     *     type that does not start at the node's type, a target that is missing, names no node, names a
     *     node of another area or a catalogue programme, or whose type the relationship does not reach
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    public MapNode createNode(String areaId, NodeDraft draft, RelationshipType type, List<String> targets) {
        if (type == null || targets == null || targets.isEmpty()) {
            return createNode(areaId, draft);
        }
        areas.require(areaId);
        String field = type.name().toLowerCase(java.util.Locale.ROOT);
        List<Violation> violations = new ArrayList<>();
        NodeRules.Checked checked = null;
        if (draft.type() == null) {
            violations.add(new Violation("type", "is required: one of " + NodeType.labels()));
        } else if (!draft.type().areaScoped()) {
            violations.add(new Violation("type", "a Programme cannot be added here: add it to the catalogue"));
        } else {
            try {
                checked = NodeRules.checkNew(draft.type(), draft.name(), draft.properties());
            } catch (ValidationException e) {
                violations.addAll(e.violations());
            }
            if (type.to().stream().noneMatch(t -> type.fits(draft.type(), t))) {
                violations.add(new Violation(
                        field, type.rule() + ", not from " + draft.type().withArticle()));
            }
        }
        repository.lockArea(areaId);
        List<MapNode> ends = new ArrayList<>();
        for (String target : new java.util.LinkedHashSet<>(targets)) {
            MapNode node = target == null || target.isBlank()
                    ? null
                    : repository.find(target).orElse(null);
            if (node == null) {
                violations.add(new Violation(field, "there is no node '" + target + "'"));
            } else if (!areaId.equals(node.areaId())) {
                violations.add(new Violation(field, "'" + node.name() + "' is not a node of this area"));
            } else if (draft.type() != null
                    && type.from().contains(draft.type())
                    && !type.fits(draft.type(), node.type())) {
                violations.add(new Violation(
                        field,
                        type.rule() + ", not from " + draft.type().withArticle() + " to "
                                + node.type().withArticle() + " ('" + node.name() + "')"));
            } else {
                ends.add(node);
            }
        }
        if (!violations.isEmpty()) {
            throw new ValidationException(violations);
        }
        MapNode created = repository.create(
                UUID.randomUUID().toString(), draft.type(), areaId, checked.name(), checked.properties());
        List<MapRelationship> relationships = new ArrayList<>();
        for (MapNode end : ends) {
            relationships.add(repository.createRelationship(
                    UUID.randomUUID().toString(), type, areaId, created.id(), end.id(), Map.of()));
        }
        Map<String, String> names = new java.util.HashMap<>();
        names.put(created.id(), created.name());
        ends.forEach(n -> names.put(n.id(), n.name()));
        log.record(
                areaId,
                ChangeAction.NODE_CREATED,
                created.id(),
                created.type().label(),
                created.name(),
                null,
                ChangeStates.deletedNode(created, relationships, names),
                ChangeLog.Link.NONE);
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

    /**
     * Changes a node's name and properties (see {@link NodeChange}: a null name keeps the name, a
     * null or blank value removes a property). When {@code change} names an older version and
     * carries the values the editor started from ({@code base}), a change saved by someone else in
     * between is merged field by field; without {@code base}, an older version is refused.
     *
     * @return the node as stored after the change, one version on; the node unchanged, at the same
     *     version and with nothing recorded, when the change changes nothing
     * @throws NotFoundException when there is no area with this id, or no node with this id in the
     *     area (catalogue programmes included: change them with {@link CatalogueService#update})
     * @throws VersionConflictException when {@code expectedVersion} is given without {@code base}
     *     and is not the node's current version; it carries the current node
     * @throws EditConflictException when {@code base} is given and someone else has since changed a
     *     field this change sets to a different value; it names the fields, the values and who
     * @throws ValidationException listing every violation of the type's rules, as for
     *     {@link #createNode}
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    public MapNode updateNode(String areaId, String nodeId, NodeChange change) {
        areas.require(areaId);
        repository.lockArea(areaId);
        MapNode current = repository
                .lock(nodeId)
                .filter(n -> areaId.equals(n.areaId()))
                .orElseThrow(() -> nodeNotFound(areaId, nodeId));
        if (change.base() != null
                && change.expectedVersion() != null
                && change.expectedVersion() != current.version()) {
            change = FieldMerge.merge(
                    current,
                    change,
                    () -> log.lastOf(current.id()).map(Change::user).orElse("someone else"));
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
    MapNode write(MapNode current, String name, Map<String, Object> properties, ChangeLog.Link link) {
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
     * Deletes a node with all its relationships. The deletion is recorded with the node's state and
     * its relationships, so that it can be restored ({@link MapHistoryService#restore}).
     *
     * @param expectedVersion the version the caller saw, or null to delete whatever the version
     * @throws NotFoundException when there is no area with this id, or no node with this id in the
     *     area (catalogue programmes included)
     * @throws VersionConflictException when {@code expectedVersion} is given and is not the node's
     *     current version; it carries the current node
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    public void deleteNode(String areaId, String nodeId, Long expectedVersion) {
        areas.require(areaId);
        repository.lockArea(areaId);
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
        Map<String, String> names = repository.names(relationships.stream()
                .flatMap(r -> Stream.of(r.from(), r.to()))
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

    /**
     * Relates two nodes: both of the area, or one of the area and a catalogue programme.
     *
     * @return the relationship as stored, with a new random id
     * @throws NotFoundException when there is no area with this id
     * @throws ValidationException when the type is missing; when {@code from} or {@code to} is
     *     missing, names no node or names a node of another area (an unknown node is a validation
     *     error here, not a 404); when the type does not join these node types; when both ends are
     *     catalogue programmes; when the two ends are the same node; when the same relationship exists
     *     already (either way round for an undirected type), also when another request made it a moment
     *     earlier: the check and the write hold the area's lock (decision 016), so of several requests
     *     for one relationship at the same moment exactly one stores it; or when a property other than
     *     {@code note} is given or the note is invalid
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    public MapRelationship createRelationship(String areaId, RelationshipDraft draft) {
        areas.require(areaId);
        if (draft.type() == null) {
            throw new ValidationException("type", "is required: one of " + RelationshipType.names());
        }
        repository.lockArea(areaId);
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
        if (repository.relationshipBetween(type, from.id(), to.id()).isPresent()) {
            throw alreadyRelated("type", type, from.name(), to.name());
        }
        var properties = NodeRules.checkRelationshipProperties(type, draft.properties());
        MapRelationship created = repository.createRelationship(
                UUID.randomUUID().toString(), type, areaId, from.id(), to.id(), properties);
        recordRelationship(ChangeAction.RELATIONSHIP_CREATED, created, ChangeLog.Link.NONE);
        return changed(areaId, created);
    }

    /** The refusal of a relationship that exists already, in the words of {@link #createRelationship}. */
    static ValidationException alreadyRelated(String field, RelationshipType type, String from, String to) {
        return new ValidationException(field, "'" + from + "' " + type.verb() + " '" + to + "' already");
    }

    void recordRelationship(ChangeAction action, MapRelationship relationship, ChangeLog.Link link) {
        var names = repository.names(List.of(relationship.from(), relationship.to()));
        var state = ChangeStates.relationship(relationship, names);
        log.record(
                relationship.areaId(),
                action,
                relationship.id(),
                Change.RELATIONSHIP,
                names.get(relationship.from()) + " " + relationship.type().verb() + " " + names.get(relationship.to()),
                action == ChangeAction.RELATIONSHIP_CREATED ? null : state,
                action == ChangeAction.RELATIONSHIP_CREATED ? state : null,
                link);
    }

    /**
     * Deletes one relationship of the area (there is no version to check: a relationship is never
     * changed, only made and deleted). Of two requests to delete it at the same moment, one deletes
     * it and the other finds it gone.
     *
     * @throws NotFoundException when there is no area with this id, or no relationship with this id
     *     touching a node of the area
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    public void deleteRelationship(String areaId, String relationshipId) {
        areas.require(areaId);
        repository.lockArea(areaId);
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
