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
        ChampionReport report = report(map);

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
        ChampionReport report = report(map);
        assertThat(report.singlePointsOfFailure())
                .filteredOn(f -> f.kind() == SinglePointOfFailure.Kind.ONLY_CHAMPION)
                .extracting(f -> f.subject().name())
                .containsExactly("IY groups");
        assertThat(Champions.evidenceLeaderRank(report)).isEqualTo(1);
    }

    @Test
    void aCutPointCutsOffOnlyWhatHungOnItNotNodesThatWereApartAlready() {
        // A - B - C - D in a chain, and an organisation nobody is connected to.
        MapBuilder map = new MapBuilder()
                .person("A", "PRACTITIONER")
                .person("B", "PRACTITIONER")
                .person("C", "PRACTITIONER")
                .person("D", "PRACTITIONER")
                .org("Lonely Trust")
                .rel("A COLLABORATES_WITH B", "B COLLABORATES_WITH C", "C COLLABORATES_WITH D");
        ChampionReport report = report(map);

        assertThat(report.singlePointsOfFailure())
                .filteredOn(f -> f.kind() == SinglePointOfFailure.Kind.CUT_POINT)
                .extracting(SinglePointOfFailure::reason)
                .containsExactlyInAnyOrder(
                        "Without B, A is cut off from the rest of the network",
                        "Without C, D is cut off from the rest of the network");
    }

    @Test
    void aCutPointBetweenGroupsNamesEveryNodeOfTheSmallerGroups() {
        // Hub joins a pair (P, Q) and a triangle (X, Y, Z); an unconnected organisation stays out of it.
        MapBuilder map = new MapBuilder()
                .person("Hub", "SERVICE_MANAGER")
                .person("P", "PRACTITIONER")
                .person("Q", "PRACTITIONER")
                .person("X", "PRACTITIONER")
                .person("Y", "PRACTITIONER")
                .person("Z", "PRACTITIONER")
                .org("Lonely Trust")
                .rel(
                        "Hub COLLABORATES_WITH P",
                        "P COLLABORATES_WITH Q",
                        "Hub COLLABORATES_WITH X",
                        "X COLLABORATES_WITH Y",
                        "Y COLLABORATES_WITH Z",
                        "Z COLLABORATES_WITH X");
        ChampionReport report = report(map);

        assertThat(report.singlePointsOfFailure())
                .filteredOn(f -> f.kind() == SinglePointOfFailure.Kind.CUT_POINT)
                .filteredOn(f -> f.person().name().equals("Hub"))
                .extracting(SinglePointOfFailure::reason)
                .containsExactly("Without Hub, 2 nodes (P, Q) are cut off from the rest of the network");
    }

    @Test
    void theOnlyChampionIsToldApartFromAnotherPersonOfTheSameName() {
        MapBuilder map = MapBuilder.healthy()
                .person("sam-1", "PRACTITIONER")
                .person("sam-2", "SERVICE_MANAGER")
                .called("sam-1", "Sam Patel")
                .called("sam-2", "Sam Patel")
                .intervention("Talk groups", "FULL_IMPLEMENTATION")
                .rel("sam-1 WORKS_FOR Hub", "sam-2 WORKS_FOR Council", "sam-1 CHAMPIONS Talk groups");
        ChampionReport report = report(map);

        assertThat(report.singlePointsOfFailure())
                .filteredOn(f -> f.kind() == SinglePointOfFailure.Kind.ONLY_CHAMPION)
                .extracting(SinglePointOfFailure::reason)
                .containsExactlyInAnyOrder(
                        "'IY groups' has one champion: Leader",
                        "'Talk groups' has one champion: Sam Patel (practitioner, Hub)");
    }

    private static ChampionReport report(MapBuilder map) {
        AreaIndex index = new AreaIndex(map.build(), EvidenceRating.LEVEL_3);
        return new Champions(index, ChampionsGraph.of(index)).report();
    }
}
