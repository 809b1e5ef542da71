package uk.evidencemap.changelog;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.IllegalTransactionStateException;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.security.CurrentUser;
import uk.evidencemap.security.SystemUser;

/**
 * Writes and reads the change log for the services that change maps. Its writing methods, and
 * {@link #user()}, must be called inside their transaction ({@link Propagation#MANDATORY}), so a
 * change and its record commit together or not at all; its reading methods join a transaction or
 * start a read-only one. Access is checked by those services, not here (there is no method
 * security on this class): this is not a public face.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ChangeLog {

    /**
     * How an undo, redo or restore is linked to the change it acts on: the number of that change in
     * the one field that applies, the others null ({@link #NONE} for an ordinary change).
     */
    public record Link(Long undoes, Long redoes, Long restores) {
        public static final Link NONE = new Link(null, null, null);

        /** The link of an undo of change {@code seq}. */
        public static Link undoing(long seq) {
            return new Link(seq, null, null);
        }

        /** The link of a redo of change {@code seq}. */
        public static Link redoing(long seq) {
            return new Link(null, seq, null);
        }

        /** The link of a restore of the node deleted by change {@code seq}. */
        public static Link restoring(long seq) {
            return new Link(null, null, seq);
        }
    }

    private final ChangeLogRepository repository;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final InstanceId instance;

    ChangeLog(
            ChangeLogRepository repository,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            InstanceId instance) {
        this.repository = repository;
        this.currentUser = currentUser;
        this.events = events;
        this.instance = instance;
    }

    /**
     * Appends a change with the next number of the one sequence across all areas, by the current
     * user, now, and publishes {@link ChangeRecorded} (its listeners act once the transaction
     * commits). Taking the number locks the sequence until the transaction ends, so numbers commit
     * in order.
     *
     * @param subjectType a node type's label ("Barrier"), {@link Change#RELATIONSHIP} or "Comment"
     * @param before      the subject before the change; null when it was created
     * @param after       the subject after the change; null when it was deleted
     * @return the change as recorded, with its number and time
     * @throws IllegalTransactionStateException when called outside a transaction
     */
    public Change record(
            String areaId,
            ChangeAction action,
            String subjectId,
            String subjectType,
            String subjectName,
            Map<String, Object> before,
            Map<String, Object> after,
            Link link) {
        Change change = repository.append(
                areaId,
                user(),
                action,
                subjectId,
                subjectType,
                subjectName,
                before,
                after,
                link.undoes(),
                link.redoes(),
                link.restores(),
                instance.value());
        events.publishEvent(new ChangeRecorded(change));
        return change;
    }

    /**
     * Who changes are recorded as.
     *
     * @return the current user's username, or {@code system} when no one is signed in
     * @throws IllegalTransactionStateException when called outside a transaction, although it reads
     *     nothing
     */
    public String user() {
        return currentUser.username().orElse(SystemUser.NAME);
    }

    /**
     * Marks change {@code seq} undone, or not. Does nothing when there is no such change.
     *
     * @throws IllegalTransactionStateException when called outside a transaction
     */
    public void markUndone(long seq, boolean undone) {
        repository.markUndone(seq, undone);
    }

    /**
     * Marks the undo numbered {@code seq} redone, so that redo passes on to the undo before it.
     * Does nothing when there is no such change.
     *
     * @throws IllegalTransactionStateException when called outside a transaction
     */
    public void markRedone(long seq) {
        repository.markRedone(seq);
    }

    /**
     * The change undo would take back for {@code user} in the area.
     *
     * @return their newest change that is not a comment, an undo or a restore and is not undone;
     *     empty when there is none
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Change> lastUndoable(String areaId, String user) {
        return repository.lastUndoable(areaId, user);
    }

    /**
     * The undo redo would take back for {@code user} in the area: a new change of their own (a map
     * change or restore; not a comment, undo or redo) ends the run of undos that can be redone, as
     * in an editor.
     *
     * @return their newest undo that is not redone and has no such change of theirs after it; empty
     *     when there is none
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Change> lastRedoable(String areaId, String user) {
        return repository.lastRedoable(areaId, user);
    }

    /**
     * One change of an area, by number.
     *
     * @return the change; empty when change {@code seq} does not exist or is of another area
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Change> find(String areaId, long seq) {
        return repository.find(areaId, seq);
    }

    /**
     * The newest change of one node or relationship, comments on it left out.
     *
     * @return that change; empty when the subject has none
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Change> lastOf(String subjectId) {
        return repository.lastOf(subjectId);
    }

    /**
     * The changes made to one node or relationship of an area after change {@code afterSeq}: what an
     * undo, redo or restore of that change would have to respect. Read it while holding the lock of
     * the subject (or of the area), so that no change of it can commit unseen in between.
     *
     * @return the area's map changes (no comments) numbered after {@code afterSeq} whose subject is
     *     {@code subjectId} or whose states before or after mention it (a relationship to or from the
     *     node, a deleted node's relationships), oldest first, by anyone; empty when there are none
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<Change> touching(String areaId, String subjectId, long afterSeq) {
        return repository.touching(areaId, subjectId, afterSeq);
    }

    /**
     * What a replay of the area's map up to {@code until} applies.
     *
     * @return the area's map changes (no comments) made at or before {@code until}, oldest first;
     *     empty when none
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<Change> mapChangesUntil(String areaId, Instant until) {
        return repository.mapChangesUntil(areaId, until);
    }

    /**
     * The number of the newest change of any area.
     *
     * @return that number; 0 before the first change
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public long lastSeq() {
        return repository.lastSeq();
    }

    /**
     * An area's map changes (no comments) numbered after {@code afterSeq}, oldest first, at most
     * {@code limit}: what a copy of the map held in memory at {@code afterSeq} lacks. Numbers commit
     * in order, so this is always a complete run of the changes after {@code afterSeq}.
     *
     * @param limit the most changes to return (a count)
     * @return the changes, oldest first; empty when there are none
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<Change> mapChangesAfter(String areaId, long afterSeq, int limit) {
        return repository.mapChangesAfter(areaId, afterSeq, limit);
    }

    /**
     * Of these areas, those with a map change (no comments) numbered after {@code afterSeq}: the areas
     * whose copies read at {@code afterSeq} may already be out of date.
     *
     * @return the area ids; empty when none changed
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Set<String> areasWithMapChangesAfter(Collection<String> areaIds, long afterSeq) {
        return repository.areasWithMapChangesAfter(areaIds, afterSeq);
    }
}
