package uk.evidencemap.analysis;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.evidencemap.area.AreaChanged;

/**
 * The latest results per area, dropped when the area changes (after the change has committed,
 * so that a recomputation never caches a state that is rolled back), keeping the results before
 * the change for "what changed since last time".
 */
@Component
class AnalysisCache {

    private final Map<String, AnalysisService.Computation> current = new ConcurrentHashMap<>();
    private final Map<String, AnalysisService.Computation> previous = new ConcurrentHashMap<>();
    /** When (by a counter of changes) each area, and everything, last changed: a result read before is never kept. */
    private final AtomicLong clock = new AtomicLong();

    private final Map<String, Long> changedAt = new ConcurrentHashMap<>();
    private volatile long everythingChangedAt;
    /**
     * Help found in other areas, by what was asked. A change to an area drops the answers it may
     * be part of: those asked from every area or from a list naming it, except the area's own
     * question (its own enablers are never suggested to it as help from elsewhere).
     */
    private final Map<ForeignQuestion, List<AnalysisRepository.ForeignEnabler>> foreign = new ConcurrentHashMap<>();

    /** What was asked of other areas: help for these barrier categories, from these areas (null: all) but one. */
    record ForeignQuestion(String except, Set<String> categories, List<String> areas) {}

    /** Most questions of other areas kept; beyond it they are all dropped (many people each see different areas). */
    static final int MAX_FOREIGN = 1_000;

    /** Take before asking other areas; hand to {@link #putForeign} with the answer. */
    long foreignStamp() {
        return clock.get();
    }

    Optional<List<AnalysisRepository.ForeignEnabler>> foreign(ForeignQuestion question) {
        return Optional.ofNullable(foreign.get(question));
    }

    /** Keeps the answer unless any area changed since {@code stamp} was taken (a conservative test). */
    synchronized void putForeign(ForeignQuestion question, List<AnalysisRepository.ForeignEnabler> answer, long stamp) {
        if (clock.get() == stamp) {
            if (foreign.size() >= MAX_FOREIGN) {
                foreign.clear();
            }
            foreign.put(question, answer);
        }
    }

    /** Take before reading the area; hand to {@link #put} with what was computed from that read. */
    long stamp(String areaId) {
        return Math.max(changedAt.getOrDefault(areaId, 0L), everythingChangedAt);
    }

    Optional<AnalysisService.Computation> current(String areaId) {
        return Optional.ofNullable(current.get(areaId));
    }

    Optional<AnalysisService.Computation> previous(String areaId) {
        return Optional.ofNullable(previous.get(areaId));
    }

    /** Keeps the computation unless the area changed since {@code stamp} was taken. */
    synchronized void put(AnalysisService.Computation computation, long stamp) {
        if (stamp(computation.areaId()) == stamp) {
            current.put(computation.areaId(), computation);
        }
    }

    @TransactionalEventListener(fallbackExecution = true)
    synchronized void changed(AreaChanged event) {
        if (event.areaId() == null) {
            foreign.clear();
        } else {
            foreign.keySet()
                    .removeIf(q -> !event.areaId().equals(q.except())
                            && (q.areas() == null || q.areas().contains(event.areaId())));
        }
        if (event.areaId() == null) {
            everythingChangedAt = clock.incrementAndGet();
            previous.putAll(current);
            current.clear();
        } else {
            changedAt.put(event.areaId(), clock.incrementAndGet());
            AnalysisService.Computation old = current.remove(event.areaId());
            if (old != null) {
                previous.put(event.areaId(), old);
            }
        }
    }
}
