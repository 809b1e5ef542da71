package uk.evidencemap.analysis;

import jakarta.annotation.PreDestroy;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.security.SystemUser;

/**
 * Computes analyses in the background, one area at a time, when the application has started and
 * after each change has committed, so that the analysis pages and the comparison of many areas
 * find their results cached. Changes to one area in quick succession are computed once. Off
 * with {@code EVIDENCEMAP_ANALYSIS_WARM=false} (the benchmark turns it off to time cold runs).
 */
@Component
class AnalysisWarmer {

    private static final Logger log = LoggerFactory.getLogger(AnalysisWarmer.class);

    private final AnalysisService analyses;
    private final AreaService areas;
    private final SystemUser system;
    private final boolean enabled;
    private final Set<String> pending = ConcurrentHashMap.newKeySet();
    private final ExecutorService executor = Executors.newSingleThreadExecutor(work -> {
        Thread thread = new Thread(work, "analysis-warmer");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY);
        return thread;
    });

    AnalysisWarmer(
            AnalysisService analyses,
            AreaService areas,
            SystemUser system,
            @Value("${evidencemap.analysis.warm:true}") boolean enabled) {
        this.analyses = analyses;
        this.areas = areas;
        this.system = system;
        this.enabled = enabled;
    }

    @EventListener(ApplicationReadyEvent.class)
    void started() {
        warmEveryArea();
    }

    @TransactionalEventListener(fallbackExecution = true)
    void changed(AreaChanged event) {
        if (event.areaId() == null) {
            warmEveryArea();
        } else {
            warm(event.areaId());
        }
    }

    private void warmEveryArea() {
        if (enabled) {
            system.call(areas::visible).stream().map(Area::id).forEach(this::warm);
        }
    }

    void warm(String areaId) {
        if (!enabled || !pending.add(areaId)) {
            return;
        }
        executor.execute(() -> {
            pending.remove(areaId);
            try {
                system.run(() -> {
                    analyses.results(areaId);
                    analyses.network(areaId);
                });
            } catch (RuntimeException e) {
                // the area may have gone meanwhile; the next view computes (and reports) whatever is wrong
                log.debug("Analyses of area '{}' not computed in the background: {}", areaId, e.getMessage());
            }
        });
    }

    @PreDestroy
    void stop() {
        executor.shutdownNow();
    }
}
