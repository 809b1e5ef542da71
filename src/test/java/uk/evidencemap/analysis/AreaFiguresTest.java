package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.taxonomy.EvidenceRating;

/** The comparison's figures, counted by the analysis's own rules. */
class AreaFiguresTest {

    /** The figures from the full analyses, checked equal to those the comparison works out on their own. */
    private static AreaFigures figures(MapBuilder map, EvidenceRating threshold) {
        AreaAnalysis analysis = new AreaAnalysis(map.build(), threshold);
        AreaFigures full = analysis.figuresFrom(
                analysis.gaps(), analysis.champions(), analysis.blockedPaths(), analysis.networkShape());
        AreaAnalysis alone = new AreaAnalysis(map.build(), threshold);
        assertThat(alone.figuresFrom(null, null, alone.blockedPaths(), alone.networkShape()))
                .as("the comparison's own count of the unmet needs and the leader's rank")
                .isEqualTo(full);
        return full;
    }

    @Test
    void theLeadersRankFollowsTheChampionsOrderWhenBetweennessTies() {
        MapBuilder map = new MapBuilder()
                .person("carol", "LOCAL_EVIDENCE_LEADER")
                .person("alice", "PRACTITIONER")
                .person("Bob", "LOCAL_EVIDENCE_LEADER");
        assertThat(figures(map, EvidenceRating.LEVEL_3).evidenceLeaderBetweennessRank())
                .as("alice, Bob, carol: all 0, by name")
                .isEqualTo(2);
        assertThat(figures(new MapBuilder().person("alice", "PRACTITIONER"), EvidenceRating.LEVEL_3)
                        .evidenceLeaderBetweennessRank())
                .isNull();
    }

    private static MapBuilder mixed() {
        return new MapBuilder()
                .person("Leader", "LOCAL_EVIDENCE_LEADER")
                .person("Broker", "SERVICE_MANAGER")
                .org("Council")
                .org("Hub")
                .intervention("IY groups", "FULL_IMPLEMENTATION")
                .intervention("FGC", "SUSTAINMENT")
                .intervention("Drop-in", "INITIAL_IMPLEMENTATION")
                .intervention("Pilot", "EXPLORATION")
                .intervention("Old groups", "STOPPED")
                .programme("Incredible Years", "4+")
                .programme("Family Group Conferences", "3")
                .need("Behaviour", 4)
                .need("Isolation", 3)
                .barrier("Grant ends", "FUNDING", 4, "OPEN")
                .barrier("Cuts", "FUNDING", 3, "OPEN")
                .barrier("Turnover", "LOCAL_IMPLEMENTATION", 4, "OPEN")
                .barrier("Old problem", "STAFF_CAPACITY", 2, "RESOLVED")
                .node(NodeType.BARRIER, "Unsorted", "severity", 2, "status", "OPEN")
                .enabler("Pooled budget", "FUNDING_AND_CAPACITY")
                .rel(
                        "Leader WORKS_FOR Council",
                        "Broker WORKS_FOR Hub",
                        "Broker COLLABORATES_WITH Leader",
                        "Council COMMISSIONS IY groups",
                        "Hub DELIVERS IY groups",
                        "IY groups IMPLEMENTS Incredible Years",
                        "IY groups ADDRESSES Behaviour",
                        "FGC IMPLEMENTS Family Group Conferences",
                        "Drop-in ADDRESSES Isolation",
                        "Pilot IMPLEMENTS Incredible Years",
                        "Old groups IMPLEMENTS Incredible Years",
                        "Leader CHAMPIONS IY groups",
                        "Broker LEADS Drop-in",
                        "Leader LEADS Old groups",
                        "Grant ends BLOCKS IY groups",
                        "Pooled budget MITIGATES Cuts");
    }

    @Test
    void interventionsInDeliveryAreCountedWithTheirStrongEvidenceAndChampions() {
        AreaFigures figures = figures(mixed(), EvidenceRating.LEVEL_3);
        assertThat(figures.interventionsInDelivery())
                .as("full implementation, sustainment and initial implementation; not exploration or stopped")
                .isEqualTo(3);
        assertThat(figures.inDeliveryWithStrongEvidence()).isEqualTo(2);
        assertThat(figures.inDeliveryChampioned()).isEqualTo(2);
        assertThat(figures(mixed(), EvidenceRating.LEVEL_3_PLUS).inDeliveryWithStrongEvidence())
                .as("the area's threshold decides")
                .isEqualTo(1);
    }

    @Test
    void openBarriersAreCountedPerCategoryAndWithoutAnEnablerAsUnmitigated() {
        AreaFigures figures = figures(mixed(), EvidenceRating.LEVEL_3);
        assertThat(figures.openBarriersByCategory())
                .containsExactly(Map.entry("FUNDING", 2), Map.entry("LOCAL_IMPLEMENTATION", 1), Map.entry("OTHER", 1));
        assertThat(figures.unmitigatedBarriersByCategory())
                .containsExactly(Map.entry("FUNDING", 1), Map.entry("LOCAL_IMPLEMENTATION", 1), Map.entry("OTHER", 1));
        assertThat(figures.openBarriers()).isEqualTo(4);
        assertThat(figures.unmitigatedBarriers()).isEqualTo(3);
    }

    @Test
    void theCountsOfFindingsAreThoseOfTheAnalyses() {
        MapBuilder map = mixed();
        AreaAnalysis analysis = new AreaAnalysis(map.build(), EvidenceRating.LEVEL_3);
        AreaFigures figures = figures(map, EvidenceRating.LEVEL_3);
        assertThat(figures.unmetNeeds())
                .isEqualTo(analysis.gaps().stream()
                        .filter(g -> g.kind() == GapKind.UNMET_NEED)
                        .count())
                .isEqualTo(1);
        assertThat(figures.unmitigatedBarriers())
                .isEqualTo(analysis.gaps().stream()
                        .filter(g -> g.kind() == GapKind.UNMITIGATED_BARRIER)
                        .count());
        assertThat(figures.blockedPaths())
                .isEqualTo(analysis.blockedPaths().size())
                .isEqualTo(1);
        long programmes = map.build().nodes().stream()
                .filter(n -> n.type() == NodeType.PROGRAMME)
                .count();
        assertThat(programmes).isPositive();
        assertThat(figures.size().programmes()).isEqualTo(programmes);
        assertThat(figures.size().nodes()).isEqualTo(map.build().nodes().size() - programmes);
        assertThat(figures.size().relationships())
                .isEqualTo(map.build().relationships().size());
    }

    @Test
    void theWholeNetworkIsThatOfTheNetworkReport() {
        MapBuilder map = mixed();
        AreaAnalysis analysis = new AreaAnalysis(map.build(), EvidenceRating.LEVEL_3);
        assertThat(figures(map, EvidenceRating.LEVEL_3).network())
                .isEqualTo(NetworkShape.of(analysis.network().network()));
        assertThat(figures(new MapBuilder(), EvidenceRating.LEVEL_3).network())
                .isEqualTo(NetworkShape.of(new AreaAnalysis(new MapBuilder().build(), EvidenceRating.LEVEL_3)
                        .network()
                        .network()));
    }

    @Test
    void theEvidenceLeadersRankIsTheirPlaceByBetweenness() {
        AreaFigures figures = figures(mixed(), EvidenceRating.LEVEL_3);
        ChampionReport report = new AreaAnalysis(mixed().build(), EvidenceRating.LEVEL_3).champions();
        assertThat(report.people()
                        .get(figures.evidenceLeaderBetweennessRank() - 1)
                        .person()
                        .name())
                .isEqualTo("Leader");
        assertThat(figures(new MapBuilder().person("Broker", "SERVICE_MANAGER"), EvidenceRating.LEVEL_3)
                        .evidenceLeaderBetweennessRank())
                .as("no local evidence leader")
                .isNull();
    }

    @Test
    void anEmptyMapHasNothingToCount() {
        AreaFigures figures = figures(new MapBuilder(), EvidenceRating.LEVEL_3);
        assertThat(figures.interventionsInDelivery()).isZero();
        assertThat(figures.openBarriersByCategory()).isEmpty();
        assertThat(figures.size().nodes()).isZero();
        assertThat(figures.evidenceLeaderBetweennessRank()).isNull();
    }
}
