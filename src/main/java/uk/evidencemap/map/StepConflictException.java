package uk.evidencemap.map;

import java.util.List;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.changelog.Change;

/**
 * An undo, redo or restore was refused because someone else has changed its subject since, and
 * carrying it out would re-create something they made again or discard what they did. Nothing was
 * written. The message names who did what and when, ready to show as it is ("Not undone: ana
 * changed 'D' (description) at 14:02 and connected it to 'Acme' at 14:03"); the API answers 409
 * with it, and with the current node when there is one.
 */
public class StepConflictException extends VersionConflictException {

    private final transient List<Change> laterChanges;

    StepConflictException(String message, Object current, List<Change> laterChanges) {
        super(message, current);
        this.laterChanges = List.copyOf(laterChanges);
    }

    /** The other people's changes that stand in the way, oldest first. */
    public List<Change> laterChanges() {
        return laterChanges;
    }
}
