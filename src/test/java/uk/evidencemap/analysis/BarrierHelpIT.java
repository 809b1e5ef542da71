package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestMap;
import uk.evidencemap.TestUsers;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.EricStrategy;

/**
 * Suggestions matched to each barrier that blocks a path, and the ERIC strategies used against
 * barriers like it, read from every area in the real database and shown by the access rules: a
 * path blocked by two barriers of different categories, one with no suggestion, areas the reader
 * may and may not read. The strategies used here are used by no demo area, so their counts are exact.
 */
@IntegrationTest
class BarrierHelpIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    AnalysisService analyses;

    static final String INCENTIVES = EricStrategy.ALTER_INCENTIVE_ALLOWANCE_STRUCTURES.code();
    static final String CAPITATED = EricStrategy.USE_CAPITATED_PAYMENTS.code();

    AreaWithUsers ashby;
    String bexley;
    String dover;
    TestMap map;

    @BeforeEach
    void threeAreas() {
        ashby = testAreas.withUsers("Ashby");
        bexley = testAreas.create("Bexley");
        dover = testAreas.create("Dover");
        users.grant(ashby.editor(), bexley, AreaRole.VIEWER);
        map = testAreas
                .map(ashby.id())
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.ORGANISATION, "North Council", "kind", "LOCAL_AUTHORITY")
                .node(NodeType.ORGANISATION, "Family Hub", "kind", "FAMILY_HUB")
                .node(NodeType.NEED, "Early language")
                .node(NodeType.INTERVENTION, "Parent course", "stage", "INITIAL_IMPLEMENTATION")
                .node(NodeType.BARRIER, "Short-term grant", "category", "FUNDING", "severity", 4, "status", "OPEN")
                .node(
                        NodeType.BARRIER,
                        "Staff turnover",
                        "category",
                        "STAFF_CAPACITY",
                        "cfirConstruct",
                        "C10",
                        "severity",
                        3,
                        "status",
                        "OPEN")
                .node(NodeType.BARRIER, "Odd rules", "category", "OTHER", "severity", 2, "status", "OPEN")
                .node(NodeType.BARRIER, "Budget cut", "category", "FUNDING", "severity", 5, "status", "MITIGATED")
                .node(
                        NodeType.ENABLER,
                        "Pooled budget",
                        "category",
                        "FUNDING_AND_CAPACITY",
                        "strength",
                        4,
                        "ericStrategies",
                        List.of(INCENTIVES))
                .link("North Council", RelationshipType.COMMISSIONS, "Talk groups")
                .link("Family Hub", RelationshipType.DELIVERS, "Talk groups")
                .link("Talk groups", RelationshipType.ADDRESSES, "Early language")
                .link("Short-term grant", RelationshipType.BLOCKS, "Talk groups")
                .link("Staff turnover", RelationshipType.BLOCKS, "Family Hub")
                .link("Odd rules", RelationshipType.BLOCKS, "Parent course")
                .link("Pooled budget", RelationshipType.MITIGATES, "Budget cut");
        testAreas
                .map(bexley)
                .node(NodeType.BARRIER, "Grant ending", "category", "FUNDING", "severity", 3, "status", "RESOLVED")
                .node(
                        NodeType.ENABLER,
                        "Bridging fund",
                        "category",
                        "FUNDING_AND_CAPACITY",
                        "strength",
                        5,
                        "ericStrategies",
                        List.of(INCENTIVES))
                .node(
                        NodeType.BARRIER,
                        "Rota gaps",
                        "category",
                        "OTHER",
                        "cfirConstruct",
                        "C10",
                        "severity",
                        3,
                        "status",
                        "OPEN")
                .node(
                        NodeType.ENABLER,
                        "Relief staff",
                        "category",
                        "WORKFORCE_DEVELOPMENT",
                        "strength",
                        3,
                        "ericStrategies",
                        List.of(CAPITATED))
                .link("Bridging fund", RelationshipType.MITIGATES, "Grant ending")
                .link("Relief staff", RelationshipType.MITIGATES, "Rota gaps");
        testAreas
                .map(dover)
                .node(NodeType.BARRIER, "Council cuts", "category", "FUNDING", "severity", 4, "status", "OPEN")
                .node(
                        NodeType.ENABLER,
                        "Charity grant",
                        "category",
                        "FUNDING_AND_CAPACITY",
                        "strength",
                        5,
                        "ericStrategies",
                        List.of(INCENTIVES))
                .link("Charity grant", RelationshipType.MITIGATES, "Council cuts");
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        users.deleteAll();
    }

    private List<BlockedPath> pathsFor(TestUsers.Login login) {
        return users.as(login.username(), () -> analyses.blockedPaths(ashby.id()));
    }

    @Test
    void aPathBlockedByTwoBarriersOfDifferentCategoriesGetsHelpMatchedToEachAndAPathWithNoneSaysSo() {
        List<BlockedPath> paths = pathsFor(ashby.editor());
        assertThat(paths).extracting(p -> p.intervention().name()).containsExactly("Talk groups", "Parent course");
        BlockedPath talkGroups = paths.getFirst();
        assertThat(talkGroups.help())
                .extracting(h -> h.barrier().name() + " / " + h.category())
                .containsExactly("Short-term grant / Funding", "Staff turnover / Staff capacity");

        BarrierHelp grant = talkGroups.help().get(0);
        assertThat(grant.suggestions())
                .extracting(Suggestion::text)
                .startsWith(
                        "Here, 'Pooled budget' (Funding and capacity) mitigates 'Budget cut', also a Funding barrier"
                                + " (status: Mitigated)",
                        "In Bexley, 'Bridging fund' (Funding and capacity) mitigates 'Grant ending', also a Funding"
                                + " barrier (status: Resolved)")
                .anyMatch(t -> t.matches("\\d+ other areas? mitigated a Funding barrier with an enabler of category"
                        + " Funding and capacity"))
                .allSatisfy(t -> assertThat(t).doesNotContain("Dover", "Charity grant", "Council cuts"));
        assertThat(grant.strategies())
                .filteredOn(s -> s.code().equals(INCENTIVES))
                .as("against Budget cut (here, mitigated), Grant ending (resolved) and Council cuts (open)")
                .containsExactly(new BarrierHelp.StrategyUse(
                        INCENTIVES, EricStrategy.ALTER_INCENTIVE_ALLOWANCE_STRUCTURES.label(), 1, 1, 3, 2));

        BarrierHelp turnover = talkGroups.help().get(1);
        String c10 = Cfir.get().path(Cfir.get().construct("C10").orElseThrow());
        assertThat(turnover.cfirConstruct()).isEqualTo(c10);
        assertThat(turnover.suggestions())
                .extracting(Suggestion::text)
                .contains("In Bexley, 'Relief staff' (Workforce development) mitigates 'Rota gaps', a barrier of the"
                        + " same CFIR construct (" + c10 + ") (status: Open)")
                .noneMatch(t -> t.contains("Pooled budget") || t.contains("Bridging fund"));
        assertThat(turnover.strategies())
                .filteredOn(s -> s.code().equals(CAPITATED))
                .containsExactly(new BarrierHelp.StrategyUse(
                        CAPITATED, EricStrategy.USE_CAPITATED_PAYMENTS.label(), 0, 0, 1, 0));

        assertThat(paths.getLast().help()).singleElement().satisfies(h -> {
            assertThat(h.category()).isEqualTo("Other");
            assertThat(h.suggestions()).isEmpty();
        });
        assertThat(paths.getLast().suggestionLines()).containsExactly("For 'Odd rules' (Other): No suggestion yet");
        assertThat(paths)
                .flatExtracting(BlockedPath::suggestionLines)
                .allSatisfy(line -> assertThat(line).doesNotContain("FUNDING", "STAFF_CAPACITY", "OTHER", "C10 "));
    }

    @Test
    void aReaderOfThisAreaAloneGetsCountsWithoutAnyNameOfAnotherAreaInTheServiceAndTheApi() {
        List<BlockedPath> paths = pathsFor(ashby.viewer());
        BarrierHelp grant = paths.getFirst().help().getFirst();
        assertThat(grant.suggestions())
                .extracting(Suggestion::text)
                .startsWith("Here, 'Pooled budget' (Funding and capacity) mitigates 'Budget cut', also a Funding"
                        + " barrier (status: Mitigated)")
                .anyMatch(t -> t.matches("[2-9]\\d* other areas mitigated a Funding barrier with an enabler of"
                        + " category Funding and capacity"));
        assertThat(paths.getFirst().help().get(1).suggestions())
                .extracting(Suggestion::text)
                .anyMatch(t -> t.startsWith("1 other area mitigated a barrier of the CFIR construct")
                        || t.matches("\\d+ other areas? mitigated a barrier of the CFIR construct .*"));
        assertThat(grant.strategies())
                .as("the same counts for every reader")
                .filteredOn(s -> s.code().equals(INCENTIVES))
                .extracting(BarrierHelp.StrategyUse::barriersAllAreas, BarrierHelp.StrategyUse::settledAllAreas)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, 2));

        String raw = Http.basic(port, ashby.viewer())
                .get("/api/areas/" + ashby.id() + "/blocked-paths")
                .raw();
        assertThat(raw)
                .contains("\"help\"", "\"strategies\"", "\"barriersAllAreas\"", "Pooled budget")
                .doesNotContain(
                        "Bexley",
                        "Bridging fund",
                        "Grant ending",
                        "Relief staff",
                        "Rota gaps",
                        "Dover",
                        "Charity grant",
                        "Council cuts",
                        bexley,
                        dover);
    }

    @Test
    void anyBarrierOfTheAreaGetsTheSameHelpForItsNodePanel() {
        var help = users.as(
                ashby.editor().username(),
                () -> analyses.barrierHelp(
                        ashby.id(), map.get("Short-term grant").id()));
        assertThat(help).contains(pathsFor(ashby.editor()).getFirst().help().getFirst());
        assertThat(users.as(
                        ashby.editor().username(),
                        () -> analyses.barrierHelp(
                                ashby.id(), map.get("Talk groups").id())))
                .as("not a barrier")
                .isEmpty();
    }
}
