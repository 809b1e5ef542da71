package uk.evidencemap.briefing;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import uk.evidencemap.changelog.ChangeAction;

/** The briefing's plain English. */
class WordsTest {

    @Test
    void aBetweennessIsSaidAsAShareOfTheShortestLinks() {
        assertThat(Words.betweenness(0.36))
                .isEqualTo("Betweenness 0.36: about a third of the shortest links between people, organisations and"
                        + " interventions run through them.");
        assertThat(Words.betweenness(0)).startsWith("Betweenness 0.00: none of the shortest links");
    }

    @Test
    void sharesAreTheNearestSimpleFractionOrOneInN() {
        assertThat(Words.share(0.5)).isEqualTo("about half");
        assertThat(Words.share(14.0 / 36)).isEqualTo("about two fifths");
        assertThat(Words.share(8.0 / 36)).isEqualTo("about a fifth");
        assertThat(Words.share(0.26)).isEqualTo("about a quarter");
        assertThat(Words.share(0.7)).isEqualTo("about two thirds");
        assertThat(Words.share(0.1)).isEqualTo("about one in 10");
        assertThat(Words.share(0.083)).isEqualTo("about one in 12");
        assertThat(Words.share(0.01)).isEqualTo("fewer than one in 50");
        assertThat(Words.share(0.97)).isEqualTo("nearly all");
        assertThat(Words.share(1)).isEqualTo("all");
        assertThat(Words.share(0)).isEqualTo("none");
    }

    @Test
    void codesBecomeLabels() {
        assertThat(Words.role("LOCAL_EVIDENCE_LEADER")).isEqualTo("Local evidence leader");
        assertThat(Words.role(null)).isEmpty();
        assertThat(Words.category("STAFF_CAPACITY")).isEqualTo("Staff capacity");
        assertThat(Words.category(null)).isEqualTo("Other");
        assertThat(Words.changes(ChangeAction.RELATIONSHIP_CREATED)).isEqualTo("Connections made");
        assertThat(Words.count(1, "gap", "gaps")).isEqualTo("1 gap");
        assertThat(Words.count(3, "gap", "gaps")).isEqualTo("3 gaps");
    }
}
