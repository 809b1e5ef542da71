package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;
import uk.evidencemap.taxonomy.EvidenceRating;

/** The network figures of a map: which nodes and relationships count, and in what order they come. */
class NetworkAnalysisTest {

    @Test
    void peopleOrganisationsAndInterventionsCountAndParallelRelationshipsCountOnce() {
        var map = new MapBuilder()
                .person("Bea", "PRACTITIONER")
                .person("Abe", "LOCAL_EVIDENCE_LEADER")
                .org("Hub")
                .intervention("Groups", "FULL_IMPLEMENTATION")
                .programme("Programme", "3")
                .need("Behaviour", 3)
                .rel(
                        "Abe WORKS_FOR Hub",
                        "Abe COLLABORATES_WITH Bea",
                        "Bea COLLABORATES_WITH Abe",
                        "Abe CHAMPIONS Groups",
                        "Abe LEADS Groups",
                        "Hub DELIVERS Groups",
                        "Groups IMPLEMENTS Programme",
                        "Groups ADDRESSES Behaviour",
                        "Programme TARGETS Behaviour")
                .build();

        NetworkReport report = new AreaAnalysis(map, EvidenceRating.LEVEL_3).network();

        assertThat(report.nodes())
                .extracting(f -> f.node().type() + " " + f.node().name())
                .containsExactly("Person Abe", "Person Bea", "Organisation Hub", "Intervention Groups");
        // Abe-Bea, Abe-Hub, Abe-Groups, Hub-Groups: 4 of the 6 possible pairs
        assertThat(report.network().nodes()).isEqualTo(4);
        assertThat(report.network().relationships()).isEqualTo(4);
        assertThat(report.network().density()).isCloseTo(4.0 / 6, within(1e-12));
        assertThat(report.network().components()).isEqualTo(1);
        assertThat(report.network().diameter()).isEqualTo(2);
        NodeFigures abe = report.nodes().getFirst();
        assertThat(abe.degree()).isEqualTo(1.0);
        assertThat(abe.closeness()).isEqualTo(1.0);
        assertThat(abe.betweenness()).isCloseTo(2.0 / 3, within(1e-12));
        assertThat(abe.reach()).isEqualTo(3);
        NodeFigures bea = report.nodes().get(1);
        assertThat(bea.degree()).isCloseTo(1.0 / 3, within(1e-12));
        assertThat(bea.reach()).as("Hub and Groups through Abe").isEqualTo(3);
        assertThat(report.nodes()).allSatisfy(f -> assertThat(f.community()).isBetween(1, 4));
    }

    @Test
    void anAreaWithoutPeopleOrganisationsOrInterventionsHasAnEmptyNetwork() {
        var map = new MapBuilder().need("Sleep", 2).programme("Programme", "3").build();
        NetworkReport report = new AreaAnalysis(map, EvidenceRating.LEVEL_3).network();
        assertThat(report.nodes()).isEmpty();
        assertThat(report.network()).isEqualTo(new NetworkFigures(0, 0, 0, 0, null, null, 0, null));
    }
}
