package uk.evidencemap.changelog;

/**
 * Steps through an area's change log on behalf of its user: undo and redo of the user's own
 * changes, and restore of something deleted. The log only records; the feature whose data the
 * changes touched (the map, {@code map.MapHistoryService}) carries the steps out, so pages beneath
 * that feature (the activity page) can offer them without depending on it.
 */
public interface ChangeSteps {

    /**
     * Takes back the signed-in user's latest change in the area that is not yet undone.
     *
     * @return the change recorded for the undo
     * @throws uk.evidencemap.base.NotFoundException when the area does not exist
     * @throws uk.evidencemap.base.ValidationException when the user has no change in the area to undo
     */
    Change undo(String areaId);

    /**
     * Does again the signed-in user's latest undone change in the area.
     *
     * @return the change recorded for the redo
     * @throws uk.evidencemap.base.NotFoundException when the area does not exist
     * @throws uk.evidencemap.base.ValidationException when the user has undone nothing since their last change
     */
    Change redo(String areaId);

    /**
     * Brings back what the deletion numbered {@code deletionSeq} removed, with its relationships.
     *
     * @throws uk.evidencemap.base.NotFoundException when that change is not a deletion in the area
     */
    void restoreDeleted(String areaId, long deletionSeq);
}
