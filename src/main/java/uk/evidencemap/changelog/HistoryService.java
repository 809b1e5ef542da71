package uk.evidencemap.changelog;

import java.time.Instant;
import java.util.List;
import java.util.function.Consumer;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;

/**
 * The change history of an area as people read it: the activity feed, a node's history, the
 * API's change records, and live delivery of new changes to open views.
 */
@Service
@Transactional(readOnly = true)
public class HistoryService {

    /** The most records one read returns (a count). */
    public static final int PAGE = 1000;

    private final ChangeLogRepository repository;
    private final LiveChanges live;
    private final AreaService areas;

    HistoryService(ChangeLogRepository repository, LiveChanges live, AreaService areas) {
        this.repository = repository;
        this.live = live;
        this.areas = areas;
    }

    /**
     * What changed in an area (map changes and comments) after change {@code afterSeq}: how a
     * follower or an audit pages through the log. Change numbers run across all areas, so an area's
     * numbers have gaps.
     *
     * @param afterSeq the number of the last change already seen; 0 for everything
     * @return the area's changes numbered after {@code afterSeq}, oldest first, at most {@link #PAGE}
     *     (1000); empty when there are none
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<Change> since(String areaId, long afterSeq) {
        areas.require(areaId);
        return repository.area(areaId, afterSeq, PAGE);
    }

    /**
     * The activity feed: the area's changes and comments, narrowed by any of the filters that are
     * not null (see {@link FeedFilter}).
     *
     * @return the matching changes, newest first, at most {@code filter.limit()} of them (200 when
     *     the limit is 0 or less, never more than {@link #PAGE}); empty when none match
     * @throws NotFoundException when there is no area with this id
     * @throws AccessDeniedException when the current user may not read the area
     */
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

    /**
     * The people who have changed or commented on the area, for the feed's filter. The area is not
     * looked up.
     *
     * @return their usernames, alphabetically ({@code system} among them when start-up work such as
     *     the demo data changed the area); empty when none, or when there is no such area
     * @throws AccessDeniedException when the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<String> people(String areaId) {
        return repository.people(areaId);
    }

    /**
     * Calls {@code listener} with each change (map change or comment) of the area committed from now
     * on, by anyone on any instance, in the order of their numbers, until the returned action is
     * run. Changes of this instance come as soon as they commit, others' within the follow interval
     * ({@code evidencemap.collaboration.follow-interval-ms}, 200 ms unless set). The listener runs
     * on a background thread without the caller's security context; an exception it throws is
     * logged and the next change still comes. The area is not looked up: following one that does
     * not exist delivers nothing.
     *
     * @return the action that stops following; running it again does nothing
     * @throws AccessDeniedException when the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public Runnable follow(String areaId, Consumer<Change> listener) {
        return live.subscribe(areaId, listener);
    }

    /**
     * Filters of the activity feed; null means any.
     *
     * @param user      a username: only that person's changes
     * @param actions   only changes of these kinds (null or empty: any)
     * @param subjectId only changes of this node or relationship, and those whose state before or
     *                  after names it (such as its relationships' changes), and comments on it
     * @param from      only changes made at or after this moment
     * @param to        only changes made before this moment
     * @param limit     the most changes to return (a count): 0 or less for 200, at most {@link #PAGE}
     */
    public record FeedFilter(
            String user, List<ChangeAction> actions, String subjectId, Instant from, Instant to, int limit) {
        /** Every change, the newest 200. */
        public static FeedFilter all() {
            return new FeedFilter(null, null, null, null, null, 200);
        }

        /** The newest 200 changes of one node or relationship (see {@code subjectId}). */
        public static FeedFilter subject(String subjectId) {
            return new FeedFilter(null, null, subjectId, null, null, 200);
        }
    }
}
