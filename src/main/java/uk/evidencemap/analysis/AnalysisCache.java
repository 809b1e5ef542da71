package uk.evidencemap.analysis;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

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

    Optional<AnalysisService.Computation> current(String areaId) {
        return Optional.ofNullable(current.get(areaId));
    }

    Optional<AnalysisService.Computation> previous(String areaId) {
        return Optional.ofNullable(previous.get(areaId));
    }

    void put(AnalysisService.Computation computation) {
        current.put(computation.areaId(), computation);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(AreaChanged event) {
        if (event.areaId() == null) {
            previous.putAll(current);
            current.clear();
        } else {
            AnalysisService.Computation old = current.remove(event.areaId());
            if (old != null) {
                previous.put(event.areaId(), old);
            }
        }
    }
}
