package uk.evidencemap.changelog;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;

/**
 * The change history of an area as people read it: the activity feed, a node's history, the
 * API's change records, and live delivery of new changes to open views.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    /** The most records one read returns. */
    public static final int PAGE = 1000;

    private final ChangeLogRepository repository;
    private final LiveChanges live;
    private final AreaService areas;

    HistoryService(ChangeLogRepository repository, LiveChanges live, AreaService areas) {
        this.repository = repository;
        this.live = live;
        this.areas = areas;
    }

    /** What changed in an area after change {@code afterSeq} (0 for everything), oldest first, at most {@link #PAGE}. */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<Change> since(String areaId, long afterSeq) {
        areas.require(areaId);
        return repository.area(areaId, afterSeq, PAGE);
    }

    /** The activity feed, newest first, narrowed by any of the filters that are not null. */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<Change> feed(String areaId, FeedFilter filter) {
        areas.require(areaId);
        return repository.feed(
                areaId,
                filter.user(),
                filter.actions() == null || filter.actions().isEmpty()
                        ? null
                        : filter.actions().stream().map(Enum::name).toList(),
                filter.subjectId(),
                filter.from(),
                filter.to(),
                filter.limit() <= 0 ? 200 : Math.min(filter.limit(), PAGE));
    }

    /** The people who have changed or commented on the area. */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<String> people(String areaId) {
        return repository.people(areaId);
    }

    /**
     * Calls {@code listener} (on a background thread) with each change of the area committed from
     * now on, by anyone on any instance, until the returned action is run.
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public Runnable follow(String areaId, Consumer<Change> listener) {
        return live.subscribe(areaId, listener);
    }

    /** Filters of the activity feed; null means any. */
    public record FeedFilter(
            String user, List<ChangeAction> actions, String subjectId, Instant from, Instant to, int limit) {
        public static FeedFilter all() {
            return new FeedFilter(null, null, null, null, null, 200);
        }

        public static FeedFilter subject(String subjectId) {
            return new FeedFilter(null, null, subjectId, null, null, 200);
        }
    }
}
