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
                area, EvidenceRating.LEVEL_3, Instant.now(), new AreaGraph(area, List.of(), List.of()));
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

    private static final List<AnalysisRepository.ForeignEnabler> HELP = List.of(new AnalysisRepository.ForeignEnabler(
            "e1", "Research school", 5, "FUNDING", "Short-term grants", "merton", "Merton"));

    @Test
    void helpFromOtherAreasIsDroppedOnlyWhenAnAreaItMayComeFromChanges() {
        AnalysisCache cache = new AnalysisCache();
        var york = new AnalysisCache.ForeignQuestion("york", Set.of("FUNDING"), List.of("york", "merton"));
        var everywhere = new AnalysisCache.ForeignQuestion("wirral", Set.of("FUNDING"), null);
        cache.putForeign(york, HELP, cache.foreignStamp());
        cache.putForeign(everywhere, HELP, cache.foreignStamp());

        cache.changed(new AreaChanged("york"));
        assertThat(cache.foreign(york))
                .as("York's own change is no help from elsewhere")
                .contains(HELP);
        assertThat(cache.foreign(everywhere))
                .as("York is one of the areas Wirral's help comes from")
                .isEmpty();

        cache.changed(new AreaChanged("stockport"));
        assertThat(cache.foreign(york)).as("York's editor cannot see Stockport").contains(HELP);

        cache.changed(new AreaChanged("merton"));
        assertThat(cache.foreign(york)).isEmpty();
    }

    @Test
    void helpAskedBeforeAChangeIsNotKept() {
        AnalysisCache cache = new AnalysisCache();
        var question = new AnalysisCache.ForeignQuestion("york", Set.of("FUNDING"), null);
        long stamp = cache.foreignStamp();
        cache.changed(new AreaChanged("merton"));
        cache.putForeign(question, HELP, stamp);
        assertThat(cache.foreign(question)).isEmpty();

        cache.putForeign(question, HELP, cache.foreignStamp());
        cache.changed(AreaChanged.everyArea());
        assertThat(cache.foreign(question)).isEmpty();
    }
}
