package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.evidencemap.taxonomy.EvidenceRating;

class AreaAnalysisTest {

    private static final EvidenceRating THREE = EvidenceRating.LEVEL_3;

    private static List<Gap> gaps(MapBuilder map, GapKind kind) {
        return new AreaAnalysis(map.build(), THREE)
                .gaps().stream().filter(g -> g.kind() == kind).toList();
    }

    /** A need met by a strong programme in delivery, with everything around it in order. */
    private static MapBuilder healthy() {
        return new MapBuilder()
                .person("Leader", "LOCAL_EVIDENCE_LEADER")
                .org("Council")
                .org("Hub")
                .intervention("IY groups", "FULL_IMPLEMENTATION")
                .programme("Incredible Years", "4+")
                .need("Behaviour", 4)
                .rel(
                        "Leader WORKS_FOR Council",
                        "Council COMMISSIONS IY groups",
                        "Hub DELIVERS IY groups",
                        "IY groups IMPLEMENTS Incredible Years",
                        "IY groups ADDRESSES Behaviour",
                        "Incredible Years TARGETS Behaviour",
                        "Leader CHAMPIONS IY groups");
    }

    @Test
    void aHealthyMapHasNoGapsAndNoBlockedPaths() {
        AreaAnalysis analysis = new AreaAnalysis(healthy().build(), THREE);
        assertThat(analysis.gaps()).isEmpty();
        assertThat(analysis.blockedPaths()).isEmpty();
    }

    @Test
    void aNeedWithoutStrongEvidenceInDeliveryIsUnmetAndNamesTheProgrammesThatTargetIt() {
        MapBuilder map = healthy()
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
        MapBuilder map = healthy();
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
        MapBuilder map = healthy()
                .programme("Family Group Conferences", "3")
                .intervention("FGC", "SUSTAINMENT")
                .need("Edge of care", 5)
                .rel(
                        "FGC IMPLEMENTS Family Group Conferences",
                        "FGC ADDRESSES Edge of care",
                        "Council COMMISSIONS FGC",
                        "Leader LEADS FGC");
        assertThat(new AreaAnalysis(map.build(), EvidenceRating.LEVEL_3).gaps()).isEmpty();
        assertThat(new AreaAnalysis(map.build(), EvidenceRating.LEVEL_3_PLUS).gaps())
                .extracting(Gap::kind, g -> g.subject().name())
                .containsExactly(org.assertj.core.groups.Tuple.tuple(GapKind.UNMET_NEED, "Edge of care"));
    }

    @Test
    void weakEvidenceDeliveryNamesTheStrongAlternatives() {
        MapBuilder map = healthy()
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
        MapBuilder map = healthy()
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
        MapBuilder map = healthy().intervention("Cafés", "FULL_IMPLEMENTATION").rel("Council COMMISSIONS Cafés");
        assertThat(gaps(map, GapKind.UNCHAMPIONED_INTERVENTION))
                .extracting(g -> g.subject().name())
                .containsExactly("Cafés");
        map.rel("Leader LEADS Cafés");
        assertThat(gaps(map, GapKind.UNCHAMPIONED_INTERVENTION)).isEmpty();
    }

    @Test
    void anInterventionNobodyCommissionsIsUncommissioned() {
        MapBuilder map = healthy()
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
        MapBuilder map = healthy()
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
                    .isEqualTo("Open barrier 'Funding gap' (FUNDING) has no enabler that mitigates it;"
                            + " it blocks 'IY groups'");
        });
    }

    @Test
    void anOrganisationMoreThanThreeStepsFromAnEvidenceLeaderIsOutOfReach() {
        // Leader - Council - IY groups - Hub (3 steps) is within reach; School is 5 steps away.
        MapBuilder map = healthy()
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

    @Test
    void anOpenUnmitigatedBarrierOnAPathBlocksItAndAMitigatedOneDoesNot() {
        MapBuilder map = healthy()
                .barrier("Facilitator turnover", "LOCAL_IMPLEMENTATION", 4, "OPEN")
                .rel("Facilitator turnover BLOCKS Hub");
        List<BlockedPath> paths = new AreaAnalysis(map.build(), THREE).blockedPaths();
        assertThat(paths).singleElement().satisfies(p -> {
            assertThat(p.commissioner().name()).isEqualTo("Council");
            assertThat(p.intervention().name()).isEqualTo("IY groups");
            assertThat(p.deliverer().name()).isEqualTo("Hub");
            assertThat(p.need().name()).isEqualTo("Behaviour");
            assertThat(p.blockers()).singleElement().satisfies(b -> {
                assertThat(b.barrier().name()).isEqualTo("Facilitator turnover");
                assertThat(b.at().name()).isEqualTo("Hub");
            });
        });

        map.enabler("Facilitator pool", "WORKFORCE_DEVELOPMENT").rel("Facilitator pool MITIGATES Facilitator turnover");
        assertThat(new AreaAnalysis(map.build(), THREE).blockedPaths()).isEmpty();
    }

    @Test
    void aPathWithNoCommissionerOrDelivererYetCanStillBeBlocked() {
        MapBuilder map = new MapBuilder()
                .intervention("Pilot", "EXPLORATION")
                .barrier("No budget", "FUNDING", 5, "OPEN")
                .rel("No budget BLOCKS Pilot");
        assertThat(new AreaAnalysis(map.build(), THREE).blockedPaths())
                .singleElement()
                .satisfies(p -> {
                    assertThat(p.commissioner()).isNull();
                    assertThat(p.deliverer()).isNull();
                    assertThat(p.need()).isNull();
                    assertThat(p.intervention().name()).isEqualTo("Pilot");
                });
    }

    @Test
    void aBarrierThatIsNoLongerOpenDoesNotBlock() {
        MapBuilder map =
                healthy().barrier("Old cuts", "FUNDING", 5, "MITIGATED").rel("Old cuts BLOCKS IY groups");
        assertThat(new AreaAnalysis(map.build(), THREE).blockedPaths()).isEmpty();
    }

    @Test
    void blockedPathsSuggestEnablersOfThisAreaThatTackleTheSameCategory() {
        MapBuilder map = healthy()
                .barrier("Grant ends", "FUNDING", 4, "OPEN")
                .barrier("Cuts", "FUNDING", 3, "OPEN")
                .enabler("Pooled budget", "FUNDING_AND_CAPACITY")
                .enabler("Training", "WORKFORCE_DEVELOPMENT")
                .rel("Grant ends BLOCKS IY groups", "Pooled budget MITIGATES Cuts", "Training SUPPORTS Hub");
        assertThat(new AreaAnalysis(map.build(), THREE).blockedPaths())
                .singleElement()
                .satisfies(p -> assertThat(p.suggestions())
                        .extracting(Suggestion::text)
                        .containsExactlyInAnyOrder(
                                "'Pooled budget' mitigates a FUNDING barrier here ('Cuts')",
                                "'Training' already supports 'Hub' on this path"));
    }

    @Test
    void peopleAreRankedByBetweennessWithBridgesChampionsAndSinglePointsOfFailure() {
        // Broker links the council side to a charity and the police; nobody else does.
        MapBuilder map = healthy()
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
        ChampionReport report = new AreaAnalysis(map.build(), THREE).champions();

        assertThat(report.people()).extracting(p -> p.person().name()).first().isEqualTo("Broker");
        assertThat(report.people())
                .isSortedAccordingTo(java.util.Comparator.comparingDouble(PersonCentrality::betweenness)
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
}
