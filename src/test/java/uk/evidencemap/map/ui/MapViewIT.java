package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestMap;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.BlockedPath;
import uk.evidencemap.analysis.Blocker;
import uk.evidencemap.analysis.NodeFigures;
import uk.evidencemap.analysis.Subject;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.map.NodePalette;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.ImplementationStage;

/** The map page on small maps each test builds: find, filters, focus, highlights from the analysis page, large maps. */
@IntegrationTest
class MapViewIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    @Autowired
    AnalysisService analysis;

    String area;

    @BeforeEach
    void anArea() {
        area = testAreas.create();
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
    }

    /**
     * Seven nodes around one evidence leader:
     *
     * <pre>
     * Ann Leader --WORKS_FOR--> North Council
     * Ann Leader --CHAMPIONS--> Talk groups --ADDRESSES--> Early language
     * Ann Leader --COLLABORATES_WITH--> Ben Carter --WORKS_FOR--> Family Hub --DELIVERS--> Talk groups
     * Cara Reid --WORKS_FOR--> Family Hub
     * </pre>
     *
     * Ann has three connections; Family Hub and Early language are two steps from her, Cara Reid three.
     */
    private TestMap aTeamAroundALeader() {
        return testAreas
                .map(area)
                .node(NodeType.PERSON, "Ann Leader", "role", "LOCAL_EVIDENCE_LEADER")
                .node(NodeType.PERSON, "Ben Carter", "role", "PRACTITIONER")
                .node(NodeType.PERSON, "Cara Reid", "role", "PARENT_REPRESENTATIVE")
                .node(NodeType.ORGANISATION, "North Council", "kind", "LOCAL_AUTHORITY")
                .node(NodeType.ORGANISATION, "Family Hub", "kind", "FAMILY_HUB")
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.NEED, "Early language")
                .link("Ann Leader", RelationshipType.WORKS_FOR, "North Council")
                .link("Ann Leader", RelationshipType.CHAMPIONS, "Talk groups")
                .link("Ann Leader", RelationshipType.COLLABORATES_WITH, "Ben Carter")
                .link("Ben Carter", RelationshipType.WORKS_FOR, "Family Hub")
                .link("Family Hub", RelationshipType.DELIVERS, "Talk groups")
                .link("Talk groups", RelationshipType.ADDRESSES, "Early language")
                .link("Cara Reid", RelationshipType.WORKS_FOR, "Family Hub");
    }

    @Test
    void findingAPersonByNameSelectsThemAndShowsTheirDetailsAndConnections() {
        TestMap built = aTeamAroundALeader();
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        assertThat(view.visible()).hasSize(7);
        assertThat(view.canvas.getSelected()).isEmpty();

        test(view.find).selectItem("Ann Leader (Person)");

        assertThat(view.canvas.getSelected()).isEqualTo(built.get("Ann Leader").id());
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Ann Leader", "Connections (3)");
    }

    @Test
    void aBarriersPanelSaysWhatHelpedWithBarriersLikeItAndWhichStrategiesWereUsed() {
        TestMap built = testAreas
                .map(area)
                .node(NodeType.BARRIER, "Short-term grant", "category", "FUNDING", "severity", 4, "status", "OPEN")
                .node(NodeType.BARRIER, "Budget cut", "category", "FUNDING", "severity", 5, "status", "MITIGATED")
                .node(NodeType.BARRIER, "Odd rules", "category", "OTHER", "severity", 2, "status", "OPEN")
                .node(
                        NodeType.ENABLER,
                        "Pooled budget",
                        "category",
                        "FUNDING_AND_CAPACITY",
                        "strength",
                        4,
                        "ericStrategies",
                        java.util.List.of("ACCESS_NEW_FUNDING"))
                .link("Pooled budget", RelationshipType.MITIGATES, "Budget cut");
        MapView view = navigate("areas/" + area + "/map", MapView.class);

        view.showDetails(built.get("Short-term grant").id());
        assertThat(view.details.helpHeading.getText()).isEqualTo("What helped with barriers like this");
        String panel = view.details.getElement().getTextRecursively();
        assertThat(panel)
                .contains("Here, 'Pooled budget' (Funding and capacity) mitigates 'Budget cut', also a Funding barrier"
                        + " (status: Mitigated)")
                .contains("Implementation strategies (ERIC) used against barriers like this:")
                .contains("Access new funding: against ")
                .contains("1 of them here (1 mitigated or resolved)");

        view.showDetails(built.get("Odd rules").id());
        assertThat(view.details.getElement().getTextRecursively())
                .contains("What helped with barriers like this")
                .contains("No suggestion yet.");

        view.showDetails(built.get("Pooled budget").id());
        assertThat(view.details.helpHeading).as("only for a barrier").isNull();
    }

    @Test
    void focusShowsOnlyTheNodesWithinTheChosenStepsOfTheSelectedNode() {
        TestMap built = aTeamAroundALeader();
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        view.showTools(true);
        view.showDetails(built.get("Ann Leader").id());

        test(view.filters.focus).selectItem("1 step around it");
        assertThat(view.visible()).isEqualTo(ids(built, "Ann Leader", "North Council", "Talk groups", "Ben Carter"));

        test(view.filters.focus).selectItem("2 steps around it");
        assertThat(view.visible())
                .isEqualTo(ids(
                        built,
                        "Ann Leader",
                        "North Council",
                        "Talk groups",
                        "Ben Carter",
                        "Family Hub",
                        "Early language"));

        test(view.filters.focus).selectItem("Whole map");
        assertThat(view.visible()).hasSize(7);
    }

    @Test
    void choosingNodeTypesDrawsOnlyNodesOfThoseTypesAndTheRelationshipsBetweenThem() {
        TestMap built = testAreas
                .map(area)
                .node(NodeType.PERSON, "Ann Leader", "role", "LOCAL_EVIDENCE_LEADER")
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.BARRIER, "Short-term funding", "category", "FUNDING", "severity", 4, "status", "OPEN")
                .node(NodeType.BARRIER, "Staff turnover", "category", "STAFF_CAPACITY", "severity", 3, "status", "OPEN")
                .node(NodeType.ENABLER, "Training fund", "category", "FUNDING_AND_CAPACITY", "strength", 3)
                .link("Ann Leader", RelationshipType.LEADS, "Talk groups")
                .link("Short-term funding", RelationshipType.BLOCKS, "Talk groups")
                .link("Training fund", RelationshipType.MITIGATES, "Staff turnover");
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        assertThat(view.visible()).hasSize(5);

        view.filters.types.setValue(EnumSet.of(NodeType.BARRIER, NodeType.ENABLER));

        assertThat(view.visible()).isEqualTo(ids(built, "Short-term funding", "Staff turnover", "Training fund"));
        assertThat(view.canvas.getGraph().nodes())
                .extracting(GraphCanvas.Node::name)
                .containsExactlyInAnyOrder("Short-term funding", "Staff turnover", "Training fund");
        assertThat(view.canvas.getGraph().edges())
                .extracting(GraphCanvas.Edge::type)
                .containsExactly("MITIGATES");
        assertThat(String.valueOf(view.canvas.getElement().getPropertyRaw("graph")))
                .contains("\"type\":\"Barrier\"")
                .doesNotContain("\"type\":\"Person\"")
                .doesNotContain("\"type\":\"Intervention\"");
    }

    @Test
    void aFindingFromTheAnalysisPageIsHighlightedWithItsNeighbours() {
        TestMap built = aTeamAroundALeader();
        String leader = built.get("Ann Leader").id();
        MapView view = navigateTo(AreaNavigation.mapShowing(area, leader));

        assertThat(view.canvas.getHighlighted())
                .containsExactlyInAnyOrderElementsOf(
                        ids(built, "Ann Leader", "North Council", "Talk groups", "Ben Carter"));
        assertThat(view.canvas.getSelected()).isEqualTo(leader);
        assertThat(view.highlightBar.isVisible()).isTrue();
        assertThat(view.highlightNote.getText()).isEqualTo("Highlighted: 'Ann Leader' and its 3 connections.");

        view.clearHighlight();
        assertThat(view.canvas.getHighlighted()).isEmpty();
        assertThat(view.highlightBar.isVisible()).isFalse();
    }

    @Test
    void aBlockedPathFoundByTheAnalysisIsHighlightedExactlyAndAMissingFindingIsSaidSo() {
        // North Council commissions Talk groups (in delivery), Family Hub delivers it, it addresses
        // Early language; an open barrier nothing mitigates blocks Talk groups, and an open barrier
        // that an enabler mitigates blocks Family Hub (so that one does not block the path).
        TestMap built = testAreas
                .map(area)
                .node(NodeType.ORGANISATION, "North Council", "kind", "LOCAL_AUTHORITY")
                .node(NodeType.ORGANISATION, "Family Hub", "kind", "FAMILY_HUB")
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "INITIAL_IMPLEMENTATION")
                .node(NodeType.NEED, "Early language")
                .node(NodeType.BARRIER, "Short-term funding", "category", "FUNDING", "severity", 4, "status", "OPEN")
                .node(NodeType.BARRIER, "Staff turnover", "category", "STAFF_CAPACITY", "severity", 3, "status", "OPEN")
                .node(NodeType.ENABLER, "Training fund", "category", "FUNDING_AND_CAPACITY", "strength", 3)
                .link("North Council", RelationshipType.COMMISSIONS, "Talk groups")
                .link("Family Hub", RelationshipType.DELIVERS, "Talk groups")
                .link("Talk groups", RelationshipType.ADDRESSES, "Early language")
                .link("Short-term funding", RelationshipType.BLOCKS, "Talk groups")
                .link("Staff turnover", RelationshipType.BLOCKS, "Family Hub")
                .link("Training fund", RelationshipType.MITIGATES, "Staff turnover");

        List<BlockedPath> paths = analysis.blockedPaths(area);
        assertThat(paths).hasSize(1);
        BlockedPath path = paths.getFirst();
        assertThat(path.commissioner()).isEqualTo(Subject.of(built.get("North Council")));
        assertThat(path.intervention()).isEqualTo(Subject.of(built.get("Talk groups")));
        assertThat(path.deliverer()).isEqualTo(Subject.of(built.get("Family Hub")));
        assertThat(path.need()).isEqualTo(Subject.of(built.get("Early language")));
        assertThat(path.blockers())
                .containsExactly(new Blocker(
                        Subject.of(built.get("Short-term funding")),
                        Subject.of(built.get("Talk groups")),
                        "FUNDING",
                        4));

        // the path as the analysis page links to it: its nodes in order, then its barriers
        List<String> onPath = new ArrayList<>(List.of(
                path.commissioner().id(),
                path.intervention().id(),
                path.deliverer().id(),
                path.need().id()));
        path.blockers().forEach(b -> onPath.add(b.barrier().id()));
        MapView view = navigateTo(AreaNavigation.mapShowingPath(area, onPath));

        assertThat(view.canvas.getHighlighted())
                .containsExactly(
                        built.get("North Council").id(),
                        built.get("Talk groups").id(),
                        built.get("Family Hub").id(),
                        built.get("Early language").id(),
                        built.get("Short-term funding").id());
        assertThat(view.canvas.getSelected()).isEqualTo(built.get("Talk groups").id());
        assertThat(view.highlightBar.isVisible()).isTrue();
        assertThat(view.highlightNote.getText())
                .isEqualTo("Highlighted: the path 'North Council' → 'Talk groups' → 'Family Hub' → 'Early language',"
                        + " blocked by 'Short-term funding'.");

        view = navigateTo(AreaNavigation.mapShowing(area, "no-such-node"));
        assertThat(view.canvas.getHighlighted()).isEmpty();
        assertThat(view.highlightNote.getText()).isEqualTo("The finding to show is no longer on the map.");
    }

    @Test
    void filtersByStageStatusAndRelationshipTypeNarrowTheMapAndSaySo() {
        TestMap built = testAreas
                .map(area)
                .node(NodeType.ORGANISATION, "North Council", "kind", "LOCAL_AUTHORITY")
                .node(NodeType.PERSON, "Ann Leader", "role", "COMMISSIONER")
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.INTERVENTION, "Baby massage", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.INTERVENTION, "Dads' club", "stage", "EXPLORATION")
                .node(NodeType.INTERVENTION, "Home visits", "stage", "INITIAL_IMPLEMENTATION")
                .node(NodeType.BARRIER, "Short-term funding", "category", "FUNDING", "severity", 4, "status", "OPEN")
                .node(
                        NodeType.BARRIER,
                        "Old waiting list",
                        "category",
                        "LOCAL_IMPLEMENTATION",
                        "severity",
                        2,
                        "status",
                        "RESOLVED")
                .link("Ann Leader", RelationshipType.WORKS_FOR, "North Council")
                .link("North Council", RelationshipType.COMMISSIONS, "Talk groups")
                .link("Short-term funding", RelationshipType.BLOCKS, "Dads' club")
                .link("Old waiting list", RelationshipType.BLOCKS, "Home visits");
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        assertThat(view.visible()).hasSize(8);
        assertThat(view.filters.note.isVisible()).isFalse();

        view.filters.stages.setValue(Set.of(ImplementationStage.FULL_IMPLEMENTATION));
        assertThat(view.visible())
                .isEqualTo(ids(
                        built,
                        "North Council",
                        "Ann Leader",
                        "Talk groups",
                        "Baby massage",
                        "Short-term funding",
                        "Old waiting list"));
        assertThat(view.filters.note.getText()).isEqualTo("Showing 6 of 8 nodes.");
        view.filters.stages.clear();

        view.filters.statuses.setValue(Set.of(BarrierStatus.OPEN));
        assertThat(view.visible())
                .isEqualTo(ids(
                        built,
                        "North Council",
                        "Ann Leader",
                        "Talk groups",
                        "Baby massage",
                        "Dads' club",
                        "Home visits",
                        "Short-term funding"));
        assertThat(view.filters.note.getText()).isEqualTo("Showing 7 of 8 nodes.");
        view.filters.statuses.clear();
        assertThat(view.filters.note.isVisible()).isFalse();

        view.filters.relationshipTypes.setValue(EnumSet.of(RelationshipType.BLOCKS));
        assertThat(view.canvas.getGraph().edges())
                .extracting(GraphCanvas.Edge::type)
                .containsExactly("BLOCKS", "BLOCKS");
        String drawn = String.valueOf(view.canvas.getElement().getPropertyRaw("graph"));
        assertThat(drawn).contains("\"type\":\"BLOCKS\"").doesNotContain("\"type\":\"WORKS_FOR\"");
        assertThat(view.filters.note.isVisible()).isTrue();
        assertThat(view.filters.note.getText()).isEqualTo("Showing 8 of 8 nodes.");
    }

    @Test
    void aMapLargerThanTheLimitOpensWithFewerTypesAndSaysSo() {
        TestMap built = testAreas
                .map(area)
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.INTERVENTION, "Baby massage", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.INTERVENTION, "Dads' club", "stage", "EXPLORATION")
                .node(NodeType.INTERVENTION, "Home visits", "stage", "INITIAL_IMPLEMENTATION")
                .node(NodeType.NEED, "Early language")
                .node(NodeType.NEED, "Parental conflict")
                .node(NodeType.BARRIER, "Short-term funding", "category", "FUNDING", "severity", 4, "status", "OPEN")
                .node(NodeType.ORGANISATION, "North Council", "kind", "LOCAL_AUTHORITY")
                .node(NodeType.PERSON, "Ann Leader", "role", "LOCAL_EVIDENCE_LEADER");
        Set<String> interventions = ids(built, "Talk groups", "Baby massage", "Dads' club", "Home visits");
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        assertThat(view.filters.types.getValue()).isEqualTo(EnumSet.allOf(NodeType.class));
        assertThat(view.visible()).hasSize(9);

        // the limit below this map's 9 nodes: 4 interventions and 2 needs fit, the barrier does not
        view.filters.maxDrawn = 6;
        view.openLargeMapsFiltered();
        view.redraw();
        assertThat(view.filters.types.getValue()).containsExactlyInAnyOrder(NodeType.INTERVENTION, NodeType.NEED);
        assertThat(view.visible())
                .isEqualTo(ids(
                        built,
                        "Talk groups",
                        "Baby massage",
                        "Dads' club",
                        "Home visits",
                        "Early language",
                        "Parental conflict"));
        assertThat(view.filters.note.getText())
                .contains("Showing 6 of 9 nodes.")
                .contains("This map has 9 nodes, more than the 6")
                .contains("opened with interventions, needs only");

        // fewer than the interventions alone: the first 3 of them
        view.filters.maxDrawn = 3;
        view.openLargeMapsFiltered();
        view.redraw();
        assertThat(view.filters.types.getValue()).containsExactly(NodeType.INTERVENTION);
        assertThat(view.visible()).hasSize(3).isSubsetOf(interventions);
        assertThat(view.filters.note.getText())
                .contains("Showing 3 of 9 nodes.")
                .contains("This map has 9 nodes, more than the 3")
                .contains("(the first 3)");
    }

    /** Navigates to a location with a query string, as a link from the analysis page does. */
    private MapView navigateTo(String location) {
        int query = location.indexOf('?');
        UI.getCurrent()
                .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        return (MapView) getCurrentView();
    }

    /** The ids of the named nodes of a test map. */
    private static Set<String> ids(TestMap built, String... names) {
        return Arrays.stream(names).map(name -> built.get(name).id()).collect(Collectors.toSet());
    }

    @Test
    void theToolsAreFoldedAwayUntilAskedForAndTheLegendStandsBesideTheCanvas() {
        aTeamAroundALeader();
        MapView view = navigate("areas/" + area + "/map", MapView.class);

        assertThat(view.tools.isVisible()).isFalse();
        assertThat(view.toolsToggle.getElement().getAttribute("aria-expanded")).isEqualTo("false");
        assertThat(view.toolsToggle.getElement().getAttribute("aria-controls")).isEqualTo("map-tools");
        assertThat(view.tools.getId()).contains("map-tools");
        view.toolsToggle.click();
        assertThat(view.tools.isVisible()).isTrue();
        assertThat(view.toolsToggle.getElement().getAttribute("aria-expanded")).isEqualTo("true");
        assertThat(view.tools.getChildren().toList()).contains(view.filters.more);
        view.toolsToggle.click();
        assertThat(view.tools.isVisible()).isFalse();

        assertThat(view.legend.getParent().orElseThrow().getParent())
                .as("the legend heads the column beside the canvas, not the toolbar above it")
                .isEqualTo(view.canvas.getParent().orElseThrow().getParent());
        assertThat(view.canvas.getExportTitle()).isEqualTo(view.openMap.area().name() + ": map");
        assertThat(String.valueOf(view.canvas.getElement().getPropertyRaw("legend")))
                .contains("\"label\":\"Enabler\",\"color\":\"#CC79A7\",\"shape\":\"star\"");
    }

    @Test
    void sizeByANetworkFigureSendsEachNodesFigureRelativeToTheLargest() {
        aTeamAroundALeader();
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        assertThat(view.canvas.getSizes()).isEmpty();
        Map<String, NodeFigures> figures = analysis.network(area).nodes().stream()
                .collect(Collectors.toMap(f -> f.node().id(), f -> f));

        view.display.sizeBy.setValue(MapDisplay.SizeBy.BETWEENNESS);

        double largest = figures.values().stream()
                .mapToDouble(NodeFigures::betweenness)
                .max()
                .orElseThrow();
        assertThat(largest).isPositive();
        assertThat(view.canvas.getSizes()).containsOnlyKeys(figures.keySet());
        figures.forEach((id, f) -> assertThat(view.canvas.getSizes().get(id))
                .as(f.node().name())
                .isCloseTo(f.betweenness() / largest, org.assertj.core.data.Offset.offset(1e-12)));
        assertThat(view.canvas.getSizes()).containsValue(1.0);
        assertThat(view.legend.sizeNote()).startsWith("Size: betweenness, relative to the highest");

        view.display.sizeBy.setValue(MapDisplay.SizeBy.REACH);
        int most = figures.values().stream().mapToInt(NodeFigures::reach).max().orElseThrow();
        figures.forEach((id, f) -> assertThat(view.canvas.getSizes().get(id)).isEqualTo((double) f.reach() / most));

        view.display.sizeBy.setValue(MapDisplay.SizeBy.NONE);
        assertThat(view.canvas.getSizes()).isEmpty();
        assertThat(view.legend.sizeNote()).isEmpty();
    }

    @Test
    void colourByCommunityColoursEachNodeByItsLeidenCommunityAndTheLegendListsThem() {
        TestMap built = aTeamAroundALeader();
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        Map<String, NodeFigures> figures = analysis.network(area).nodes().stream()
                .collect(Collectors.toMap(f -> f.node().id(), f -> f));

        view.display.colourByCommunity.setValue(true);

        String need = built.get("Early language").id();
        assertThat(view.canvas.getColours()).hasSize(7).containsEntry(need, NodePalette.NO_COMMUNITY);
        figures.forEach((id, f) ->
                assertThat(view.canvas.getColours()).containsEntry(id, NodePalette.community(f.community())));
        Set<Integer> communities =
                figures.values().stream().map(NodeFigures::community).collect(Collectors.toSet());
        List<String> shown = view.legend
                .communities
                .getChildren()
                .map(item -> item.getElement().getTextRecursively())
                .toList();
        List<String> expected = new ArrayList<>(
                communities.stream().sorted().map(c -> "Community " + c).toList());
        expected.add("In no community (not in the network)");
        assertThat(shown).containsExactlyElementsOf(expected);
        assertThat(view.legend.communities.isVisible()).isTrue();
        assertThat(MapDisplay.HELP).contains("Network tab").contains("accessible alternative");
        assertThat(String.valueOf(view.canvas.getElement().getPropertyRaw("legend")))
                .contains("Community 1");

        view.display.colourByCommunity.setValue(false);
        assertThat(view.canvas.getColours()).isEmpty();
        assertThat(view.legend.communities.isVisible()).isFalse();
    }

    @Test
    void findingANodeBringsItIntoViewAndAPastMapOffersNoFigures() {
        TestMap built = aTeamAroundALeader();
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        String cara = built.get("Cara Reid").id();

        view.find.setValue(built.get("Cara Reid"));

        assertThat(view.canvas.getSelected()).isEqualTo(cara);
        assertThat(view.display.sizeBy.isEnabled()).isTrue();

        MapView past = navigateTo(
                "areas/" + area + "/map?at=" + java.time.Instant.now().minusSeconds(1));
        assertThat(past.display.sizeBy.isEnabled()).isFalse();
        assertThat(past.display.colourByCommunity.isEnabled()).isFalse();
        assertThat(past.canvas.getExportTitle()).startsWith(past.openMap.area().name() + ": map as it was at ");
    }
}
