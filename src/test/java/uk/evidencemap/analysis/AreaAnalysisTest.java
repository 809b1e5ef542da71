package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * The three questions through the facade; each question's rules are tested in {@link GapsTest},
 * {@link ChampionsTest} and {@link BlockedPathsTest}.
 */
class AreaAnalysisTest {

    private static final EvidenceRating THREE = EvidenceRating.LEVEL_3;

    @Test
    void aHealthyMapHasNoGapsAndNoBlockedPaths() {
        AreaAnalysis analysis = new AreaAnalysis(MapBuilder.healthy().build(), THREE);
        assertThat(analysis.gaps()).isEmpty();
        assertThat(analysis.blockedPaths()).isEmpty();
    }
}
