package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Comparator;
import org.junit.jupiter.api.Test;
import uk.evidencemap.taxonomy.EvidenceRating;

/** People by betweenness, potential champions and single points of failure, on hand-built maps. */
class ChampionsTest {

    @Test
    void peopleAreRankedByBetweennessWithBridgesChampionsAndSinglePointsOfFailure() {
        // Broker links the council side to a charity and the police; nobody else does.
        MapBuilder map = MapBuilder.healthy()
                .org("Charity")
                .org("Police")
                .person("Broker", "SERVICE_MANAGER")
                .person("Officer", "OTHER")
                .person("Worker", "PRACTITIONER")
                .rel(
                        "Broker WORKS_FOR Charity",
                        "Broker COLLABORATES_WITH Leader",
                        "Officer WORKS_FOR Police",
                        "Officer COLLABORATES_WITH Broker",
                        "Worker WORKS_FOR Charity");
        ChampionReport report = new Champions(new AreaIndex(map.build(), EvidenceRating.LEVEL_3)).report();

        assertThat(report.people()).extracting(p -> p.person().name()).first().isEqualTo("Broker");
        assertThat(report.people())
                .isSortedAccordingTo(Comparator.comparingDouble(PersonCentrality::betweenness)
                        .reversed());
        PersonCentrality broker = report.people().stream()
                .filter(p -> p.person().name().equals("Broker"))
                .findFirst()
                .orElseThrow();
        assertThat(broker.organisationsBridged()).isEqualTo(3);
        assertThat(broker.champions()).isEmpty();
        assertThat(broker.potential()).isTrue();
        PersonCentrality leader = report.people().stream()
                .filter(p -> p.person().name().equals("Leader"))
                .findFirst()
                .orElseThrow();
        assertThat(leader.champions()).extracting(Subject::name).containsExactly("IY groups");
        assertThat(leader.potential()).isFalse();

        assertThat(report.singlePointsOfFailure()).anySatisfy(f -> {
            assertThat(f.kind()).isEqualTo(SinglePointOfFailure.Kind.ONLY_CHAMPION);
            assertThat(f.subject().name()).isEqualTo("IY groups");
            assertThat(f.person().name()).isEqualTo("Leader");
        });
        assertThat(report.singlePointsOfFailure())
                .filteredOn(f -> f.kind() == SinglePointOfFailure.Kind.CUT_POINT)
                .extracting(f -> f.person().name())
                .contains("Broker", "Officer");
    }

    @Test
    void aStoppedInterventionWithOneChampionIsNoSinglePointOfFailure() {
        MapBuilder map = MapBuilder.healthy()
                .intervention("Old groups", "STOPPED")
                .rel("Leader LEADS Old groups", "Council COMMISSIONS Old groups");
        ChampionReport report = new Champions(new AreaIndex(map.build(), EvidenceRating.LEVEL_3)).report();
        assertThat(report.singlePointsOfFailure())
                .filteredOn(f -> f.kind() == SinglePointOfFailure.Kind.ONLY_CHAMPION)
                .extracting(f -> f.subject().name())
                .containsExactly("IY groups");
        assertThat(Champions.evidenceLeaderRank(report)).isEqualTo(1);
    }
}
