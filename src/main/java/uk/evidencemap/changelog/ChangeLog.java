package uk.evidencemap.changelog;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.security.CurrentUser;
import uk.evidencemap.security.SystemUser;

/**
 * Writes and reads the change log for the services that change maps. It must be called inside
 * their transaction ({@link Propagation#MANDATORY}), so a change and its record commit together
 * or not at all. Access is checked by those services, not here: this is not a public face.
 */
@Component
@Transactional(propagation = Propagation.MANDATORY)
public class ChangeLog {

    /** How an undo, redo or restore is linked to the change it acts on. */
    public record Link(Long undoes, Long redoes, Long restores) {
        public static final Link NONE = new Link(null, null, null);

        public static Link undoing(long seq) {
            return new Link(seq, null, null);
        }

        public static Link redoing(long seq) {
            return new Link(null, seq, null);
        }

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

    public String user() {
        return currentUser.username().orElse(SystemUser.NAME);
    }

    public void markUndone(long seq, boolean undone) {
        repository.markUndone(seq, undone);
    }

    public void markRedone(long seq) {
        repository.markRedone(seq);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Change> lastUndoable(String areaId, String user) {
        return repository.lastUndoable(areaId, user);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Change> lastRedoable(String areaId, String user) {
        return repository.lastRedoable(areaId, user);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Change> find(String areaId, long seq) {
        return repository.find(areaId, seq);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public Optional<Change> lastOf(String subjectId) {
        return repository.lastOf(subjectId);
    }

    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<Change> mapChangesUntil(String areaId, Instant until) {
        return repository.mapChangesUntil(areaId, until);
    }

    /** The number of the newest change of any area (0 before the first). */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public long lastSeq() {
        return repository.lastSeq();
    }

    /**
     * An area's map changes (no comments) numbered after {@code afterSeq}, oldest first, at most
     * {@code limit}: what a copy of the map held in memory at {@code afterSeq} lacks. Numbers commit
     * in order, so this is always a complete run of the changes after {@code afterSeq}.
     */
    @Transactional(readOnly = true, propagation = Propagation.REQUIRED)
    public List<Change> mapChangesAfter(String areaId, long afterSeq, int limit) {
        return repository.mapChangesAfter(areaId, afterSeq, limit);
    }
}
