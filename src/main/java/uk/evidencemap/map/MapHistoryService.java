package uk.evidencemap.map;

import java.time.Instant;
import java.util.ArrayList;
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
     * {@link #nextUndo} names), and marks it undone. One's own later changes are no obstacle: undo
     * steps back through them in order. Someone else's are: an undo that would discard what another
     * person did to the change's subject since (their changes of it, and for a node the relationships
     * they made or removed to or from it, unless they undid those themselves) or re-create what they
     * made again is refused, naming them. A field change is taken back where no one else has changed
     * that field since. Undo, redo and restore of an area take its lock first (decision 016): two
     * steps at the same moment are made one after the other.
     *
     * @return the change recorded for the undo: the newest record of the change's subject (for an
     *     undone deletion, the node's re-creation)
     * @throws NotFoundException when there is no area with this id, or when the node or relationship
     *     the change concerns is no longer on the map and no one else removed it
     * @throws ValidationException when the current person has no change in the area to undo; when
     *     taking back a node's deletion finds the node on the map already, brought back by them; or
     *     when taking back a relationship's deletion finds it (or one of its type between the same
     *     nodes) there already or one of its ends deleted, by them
     * @throws StepConflictException (409 in the API) when someone else has since changed the subject
     *     in a way the undo would discard (for a field change: one of the fields it sets back), or
     *     made again what it would re-create, or removed what it concerns: "Not undone: ana changed
     *     'D' (description) at 14:02 and connected it to 'Acme' at 14:03"; it carries the current node
     *     when there is one, and the changes
     * @throws VersionConflictException when taking back a change of a node's fields finds one of those
     *     fields changed since and no one else changed it
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Override
    @PreAuthorize("@access.canEdit(#areaId)")
    public Change undo(String areaId) {
        areas.require(areaId);
        repository.lockArea(areaId);
        Change change = log.lastUndoable(areaId, log.user())
                .orElseThrow(() -> new ValidationException("undo", "there is no change of yours in this area to undo"));
        Change done =
                apply(change, change.after(), change.before(), ChangeLog.Link.undoing(change.seq()), Attempt.UNDO);
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
     *     the change concerns is no longer on the map and no one else removed it
     * @throws ValidationException when there is nothing to redo (no undo of the current person's
     *     since their last change); when making a node's creation again finds the node on the map
     *     already, brought back by them; or when making a relationship's creation again finds it (or
     *     one of its type between the same nodes) there already or one of its ends deleted, by them
     * @throws StepConflictException (409 in the API) as for {@link #undo}: "Not redone: ..."
     * @throws VersionConflictException when making a change of a node's fields again finds one of
     *     those fields changed since and no one else changed it
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Override
    @PreAuthorize("@access.canEdit(#areaId)")
    public Change redo(String areaId) {
        areas.require(areaId);
        repository.lockArea(areaId);
        Change undo = log.lastRedoable(areaId, log.user())
                .orElseThrow(() -> new ValidationException(
                        "redo", "there is nothing to redo: you have not undone anything since your last change"));
        Change change = log.find(areaId, undo.undoes()).orElseThrow();
        Change done =
                apply(change, change.before(), change.after(), ChangeLog.Link.redoing(change.seq()), Attempt.REDO);
        log.markRedone(undo.seq());
        return done;
    }

    /**
     * As {@link #restore}, for pages that do not need the node back.
     *
     * @throws NotFoundException when there is no area with this id, or when change {@code
     *     deletionSeq} of the area is not the deletion of a node
     * @throws ValidationException when the node is on the map already, brought back by the current
     *     user (restored before, or its deletion undone)
     * @throws StepConflictException (409 in the API) as for {@link #restore}
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
     * Refused when someone else has touched the node since that deletion: they brought it back
     * already, or brought it back, changed it and deleted it again (restore their deletion then, not
     * the older one, or their work would be lost).
     *
     * @return the node as restored
     * @throws NotFoundException when there is no area with this id, or when change {@code
     *     deletionSeq} of the area is not the deletion of a node
     * @throws ValidationException when the node is on the map already, brought back by the current
     *     user (restored before, or its deletion undone)
     * @throws StepConflictException (409 in the API) when someone else has changed the node since
     *     the deletion: "Not restored: ana brought 'D' back at 14:02"; it carries the current node
     *     when there is one, and the changes
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @PreAuthorize("@access.canEdit(#areaId)")
    public MapNode restore(String areaId, long deletionSeq) {
        areas.require(areaId);
        repository.lockArea(areaId);
        Change deletion = log.find(areaId, deletionSeq)
                .filter(c -> c.action() == ChangeAction.NODE_DELETED)
                .orElseThrow(() -> new NotFoundException(
                        "Change " + deletionSeq + " of area '" + areaId + "' is not the deletion of a node"));
        apply(deletion, null, deletion.before(), ChangeLog.Link.restoring(deletionSeq), Attempt.RESTORE);
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

    /** What is being tried, for the first words of a refusal. */
    private enum Attempt {
        UNDO("Not undone"),
        REDO("Not redone"),
        RESTORE("Not restored");

        private final String refusal;

        Attempt(String refusal) {
            this.refusal = refusal;
        }
    }

    /**
     * Moves a subject from state {@code from} to state {@code to} (either may be null: created or
     * deleted), refusing where someone has changed it since in a way that would be overwritten. The
     * caller holds the area's lock; the subject's own changes are read after its node is locked too,
     * so no change of it can commit unseen in between.
     */
    private Change apply(
            Change change, Map<String, Object> from, Map<String, Object> to, ChangeLog.Link link, Attempt attempt) {
        if (change.isRelationship() && to == null) {
            removeRelationship(change, link, attempt);
        } else if (change.isRelationship()) {
            bringBackRelationship(change, to, link, attempt);
        } else if (to == null) {
            removeNode(change, link, attempt);
        } else if (from == null) {
            bringBackNode(change, to, link, attempt);
        } else {
            revertFields(change, from, to, link, attempt);
        }
        map.publishChanged(change.areaId());
        return log.lastOf(change.subjectId()).orElseThrow();
    }

    /** Others' changes of the change's subject since it that still stand ({@link LaterChanges#byOthers}). */
    private List<Change> othersSince(Change change) {
        return LaterChanges.byOthers(
                log.touching(change.areaId(), change.subjectId(), change.seq()),
                change.subjectId(),
                !change.isRelationship(),
                change.seq(),
                log.user());
    }

    private static StepConflictException conflict(Attempt attempt, Change change, List<Change> others, Object current) {
        String sentence = LaterChanges.sentence(
                attempt.refusal,
                change.subjectId(),
                change.subjectName(),
                !change.isRelationship(),
                others,
                Instant.now());
        return new StepConflictException(sentence, current, others);
    }

    /** Deleting a node again (undoing its creation, redoing its deletion) would lose what others did to it since. */
    private void removeNode(Change change, ChangeLog.Link link, Attempt attempt) {
        Optional<MapNode> current = repository.lock(change.subjectId());
        List<Change> others = othersSince(change);
        if (!others.isEmpty()) {
            throw conflict(attempt, change, others, current.orElse(null));
        }
        map.delete(current.orElseThrow(() -> gone(change, attempt)), link);
    }

    /**
     * Bringing a node back (undoing its deletion, redoing its creation, restoring it) when someone
     * else has touched it since would duplicate what they brought back or lose what they did before
     * deleting it again. Its relationships come back where both ends exist and no relationship of
     * the type joins the two already. Everything is written before anything is recorded, so that
     * the sequence's lock is taken last (decision 016).
     */
    private void bringBackNode(Change change, Map<String, Object> to, ChangeLog.Link link, Attempt attempt) {
        Optional<MapNode> existing = repository.lock(change.subjectId());
        List<Change> others = othersSince(change);
        if (!others.isEmpty()) {
            throw conflict(attempt, change, others, existing.orElse(null));
        }
        if (existing.isPresent()) {
            throw new ValidationException("node", "'" + change.subjectName() + "' is on the map already");
        }
        MapNode restored = repository.restore(ChangeStates.toNode(change.subjectId(), change.areaId(), to));
        List<MapRelationship> relationships = new ArrayList<>();
        for (Map<String, Object> state : ChangeStates.relationships(to)) {
            MapRelationship r = ChangeStates.toRelationship(state);
            boolean endsExist = repository.find(r.from()).isPresent()
                    && repository.find(r.to()).isPresent();
            if (endsExist
                    && !repository.relationshipIdExists(r.id())
                    && repository
                            .relationshipBetween(r.type(), r.from(), r.to())
                            .isEmpty()) {
                relationships.add(
                        repository.createRelationship(r.id(), r.type(), r.areaId(), r.from(), r.to(), r.properties()));
            }
        }
        map.recordCreated(restored, link);
        relationships.forEach(r -> map.recordRelationship(ChangeAction.RELATIONSHIP_CREATED, r, link));
    }

    /** Deleting a relationship again (undoing its creation, redoing its deletion). */
    private void removeRelationship(Change change, ChangeLog.Link link, Attempt attempt) {
        Optional<MapRelationship> existing = repository.findRelationship(change.areaId(), change.subjectId());
        List<Change> others = othersSince(change);
        if (!others.isEmpty()) {
            throw conflict(attempt, change, others, existing.orElse(null));
        }
        MapRelationship relationship = existing.orElseThrow(() -> gone(change, attempt));
        repository.deleteRelationship(change.areaId(), relationship.id());
        map.recordRelationship(ChangeAction.RELATIONSHIP_DELETED, relationship, link);
    }

    /**
     * Making a relationship again (undoing its deletion, redoing its creation): refused, as a new
     * one would be, when it or one of its type between the same nodes (either way round for an
     * undirected type) is there already, or an end has gone; naming the person when that was someone
     * else's doing.
     */
    private void bringBackRelationship(Change change, Map<String, Object> to, ChangeLog.Link link, Attempt attempt) {
        MapRelationship wanted = ChangeStates.toRelationship(to);
        String me = log.user();
        if (repository.relationshipIdExists(wanted.id())) {
            List<Change> others = othersSince(change);
            if (!others.isEmpty()) {
                throw conflict(
                        attempt,
                        change,
                        others,
                        repository
                                .findRelationship(change.areaId(), wanted.id())
                                .orElse(null));
            }
            throw new ValidationException("relationship", "'" + change.subjectName() + "' is there already");
        }
        for (String end : List.of(wanted.from(), wanted.to())) {
            if (repository.find(end).isEmpty()) {
                Optional<Change> deletion = log.lastOf(end)
                        .filter(c -> c.action() == ChangeAction.NODE_DELETED
                                && !c.user().equals(me));
                if (deletion.isPresent()) {
                    throw conflict(attempt, change, List.of(deletion.get()), null);
                }
                throw new ValidationException(
                        "relationship",
                        "cannot bring back '" + change.subjectName() + "': one of its ends has been deleted since");
            }
        }
        Optional<MapRelationship> same = repository.relationshipBetween(wanted.type(), wanted.from(), wanted.to());
        if (same.isPresent()) {
            Optional<Change> made =
                    log.lastOf(same.get().id()).filter(c -> !c.user().equals(me));
            if (made.isPresent()) {
                throw conflict(attempt, change, List.of(made.get()), same.get());
            }
            throw MapService.alreadyRelated(
                    "relationship",
                    wanted.type(),
                    String.valueOf(to.get("fromName")),
                    String.valueOf(to.get("toName")));
        }
        map.recordRelationship(
                ChangeAction.RELATIONSHIP_CREATED,
                repository.createRelationship(
                        wanted.id(), wanted.type(), wanted.areaId(), wanted.from(), wanted.to(), wanted.properties()),
                link);
    }

    /**
     * Setting a node's fields back (or forth again) where no one has changed them since. A field
     * someone else changed is a conflict that names them; one changed some other way (by the same
     * person out of order) is refused as before, saying what it is now.
     */
    private void revertFields(
            Change change, Map<String, Object> from, Map<String, Object> to, ChangeLog.Link link, Attempt attempt) {
        Optional<MapNode> locked = repository.lock(change.subjectId());
        if (locked.isEmpty()) {
            List<Change> others = othersSince(change);
            if (!others.isEmpty()) {
                throw conflict(attempt, change, others, null);
            }
            throw gone(change, attempt);
        }
        MapNode current = locked.get();
        Map<String, Object> fromValues = ChangeStates.properties(from.get("properties"));
        Map<String, Object> toValues = ChangeStates.properties(to.get("properties"));
        fromValues.put("name", from.get("name"));
        toValues.put("name", to.get("name"));
        Set<String> fields = new LinkedHashSet<>(fromValues.keySet());
        fields.addAll(toValues.keySet());
        Map<String, Object> properties = new HashMap<>(current.properties());
        String name = current.name();
        Set<String> changedSince = new LinkedHashSet<>();
        for (String field : fields) {
            Object was = MapNode.comparable(fromValues.get(field));
            Object wanted = MapNode.comparable(toValues.get(field));
            if (Objects.equals(was, wanted)) {
                continue;
            }
            Object now = MapNode.comparable("name".equals(field) ? current.name() : current.property(field));
            if (!Objects.equals(now, was)) {
                changedSince.add(field);
            } else if ("name".equals(field)) {
                name = (String) toValues.get("name");
            } else if (toValues.get(field) == null) {
                properties.remove(field);
            } else {
                properties.put(field, toValues.get(field));
            }
        }
        if (!changedSince.isEmpty()) {
            List<Change> others = othersSince(change).stream()
                    .filter(c -> c.action() == ChangeAction.NODE_UPDATED
                            && LaterChanges.fields(c).stream().anyMatch(changedSince::contains))
                    .toList();
            if (!others.isEmpty()) {
                throw conflict(attempt, change, others, current);
            }
            String field = changedSince.iterator().next();
            Object now = MapNode.comparable("name".equals(field) ? current.name() : current.property(field));
            String by = log.lastOf(current.id()).map(Change::user).orElse("someone");
            throw new VersionConflictException(
                    "'" + current.name() + "' has been changed since (" + label(current, field) + " is now "
                            + (now == null ? "empty" : "'" + now + "'") + ", by " + by
                            + "): going back would overwrite that, so nothing was changed",
                    current);
        }
        map.write(current, name, properties, link);
    }

    private static String label(MapNode node, String field) {
        return "name".equals(field)
                ? "the name"
                : node.type().property(field).map(PropertySpec::label).orElse(field);
    }

    private static NotFoundException gone(Change change, Attempt attempt) {
        return new NotFoundException("'" + change.subjectName() + "' is no longer on the map, so that change cannot be "
                + (attempt == Attempt.UNDO ? "taken back" : "made again"));
    }
}
