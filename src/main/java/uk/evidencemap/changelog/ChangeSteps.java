package uk.evidencemap.changelog;

import org.springframework.security.access.AccessDeniedException;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.base.VersionConflictException;

/**
 * Steps through an area's change log on behalf of its user: undo and redo of the user's own
 * changes, and restore of something deleted. The log only records; the feature whose data the
 * changes touched (the map, {@code map.MapHistoryService}) carries the steps out, so pages beneath
 * that feature (the activity page) can offer them without depending on it. Each step is one
 * transaction and is itself recorded in the log, linked to the change it acts on. A step never
 * discards what someone else did since, nor re-creates what they made again: it is refused, and
 * the {@link VersionConflictException}'s message names who did what and when, ready to show as it
 * is ("Not undone: ana changed 'D' (description) at 14:02 and connected it to 'Acme' at 14:03").
 */
public interface ChangeSteps {

    /**
     * Takes back the signed-in user's latest change in the area that is not yet undone (comments,
     * undos and restores are never taken back), and marks it undone.
     *
     * @return the change recorded for the undo
     * @throws NotFoundException when the area does not exist
     * @throws ValidationException when the user has no change in the area to undo, or what the undo
     *     would bring back is there already or has lost an end
     * @throws VersionConflictException when someone else has since changed what the undo would
     *     set back or delete, or made again what it would bring back, or when the node or
     *     relationship the change concerns is no longer there
     * @throws AccessDeniedException when the current user may not edit the area
     */
    Change undo(String areaId);

    /**
     * Does again the change the signed-in user's latest undo in the area took back, as long as they
     * have made no new change of their own since.
     *
     * @return the change recorded for the redo
     * @throws NotFoundException when the area does not exist
     * @throws ValidationException when the user has undone nothing since their last change, or what
     *     the redo would bring back is there already or has lost an end
     * @throws VersionConflictException when someone else has since changed what the redo would set
     *     or delete, or made again what it would bring back, or when the node or relationship the
     *     change concerns is no longer there
     * @throws AccessDeniedException when the current user may not edit the area
     */
    Change redo(String areaId);

    /**
     * Brings back what the deletion numbered {@code deletionSeq} removed, with its relationships
     * whose other ends still exist.
     *
     * @throws NotFoundException when the area does not exist, or that change is not the deletion of
     *     a node in the area
     * @throws ValidationException when the node is there already, brought back by the user
     *     (restored before, or its deletion undone)
     * @throws VersionConflictException when someone else has touched the node since the deletion
     *     (brought it back, or brought it back, changed it and deleted it again)
     * @throws AccessDeniedException when the current user may not edit the area
     */
    void restoreDeleted(String areaId, long deletionSeq);
}
