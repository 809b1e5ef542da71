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

    private final Map<String, AnalysisService.Results> current = new ConcurrentHashMap<>();
    private final Map<String, AnalysisService.Results> previous = new ConcurrentHashMap<>();

    Optional<AnalysisService.Results> current(String areaId) {
        return Optional.ofNullable(current.get(areaId));
    }

    Optional<AnalysisService.Results> previous(String areaId) {
        return Optional.ofNullable(previous.get(areaId));
    }

    void put(AnalysisService.Results results) {
        current.put(results.areaId(), results);
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(AreaChanged event) {
        if (event.areaId() == null) {
            previous.putAll(current);
            current.clear();
        } else {
            AnalysisService.Results old = current.remove(event.areaId());
            if (old != null) {
                previous.put(event.areaId(), old);
            }
        }
    }
}
