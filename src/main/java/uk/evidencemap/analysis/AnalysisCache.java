package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
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
     * Every enabler that mitigates a barrier, per area (all areas, whoever reads: what a reader may see
     * of it is decided afterwards), for the suggestions of blocked paths (decision 021). A change of an
     * area makes only that area's part stale; a change of everything, all of it.
     */
    private final Map<String, List<BarrierAdvice.Mitigation>> mitigations = new ConcurrentHashMap<>();

    private final Set<String> staleMitigations = ConcurrentHashMap.newKeySet();
    private boolean mitigationsComplete;

    /**
     * Every area's mitigations, reading only what is not held or stale.
     *
     * @param read reads the mitigations of the given areas, or of every area when given null, by area id
     *     (an area without mitigations may be left out)
     * @return every area's mitigations, areas in id order
     */
    List<BarrierAdvice.Mitigation> mitigations(
            Function<Set<String>, Map<String, List<BarrierAdvice.Mitigation>>> read) {
        return mitigations(read, null);
    }

    /**
     * Every other area's mitigations, as {@link #mitigations(Function)}, but never reading {@code except}
     * (the caller has that area's own, from its map in memory).
     *
     * @param except the area left out of the answer and of any read of stale areas, or null
     */
    List<BarrierAdvice.Mitigation> mitigations(
            Function<Set<String>, Map<String, List<BarrierAdvice.Mitigation>>> read, String except) {
        long stamp;
        boolean complete;
        Set<String> stale;
        synchronized (this) {
            stamp = clock.get();
            complete = mitigationsComplete;
            stale = new HashSet<>(staleMitigations);
            if (complete) {
                stale.remove(except);
            }
            if (complete && stale.isEmpty()) {
                return flatten(mitigations, except);
            }
        }
        Map<String, List<BarrierAdvice.Mitigation>> fresh = read.apply(complete ? stale : null);
        Map<String, List<BarrierAdvice.Mitigation>> answer = new HashMap<>();
        synchronized (this) {
            if (complete) {
                answer.putAll(mitigations);
                stale.forEach(area -> answer.put(area, fresh.getOrDefault(area, List.of())));
            } else {
                answer.putAll(fresh);
            }
            // kept only when nothing changed while it was read
            if (clock.get() == stamp) {
                if (!complete) {
                    mitigations.clear();
                    mitigationsComplete = true;
                }
                mitigations.putAll(answer);
                staleMitigations.removeAll(stale);
                if (!complete) {
                    staleMitigations.clear();
                }
            }
        }
        return flatten(answer, except);
    }

    private static List<BarrierAdvice.Mitigation> flatten(
            Map<String, List<BarrierAdvice.Mitigation>> byArea, String except) {
        List<BarrierAdvice.Mitigation> all = new ArrayList<>();
        new TreeMap<>(byArea).forEach((area, found) -> {
            if (!area.equals(except)) {
                all.addAll(found);
            }
        });
        return all;
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
            mitigationsComplete = false;
            mitigations.clear();
            staleMitigations.clear();
        } else {
            staleMitigations.add(event.areaId());
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
