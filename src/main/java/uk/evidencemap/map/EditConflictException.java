package uk.evidencemap.map;

import java.util.List;
import java.util.stream.Collectors;

/**
 * Two people changed the same field of a node to different values: the second to save is shown
 * the other's value and chooses. Fields only one of them changed were not the problem and are
 * merged when the choice is saved.
 */
public class EditConflictException extends RuntimeException {

    /** One field both people changed: its value when the editor opened, the saved one, and the editor's. */
    public record FieldConflict(String field, Object base, Object theirs, Object yours) {}

    private final transient MapNode current;
    private final String changedBy;
    private final List<FieldConflict> conflicts;

    EditConflictException(MapNode current, String changedBy, List<FieldConflict> conflicts) {
        super("'" + current.name() + "' was changed by " + changedBy + " while you were editing it: "
                + conflicts.stream().map(FieldConflict::field).collect(Collectors.joining(", "))
                + (conflicts.size() == 1 ? " was" : " were") + " changed by both of you");
        this.current = current;
        this.changedBy = changedBy;
        this.conflicts = List.copyOf(conflicts);
    }

    public MapNode current() {
        return current;
    }

    public String changedBy() {
        return changedBy;
    }

    public List<FieldConflict> conflicts() {
        return conflicts;
    }
}
