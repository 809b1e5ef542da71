package uk.evidencemap.map;

import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
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
 * Every undo, redo and restore is one transaction and is itself recorded, so nothing is lost:
 * an undo can be redone, and a restore undone.
 */
@Service
@Transactional
public class MapHistoryService implements ChangeSteps {

    /** What undo or redo would do next for the current person, for the buttons' labels. */
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

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canEdit(#areaId)")
    public Optional<Step> nextUndo(String areaId) {
        return log.lastUndoable(areaId, log.user()).map(c -> new Step(c.seq(), c.summary()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize("@access.canEdit(#areaId)")
    public Optional<Step> nextRedo(String areaId) {
        return log.lastRedoable(areaId, log.user())
                .flatMap(u -> log.find(areaId, u.undoes()))
                .map(c -> new Step(c.seq(), c.summary()));
    }

    /** Takes back the current person's newest change in the area that is not undone yet. */
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

    /** Makes again the change the current person's newest undo took back, if they changed nothing since. */
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

    @Override
    @PreAuthorize("@access.canEdit(#areaId)")
    public void restoreDeleted(String areaId, long deletionSeq) {
        restore(areaId, deletionSeq);
    }

    /** Brings back a deleted node, under its old id, with every relationship whose other end still exists. */
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

    /** The map as it was at {@code at}, rebuilt from the change log; shared programmes as they are now. */
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
