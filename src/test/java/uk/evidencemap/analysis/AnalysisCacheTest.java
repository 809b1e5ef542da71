package uk.evidencemap.analysis;

import java.time.Instant;
import java.util.List;

import org.junit.jupiter.api.Test;

import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.taxonomy.EvidenceRating;

import static org.assertj.core.api.Assertions.assertThat;

class AnalysisCacheTest {

    private static AnalysisService.Computation computation(String area) {
        return new AnalysisService.Computation(area, EvidenceRating.LEVEL_3, Instant.now(),
                new AreaGraph(area, List.of(), List.of()));
    }

    @Test
    void keepsAResultWhenNothingChangedSinceItsRead() {
        AnalysisCache cache = new AnalysisCache();
        long stamp = cache.stamp("york");
        cache.put(computation("york"), stamp);
        assertThat(cache.current("york")).isPresent();
    }

    @Test
    void neverKeepsAResultReadBeforeAChangeOfItsAreaOrOfEverything() {
        AnalysisCache cache = new AnalysisCache();
        long stamp = cache.stamp("york");
        cache.changed(new AreaChanged("york"));
        cache.put(computation("york"), stamp);
        assertThat(cache.current("york")).isEmpty();

        stamp = cache.stamp("york");
        cache.changed(new AreaChanged(null));
        cache.put(computation("york"), stamp);
        assertThat(cache.current("york")).isEmpty();
    }

    @Test
    void aChangeElsewhereDoesNotDropTheResultAndAChangeHereKeepsItAsPrevious() {
        AnalysisCache cache = new AnalysisCache();
        long stamp = cache.stamp("york");
        cache.changed(new AreaChanged("merton"));
        var york = computation("york");
        cache.put(york, stamp);
        assertThat(cache.current("york")).containsSame(york);

        cache.changed(new AreaChanged("york"));
        assertThat(cache.current("york")).isEmpty();
        assertThat(cache.previous("york")).containsSame(york);
    }
}
