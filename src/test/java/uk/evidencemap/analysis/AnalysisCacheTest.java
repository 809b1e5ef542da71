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

    @Test
    void helpFromEveryAreaIsDroppedWhenAnyAreaChanges() {
        AnalysisCache cache = new AnalysisCache();
        var funding = new AnalysisCache.HelpQuestion(Set.of("FUNDING"), Set.of("C10"));
        cache.putHelp(funding, HELP, cache.helpStamp());
        assertThat(cache.help(funding)).contains(HELP);

        cache.changed(new AreaChanged("stockport"));
        assertThat(cache.help(funding))
                .as("every area's help is read together, the same for every reader")
                .isEmpty();
    }

    @Test
    void helpAskedBeforeAChangeIsNotKept() {
        AnalysisCache cache = new AnalysisCache();
        var question = new AnalysisCache.HelpQuestion(Set.of("FUNDING"), Set.of());
        long stamp = cache.helpStamp();
        cache.changed(new AreaChanged("merton"));
        cache.putHelp(question, HELP, stamp);
        assertThat(cache.help(question)).isEmpty();

        cache.putHelp(question, HELP, cache.helpStamp());
        cache.changed(AreaChanged.everyArea());
        assertThat(cache.help(question)).isEmpty();
    }
}
