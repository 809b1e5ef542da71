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
     * Help found in every area, by the categories and constructs asked about. It is the same for
     * every reader (what they may see of it is filtered afterwards), and any change of any area drops
     * it all.
     */
    private final Map<HelpQuestion, List<BarrierAdvice.Mitigation>> help = new ConcurrentHashMap<>();

    /** What was asked of every area: help with barriers of these categories or CFIR constructs. */
    record HelpQuestion(Set<String> categories, Set<String> constructs) {}

    /** Most questions kept; beyond it they are all dropped. */
    static final int MAX_HELP = 1_000;

    /** Take before asking every area; hand to {@link #putHelp} with the answer. */
    long helpStamp() {
        return clock.get();
    }

    Optional<List<BarrierAdvice.Mitigation>> help(HelpQuestion question) {
        return Optional.ofNullable(help.get(question));
    }

    /** Keeps the answer unless any area changed since {@code stamp} was taken. */
    synchronized void putHelp(HelpQuestion question, List<BarrierAdvice.Mitigation> answer, long stamp) {
        if (clock.get() == stamp) {
            if (help.size() >= MAX_HELP) {
                help.clear();
            }
            help.put(question, answer);
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
        help.clear();
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
