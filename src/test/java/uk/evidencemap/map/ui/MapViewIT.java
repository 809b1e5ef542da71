package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.router.QueryParameters;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.ImplementationStage;

@IntegrationTest
class MapViewIT extends SpringBrowserlessTest {

    @Autowired
    MapService map;

    @Test
    void findingANodeSelectsItAndShowsItsDetails() {
        MapView view = navigate("areas/york/map", MapView.class);
        var graph = map.graph("york");
        assertThat(view.visible()).hasSize(graph.nodes().size());

        test(view.find).selectItem("Hannah Okafor (Person)");

        MapNode leader = graph.nodes().stream()
                .filter(n -> n.name().equals("Hannah Okafor"))
                .findFirst()
                .orElseThrow();
        assertThat(view.canvas.getSelected()).isEqualTo(leader.id());
        assertThat(find(H3.class).all()).extracting(H3::getText).contains("Hannah Okafor", "Connections (9)");
    }

    @Test
    void focusShowsOnlyTheNeighbourhoodOfTheSelectedNode() {
        MapView view = navigate("areas/york/map", MapView.class);
        var graph = map.graph("york");
        MapNode leader = graph.nodes().stream()
                .filter(n -> n.name().equals("Hannah Okafor"))
                .findFirst()
                .orElseThrow();
        view.showDetails(leader.id());
        test(view.filters.focus).selectItem("1 step around it");

        Set<String> expected = neighbourhood(graph, leader.id());
        assertThat(view.visible()).isEqualTo(expected);
        test(view.filters.focus).selectItem("Whole map");
        assertThat(view.visible()).hasSize(graph.nodes().size());
    }

    @Test
    void theTypeFilterHidesOtherTypes() {
        MapView view = navigate("areas/york/map", MapView.class);
        view.filters.types.setValue(EnumSet.of(NodeType.BARRIER, NodeType.ENABLER));
        var graph = map.graph("york");
        long expected = graph.nodes().stream()
                .filter(n -> n.type() == NodeType.BARRIER || n.type() == NodeType.ENABLER)
                .count();
        assertThat(view.visible()).hasSize((int) expected);
        assertThat(String.valueOf(view.canvas.getElement().getPropertyRaw("graph")))
                .doesNotContain("\"type\":\"Person\"");
    }

    @Test
    void aFindingFromTheAnalysisPageIsHighlightedWithItsNeighbours() {
        var graph = map.graph("york");
        MapNode leader = graph.nodes().stream()
                .filter(n -> n.name().equals("Hannah Okafor"))
                .findFirst()
                .orElseThrow();
        MapView view = navigateTo("areas/york/map?show=" + leader.id());

        Set<String> expected = neighbourhood(graph, leader.id());
        assertThat(view.canvas.getHighlighted()).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(view.canvas.getSelected()).isEqualTo(leader.id());
        assertThat(view.highlightBar.isVisible()).isTrue();
        assertThat(view.highlightNote.getText())
                .isEqualTo("Highlighted: 'Hannah Okafor' and its " + (expected.size() - 1) + " connections.");

        view.clearHighlight();
        assertThat(view.canvas.getHighlighted()).isEmpty();
        assertThat(view.highlightBar.isVisible()).isFalse();
    }

    @Test
    void aBlockedPathIsHighlightedExactlyAndAMissingFindingIsSaidSo() {
        var graph = map.graph("york");
        var byName = new HashMap<String, MapNode>();
        graph.nodes().forEach(n -> byName.put(n.name(), n));
        var path = graph.relationships().stream()
                .filter(r -> r.type() == RelationshipType.BLOCKS)
                .findFirst()
                .orElseThrow();
        MapView view = navigateTo("areas/york/map?path=" + path.to() + "," + path.from());
        assertThat(view.canvas.getHighlighted()).containsExactly(path.to(), path.from());
        assertThat(view.highlightNote.getText())
                .startsWith("Highlighted: the path ")
                .contains("blocked by '");

        view = navigateTo("areas/york/map?show=no-such-node");
        assertThat(view.canvas.getHighlighted()).isEmpty();
        assertThat(view.highlightNote.getText()).isEqualTo("The finding to show is no longer on the map.");
    }

    @Test
    void filtersByStageStatusAndRelationshipTypeNarrowTheMapAndSaySo() {
        MapView view = navigate("areas/york/map", MapView.class);
        var graph = map.graph("york");
        assertThat(view.filters.note.isVisible()).isFalse();
        view.filters.stages.setValue(Set.of(ImplementationStage.FULL_IMPLEMENTATION));
        long otherInterventions = graph.nodes().stream()
                .filter(n -> n.type() == NodeType.INTERVENTION)
                .filter(n -> !"FULL_IMPLEMENTATION".equals(n.text("stage")))
                .count();
        assertThat(otherInterventions).isPositive();
        assertThat(view.visible()).hasSize((int) (graph.nodes().size() - otherInterventions));
        assertThat(view.filters.note.getText())
                .isEqualTo("Showing " + view.visible().size() + " of "
                        + graph.nodes().size() + " nodes.");
        view.filters.stages.clear();

        view.filters.relationshipTypes.setValue(EnumSet.of(RelationshipType.BLOCKS));
        String drawn = String.valueOf(view.canvas.getElement().getPropertyRaw("graph"));
        assertThat(drawn).contains("\"type\":\"BLOCKS\"").doesNotContain("\"type\":\"WORKS_FOR\"");
        assertThat(view.filters.note.isVisible()).isTrue();
    }

    @Test
    void aMapLargerThanTheLimitOpensWithFewerTypesAndSaysSo() {
        MapView view = navigate("areas/york/map", MapView.class);
        var graph = map.graph("york");
        long interventions = graph.nodes().stream()
                .filter(n -> n.type() == NodeType.INTERVENTION)
                .count();
        long needs =
                graph.nodes().stream().filter(n -> n.type() == NodeType.NEED).count();
        view.filters.maxDrawn = (int) (interventions + needs);
        view.openLargeMapsFiltered();
        view.redraw();
        assertThat(view.filters.types.getValue()).containsExactlyInAnyOrder(NodeType.INTERVENTION, NodeType.NEED);
        assertThat(view.visible()).hasSize((int) (interventions + needs));
        assertThat(view.filters.note.getText())
                .contains("This map has " + graph.nodes().size() + " nodes")
                .contains("opened with interventions, needs only");

        view.filters.maxDrawn = 3;
        view.openLargeMapsFiltered();
        view.redraw();
        assertThat(view.filters.types.getValue()).containsExactly(NodeType.INTERVENTION);
        assertThat(view.visible()).hasSize(3);
        assertThat(view.filters.note.getText()).contains("(the first 3)");
    }

    /** Navigates to a location with a query string, as a link from the analysis page does. */
    private MapView navigateTo(String location) {
        int query = location.indexOf('?');
        UI.getCurrent()
                .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
        return (MapView) getCurrentView();
    }

    /** A node and its neighbours. */
    static Set<String> neighbourhood(AreaGraph graph, String id) {
        Set<String> ids = new HashSet<>(Set.of(id));
        graph.relationships().forEach(r -> {
            if (r.from().equals(id)) {
                ids.add(r.to());
            }
            if (r.to().equals(id)) {
                ids.add(r.from());
            }
        });
        return ids;
    }
}
