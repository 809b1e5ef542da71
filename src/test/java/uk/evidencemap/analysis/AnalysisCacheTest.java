package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.taxonomy.EvidenceRating;

class AnalysisCacheTest {

    private static AnalysisService.Computation computation(String area) {
        return new AnalysisService.Computation(
                area, EvidenceRating.LEVEL_3, Instant.now(), new AreaGraph(area, List.of(), List.of()), null);
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

    private static final List<BarrierAdvice.Mitigation> HELP = List.of(new BarrierAdvice.Mitigation(
            "e1",
            "Research school",
            "PARTNERSHIP",
            5,
            List.of(),
            "b1",
            "Short-term grants",
            "FUNDING",
            null,
            "OPEN",
            "merton",
            "Merton"));

    /** A reader of mitigations that says which areas it was asked for (null: every area). */
    private static class Reader
            implements java.util.function.Function<Set<String>, java.util.Map<String, List<BarrierAdvice.Mitigation>>> {
        final List<Set<String>> asked = new java.util.ArrayList<>();

        @Override
        public java.util.Map<String, List<BarrierAdvice.Mitigation>> apply(Set<String> areas) {
            asked.add(areas == null ? null : new java.util.TreeSet<>(areas));
            return areas == null || areas.contains("merton") ? java.util.Map.of("merton", HELP) : java.util.Map.of();
        }
    }

    @Test
    void everyAreasMitigationsAreReadOnceAndThenOnlyTheAreasThatChanged() {
        AnalysisCache cache = new AnalysisCache();
        Reader reader = new Reader();
        assertThat(cache.mitigations(reader)).isEqualTo(HELP);
        assertThat(cache.mitigations(reader)).isEqualTo(HELP);
        assertThat(reader.asked).as("read whole once, then held").containsExactly((Set<String>) null);

        cache.changed(new AreaChanged("stockport"));
        cache.changed(new AreaChanged("merton"));
        assertThat(cache.mitigations(reader)).isEqualTo(HELP);
        assertThat(reader.asked.getLast()).as("only the areas that changed").containsExactly("merton", "stockport");
        cache.mitigations(reader);
        assertThat(reader.asked).hasSize(2);

        cache.changed(AreaChanged.everyArea());
        cache.mitigations(reader);
        assertThat(reader.asked.getLast())
                .as("a change of everything: every area again")
                .isNull();
    }

    @Test
    void mitigationsReadWhileAnAreaChangedAreUsedOnceAndNotKept() {
        AnalysisCache cache = new AnalysisCache();
        Reader reader = new Reader() {
            @Override
            public java.util.Map<String, List<BarrierAdvice.Mitigation>> apply(Set<String> areas) {
                if (asked.isEmpty()) {
                    cache.changed(new AreaChanged("merton"));
                }
                return super.apply(areas);
            }
        };
        assertThat(cache.mitigations(reader)).isEqualTo(HELP);
        cache.mitigations(reader);
        assertThat(reader.asked).as("the first read was not kept").containsExactly(null, null);
    }
}
