package uk.evidencemap.map;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.ChangeLog;
import uk.evidencemap.changelog.ChangeSteps;

/**
 * Going back in a map's history: undo and redo of one's own changes, restoring a deleted node
 * with its relationships, and the map as it was at any moment (by replaying the change log).
 * Every undo, redo and restore is one transaction and is itself recorded, linked to the change it
 * acts on, so nothing is lost: an undo can be redone. A restore is not itself undoable (delete the
 * node again instead), and, like any new change, it ends the run of undos that redo can make again.
 */
@Service
@Transactional
public class MapHistoryService implements ChangeSteps {

    /**
     * What undo or redo would do next for the current person, for the buttons' labels.
     *
     * @param seq     the number of the change that would be taken back or made again
     * @param summary that change's plain-English line ({@link Change#summary()})
     */
    public record Step(long seq, String summary) {}

    private final MapRepository repository;
    private final MapService map;
    private final ChangeLog log;
    private final AreaService areas;

    MapHistoryService(MapRepository repository, MapService map, ChangeLog log, AreaService areas) {
        this.repository = repository;
        this.map = map;
        this.log = log;
        this.areas = areas;
    }

    /**
     * What {@link #undo} would take back next: the current person's newest change in the area that
     * is not a comment, an undo or a restore, and is not undone yet. The area is not looked up.
     *
     * @return that change as a step; empty when there is nothing to undo, or no such area
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canEdit(#areaId)")
    public Optional<Step> nextUndo(String areaId) {
        return log.lastUndoable(areaId, log.user()).map(c -> new Step(c.seq(), c.summary()));
    }

    /**
     * What {@link #redo} would make again next: the change taken back by the current person's newest
     * undo that is not redone, as long as they have made no new change of their own since. The area
     * is not looked up.
     *
     * @return the change that would be made again, as a step; empty when there is nothing to redo,
     *     or no such area
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canEdit(#areaId)")
    public Optional<Step> nextRedo(String areaId) {
        return log.lastRedoable(areaId, log.user())
                .flatMap(u -> log.find(areaId, u.undoes()))
                .map(c -> new Step(c.seq(), c.summary()));
    }

    /**
     * Takes back the current person's newest change in the area that is not undone yet (the one
     * {@link #nextUndo} names), and marks it undone. A field change is taken back only where no
     * one has changed that field since; taking back a node's creation deletes the node, with the
     * relationships it has now, whatever others have done to it since.
     *
     * @return the change recorded for the undo: the newest record of the change's subject (for an
     *     undone deletion, the node's re-creation)
     * @throws NotFoundException when there is no area with this id, or when the node or relationship
     *     the change concerns is no longer on the map
     * @throws ValidationException when the current person has no change in the area to undo; when
     *     taking back a node's deletion finds the node on the map already; or when taking back a
     *     relationship's deletion finds it there already or one of its ends deleted since
     * @throws VersionConflictException when taking back a change of a node's fields and someone has
     *     changed one of those fields since; it names who and carries the current node
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Override
    @PreAuthorize("@access.canEdit(#areaId)")
    public Change undo(String areaId) {
        areas.require(areaId);
        Change change = log.lastUndoable(areaId, log.user())
                .orElseThrow(() -> new ValidationException("undo", "there is no change of yours in this area to undo"));
        Change done = apply(areaId, change, change.after(), change.before(), ChangeLog.Link.undoing(change.seq()));
        log.markUndone(change.seq(), true);
        return done;
    }

    /**
     * Makes again the change the current person's newest undo took back (the one {@link #nextRedo}
     * names), if they have made no new change of their own since, and marks that undo redone. The
     * same checks as {@link #undo} protect later changes by others.
     *
     * @return the change recorded for the redo: the newest record of the change's subject
     * @throws NotFoundException when there is no area with this id, or when the node or relationship
     *     the change concerns is no longer on the map
     * @throws ValidationException when there is nothing to redo (no undo of the current person's
     *     since their last change); when making a node's creation again finds the node on the map
     *     already; or when making a relationship's creation again finds it there already or one of
     *     its ends deleted since
     * @throws VersionConflictException when making a change of a node's fields again and someone has
     *     changed one of those fields since; it names who and carries the current node
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Override
    @PreAuthorize("@access.canEdit(#areaId)")
    public Change redo(String areaId) {
        areas.require(areaId);
        Change undo = log.lastRedoable(areaId, log.user())
                .orElseThrow(() -> new ValidationException(
                        "redo", "there is nothing to redo: you have not undone anything since your last change"));
        Change change = log.find(areaId, undo.undoes()).orElseThrow();
        Change done = apply(areaId, change, change.before(), change.after(), ChangeLog.Link.redoing(change.seq()));
        log.markRedone(undo.seq());
        return done;
    }

    /**
     * As {@link #restore}, for pages that do not need the node back.
     *
     * @throws NotFoundException when there is no area with this id, or when change {@code
     *     deletionSeq} of the area is not the deletion of a node
     * @throws ValidationException when the node is on the map already (restored before, or its
     *     deletion undone)
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Override
    @PreAuthorize("@access.canEdit(#areaId)")
    public void restoreDeleted(String areaId, long deletionSeq) {
        restore(areaId, deletionSeq);
    }

    /**
     * Brings back a node deleted by change {@code deletionSeq}, under its old id, with the name,
     * properties and version it had then, and every relationship it had whose other end still
     * exists. Each is recorded as a change linked to the deletion ({@link Change#restores()}).
     *
     * @return the node as restored
     * @throws NotFoundException when there is no area with this id, or when change {@code
     *     deletionSeq} of the area is not the deletion of a node
     * @throws ValidationException when the node is on the map already (restored before, or its
     *     deletion undone)
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    public MapNode restore(String areaId, long deletionSeq) {
        areas.require(areaId);
        Change deletion = log.find(areaId, deletionSeq)
                .filter(c -> c.action() == ChangeAction.NODE_DELETED)
                .orElseThrow(() -> new NotFoundException(
                        "Change " + deletionSeq + " of area '" + areaId + "' is not the deletion of a node"));
        apply(areaId, deletion, null, deletion.before(), ChangeLog.Link.restoring(deletionSeq));
        return repository.find(deletion.subjectId()).orElseThrow();
    }

    /**
     * The map as it was at {@code at}, rebuilt by replaying the area's map changes (not its
     * comments) made up to and including that moment. A map older than the change log (made by an
     * earlier version, or written directly) replays only from its first logged change.
     *
     * @return the area's nodes and relationships at that moment, with the catalogue programmes its
     *     relationships reached then, as those programmes are now; both lists empty before the first
     *     change
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @Transactional(readOnly = true)
    @PreAuthorize("@access.canRead(#areaId)")
    public AreaGraph graphAt(String areaId, Instant at) {
        areas.require(areaId);
        return replay(areaId, log.mapChangesUntil(areaId, at), repository.programmes());
    }

    /** Applies changes in order to an empty map. */
    static AreaGraph replay(String areaId, List<Change> changes, List<MapNode> programmes) {
        MapReplay replay = new MapReplay(areaId);
        changes.forEach(replay::apply);
        return replay.graph(programmes);
    }

    /**
     * Moves a subject from state {@code from} to state {@code to} (either may be null: created or
     * deleted), refusing where someone has changed it since in a way that would be overwritten.
     */
    private Change apply(
            String areaId, Change change, Map<String, Object> from, Map<String, Object> to, ChangeLog.Link link) {
        if (change.isRelationship()) {
            applyRelationship(areaId, change, to, link);
        } else if (to == null) {
            MapNode current = repository.lock(change.subjectId()).orElseThrow(() -> gone(change));
            map.delete(current, link);
        } else if (from == null) {
            restoreNode(areaId, change, to, link);
        } else {
            MapNode current = repository.lock(change.subjectId()).orElseThrow(() -> gone(change));
            revertFields(current, change, from, to, link);
        }
        map.publishChanged(areaId);
        return log.lastOf(change.subjectId()).orElseThrow();
    }

    private void applyRelationship(String areaId, Change change, Map<String, Object> to, ChangeLog.Link link) {
        if (to == null) {
            MapRelationship existing =
                    repository.findRelationship(areaId, change.subjectId()).orElseThrow(() -> gone(change));
            repository.deleteRelationship(areaId, existing.id());
            map.recordRelationship(ChangeAction.RELATIONSHIP_DELETED, existing, link);
            return;
        }
        MapRelationship wanted = ChangeStates.toRelationship(to);
        if (repository.relationshipIdExists(wanted.id())) {
            throw new ValidationException("relationship", "'" + change.subjectName() + "' is there already");
        }
        for (String end : List.of(wanted.from(), wanted.to())) {
            if (repository.find(end).isEmpty()) {
                throw new ValidationException(
                        "relationship",
                        "cannot bring back '" + change.subjectName() + "': one of its ends has been deleted since");
            }
        }
        map.recordRelationship(
                ChangeAction.RELATIONSHIP_CREATED,
                repository.createRelationship(
                        wanted.id(), wanted.type(), wanted.areaId(), wanted.from(), wanted.to(), wanted.properties()),
                link);
    }

    private void restoreNode(String areaId, Change change, Map<String, Object> to, ChangeLog.Link link) {
        if (repository.find(change.subjectId()).isPresent()) {
            throw new ValidationException("node", "'" + change.subjectName() + "' is on the map already");
        }
        MapNode restored = repository.restore(ChangeStates.toNode(change.subjectId(), areaId, to));
        map.recordCreated(restored, link);
        for (Map<String, Object> state : ChangeStates.relationships(to)) {
            MapRelationship r = ChangeStates.toRelationship(state);
            boolean endsExist = repository.find(r.from()).isPresent()
                    && repository.find(r.to()).isPresent();
            if (endsExist && !repository.relationshipIdExists(r.id())) {
                map.recordRelationship(
                        ChangeAction.RELATIONSHIP_CREATED,
                        repository.createRelationship(r.id(), r.type(), r.areaId(), r.from(), r.to(), r.properties()),
                        link);
            }
        }
    }

    private void revertFields(
            MapNode current, Change change, Map<String, Object> from, Map<String, Object> to, ChangeLog.Link link) {
        Map<String, Object> fromValues = ChangeStates.properties(from.get("properties"));
        Map<String, Object> toValues = ChangeStates.properties(to.get("properties"));
        fromValues.put("name", from.get("name"));
        toValues.put("name", to.get("name"));
        Set<String> fields = new LinkedHashSet<>(fromValues.keySet());
        fields.addAll(toValues.keySet());
        Map<String, Object> properties = new HashMap<>(current.properties());
        String name = current.name();
        for (String field : fields) {
            Object was = MapNode.comparable(fromValues.get(field));
            Object wanted = MapNode.comparable(toValues.get(field));
            if (Objects.equals(was, wanted)) {
                continue;
            }
            Object now = MapNode.comparable("name".equals(field) ? current.name() : current.property(field));
            if (!Objects.equals(now, was)) {
                String by = log.lastOf(current.id()).map(Change::user).orElse("someone");
                throw new VersionConflictException(
                        "'" + current.name() + "' has been changed since (" + label(current, field) + " is now "
                                + (now == null ? "empty" : "'" + now + "'") + ", by " + by
                                + "): going back would overwrite that, so nothing was changed",
                        current);
            }
            if ("name".equals(field)) {
                name = (String) toValues.get("name");
            } else if (toValues.get(field) == null) {
                properties.remove(field);
            } else {
                properties.put(field, toValues.get(field));
            }
        }
        map.write(current, name, properties, link);
    }

    private static String label(MapNode node, String field) {
        return "name".equals(field)
                ? "the name"
                : node.type().property(field).map(PropertySpec::label).orElse(field);
    }

    private static NotFoundException gone(Change change) {
        return new NotFoundException(
                "'" + change.subjectName() + "' is no longer on the map, so that change cannot" + " be taken back");
    }
}
