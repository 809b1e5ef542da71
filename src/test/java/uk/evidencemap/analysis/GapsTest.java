package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.evidencemap.taxonomy.EvidenceRating;

/** The six kinds of gap, each on a hand-built map. */
class GapsTest {

    private static final EvidenceRating THREE = EvidenceRating.LEVEL_3;

    private static List<Gap> gaps(MapBuilder map, EvidenceRating threshold) {
        return new Gaps(new AreaIndex(map.build(), threshold)).find();
    }

    private static List<Gap> gaps(MapBuilder map, GapKind kind) {
        return gaps(map, THREE).stream().filter(g -> g.kind() == kind).toList();
    }

    @Test
    void aNeedWithoutStrongEvidenceInDeliveryIsUnmetAndNamesTheProgrammesThatTargetIt() {
        MapBuilder map = MapBuilder.healthy()
                .need("Early language", 5)
                .programme("Preparing for Life", "3+")
                .rel("Preparing for Life TARGETS Early language");
        List<Gap> unmet = gaps(map, GapKind.UNMET_NEED);
        assertThat(unmet).singleElement().satisfies(g -> {
            assertThat(g.subject().name()).isEqualTo("Early language");
            assertThat(g.severity()).isEqualTo(5);
            assertThat(g.reason())
                    .isEqualTo("Need 'Early language' has no intervention in delivery with strong"
                            + " evidence; nothing addresses it; 'Preparing for Life' (rated 3+) targets it");
            assertThat(g.suggestions()).extracting(s -> s.subject().name()).containsExactly("Preparing for Life");
        });
    }

    @Test
    void aStoppedInterventionIsNotInDelivery() {
        MapBuilder map = MapBuilder.healthy();
        MapBuilder stopped = new MapBuilder()
                .person("Leader", "LOCAL_EVIDENCE_LEADER")
                .org("Council")
                .intervention("IY groups", "STOPPED")
                .programme("Incredible Years", "4+")
                .need("Behaviour", 4)
                .rel(
                        "Council COMMISSIONS IY groups",
                        "IY groups IMPLEMENTS Incredible Years",
                        "IY groups ADDRESSES Behaviour",
                        "Leader WORKS_FOR Council");
        assertThat(gaps(map, GapKind.UNMET_NEED)).isEmpty();
        assertThat(gaps(stopped, GapKind.UNMET_NEED))
                .singleElement()
                .satisfies(g -> assertThat(g.reason()).contains("'IY groups' (stopped)"));
        assertThat(gaps(stopped, GapKind.UNCHAMPIONED_INTERVENTION))
                .as("stopped work needs no champion")
                .isEmpty();
    }

    @Test
    void theStrongEvidenceThresholdIsASetting() {
        MapBuilder map = MapBuilder.healthy()
                .programme("Family Group Conferences", "3")
                .intervention("FGC", "SUSTAINMENT")
                .need("Edge of care", 5)
                .rel(
                        "FGC IMPLEMENTS Family Group Conferences",
                        "FGC ADDRESSES Edge of care",
                        "Council COMMISSIONS FGC",
                        "Leader LEADS FGC");
        assertThat(gaps(map, EvidenceRating.LEVEL_3)).isEmpty();
        assertThat(gaps(map, EvidenceRating.LEVEL_3_PLUS))
                .extracting(Gap::kind, g -> g.subject().name())
                .containsExactly(tuple(GapKind.UNMET_NEED, "Edge of care"));
    }

    @Test
    void weakEvidenceDeliveryNamesTheStrongAlternatives() {
        MapBuilder map = MapBuilder.healthy()
                .intervention("Solihull groups", "SUSTAINMENT")
                .programme("Solihull", "NL2")
                .rel(
                        "Solihull groups IMPLEMENTS Solihull",
                        "Solihull groups ADDRESSES Behaviour",
                        "Council COMMISSIONS Solihull groups",
                        "Leader LEADS Solihull groups");
        assertThat(gaps(map, GapKind.WEAK_EVIDENCE_DELIVERY)).singleElement().satisfies(g -> {
            assertThat(g.subject().name()).isEqualTo("Solihull groups");
            assertThat(g.reason())
                    .isEqualTo(
                            "'Solihull groups' is in delivery without strong evidence (implements"
                                    + " 'Solihull' (rated NL2)); for 'Behaviour', 'Incredible Years' (rated 4+) targets the same need");
            assertThat(g.suggestions()).extracting(s -> s.subject().name()).containsExactly("Incredible Years");
        });
    }

    @Test
    void weakEvidenceWithNoStrongAlternativeIsNotAGapOfThatKind() {
        MapBuilder map = MapBuilder.healthy()
                .intervention("Drop-in", "FULL_IMPLEMENTATION")
                .need("Isolation", 3)
                .rel("Drop-in ADDRESSES Isolation", "Council COMMISSIONS Drop-in", "Leader LEADS Drop-in");
        assertThat(gaps(map, GapKind.WEAK_EVIDENCE_DELIVERY)).isEmpty();
        assertThat(gaps(map, GapKind.UNMET_NEED))
                .extracting(g -> g.subject().name())
                .containsExactly("Isolation");
    }

    @Test
    void anInterventionWithNobodyChampioningOrLeadingItIsUnchampioned() {
        MapBuilder map = MapBuilder.healthy()
                .intervention("Cafés", "FULL_IMPLEMENTATION")
                .rel("Council COMMISSIONS Cafés");
        assertThat(gaps(map, GapKind.UNCHAMPIONED_INTERVENTION))
                .extracting(g -> g.subject().name())
                .containsExactly("Cafés");
        map.rel("Leader LEADS Cafés");
        assertThat(gaps(map, GapKind.UNCHAMPIONED_INTERVENTION)).isEmpty();
    }

    @Test
    void anInterventionNobodyCommissionsIsUncommissioned() {
        MapBuilder map = MapBuilder.healthy()
                .intervention("Youth mentoring", "FULL_IMPLEMENTATION")
                .rel("Hub DELIVERS Youth mentoring", "Leader LEADS Youth mentoring");
        assertThat(gaps(map, GapKind.UNCOMMISSIONED_INTERVENTION))
                .singleElement()
                .satisfies(g -> assertThat(g.reason())
                        .isEqualTo("Intervention 'Youth mentoring' (full implementation) is not"
                                + " commissioned by any organisation"));
    }

    @Test
    void onlyOpenBarriersWithoutAnEnablerAreUnmitigated() {
        MapBuilder map = MapBuilder.healthy()
                .barrier("Funding gap", "FUNDING", 5, "OPEN")
                .barrier("Turnover", "LOCAL_IMPLEMENTATION", 4, "OPEN")
                .enabler("Shared pool", "WORKFORCE_DEVELOPMENT")
                .barrier("Old problem", "OTHER", 2, "RESOLVED")
                .rel(
                        "Funding gap BLOCKS IY groups",
                        "Turnover BLOCKS Hub",
                        "Shared pool MITIGATES Turnover",
                        "Old problem BLOCKS Hub");
        assertThat(gaps(map, GapKind.UNMITIGATED_BARRIER)).singleElement().satisfies(g -> {
            assertThat(g.subject().name()).isEqualTo("Funding gap");
            assertThat(g.severity()).isEqualTo(5);
            assertThat(g.reason())
                    .isEqualTo("Open barrier 'Funding gap' (Funding) has no enabler that mitigates it;"
                            + " it blocks 'IY groups'");
        });
    }

    @Test
    void anOrganisationMoreThanThreeStepsFromAnEvidenceLeaderIsOutOfReach() {
        // Leader - Council - IY groups - Hub (3 steps) is within reach; School is 5 steps away.
        MapBuilder map = MapBuilder.healthy()
                .org("School")
                .intervention("Nurture groups", "FULL_IMPLEMENTATION")
                .person("Head", "OTHER")
                .person("Mentor", "PRACTITIONER")
                .rel(
                        "School DELIVERS Nurture groups",
                        "School COMMISSIONS Nurture groups",
                        "Head LEADS Nurture groups",
                        "Head COLLABORATES_WITH Mentor",
                        "Mentor WORKS_FOR Hub");
        assertThat(gaps(map, GapKind.OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP))
                .singleElement()
                .satisfies(g -> {
                    assertThat(g.subject().name()).isEqualTo("School");
                    assertThat(g.reason())
                            .isEqualTo("Organisation 'School' commissions 'Nurture groups' and delivers"
                                    + " 'Nurture groups', but is more than 3 relationships away from every local evidence leader"
                                    + " (Leader)");
                });
        map.rel("Leader COLLABORATES_WITH Head");
        assertThat(gaps(map, GapKind.OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP)).isEmpty();
    }

    @Test
    void withoutAnyEvidenceLeaderEveryCommissionerAndDelivererIsOutOfReach() {
        MapBuilder map = new MapBuilder()
                .org("Council")
                .intervention("Groups", "FULL_IMPLEMENTATION")
                .rel("Council COMMISSIONS Groups");
        assertThat(gaps(map, GapKind.OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP))
                .singleElement()
                .satisfies(g -> assertThat(g.reason()).endsWith("but the map has no local evidence leader"));
    }
}
