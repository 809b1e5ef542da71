package uk.evidencemap.map;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
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
    private final ChangeReverter reverter;

    MapHistoryService(
            MapRepository repository, MapService map, ChangeLog log, AreaService areas, ChangeReverter reverter) {
        this.repository = repository;
        this.map = map;
        this.log = log;
        this.areas = areas;
        this.reverter = reverter;
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
     * @throws NotFoundException when there is no area with this id
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
     *     fields changed since and no one else changed it, or when the node or relationship the
     *     change concerns is no longer on the map
     * @throws AccessDeniedException when the current user may not edit the area
     */
    @Override
    @PreAuthorize("@access.canEdit(#areaId)")
    public Change undo(String areaId) {
        areas.require(areaId);
        repository.lockArea(areaId);
        Change change = log.lastUndoable(areaId, log.user())
                .orElseThrow(() -> new ValidationException("undo", "there is no change of yours in this area to undo"));
        Change done = reverter.apply(
                change,
                change.after(),
                change.before(),
                ChangeLog.Link.undoing(change.seq()),
                ChangeReverter.Attempt.UNDO);
        log.markUndone(change.seq(), true);
        return done;
    }

    /**
     * Makes again the change the current person's newest undo took back (the one {@link #nextRedo}
     * names), if they have made no new change of their own since, and marks that undo redone. The
     * same checks as {@link #undo} protect later changes by others.
     *
     * @return the change recorded for the redo: the newest record of the change's subject
     * @throws NotFoundException when there is no area with this id
     * @throws ValidationException when there is nothing to redo (no undo of the current person's
     *     since their last change); when making a node's creation again finds the node on the map
     *     already, brought back by them; or when making a relationship's creation again finds it (or
     *     one of its type between the same nodes) there already or one of its ends deleted, by them
     * @throws StepConflictException (409 in the API) as for {@link #undo}: "Not redone: ..."
     * @throws VersionConflictException when making a change of a node's fields again finds one of
     *     those fields changed since and no one else changed it, or when the node or relationship
     *     the change concerns is no longer on the map
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
        Change done = reverter.apply(
                change,
                change.before(),
                change.after(),
                ChangeLog.Link.redoing(change.seq()),
                ChangeReverter.Attempt.REDO);
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
        reverter.apply(
                deletion,
                null,
                deletion.before(),
                ChangeLog.Link.restoring(deletionSeq),
                ChangeReverter.Attempt.RESTORE);
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
}
