package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The canvas component's contract: what goes in as properties, what comes out as events. */
class GraphCanvasTest {

    @Test
    void theGraphGoesInAsAPropertyBuiltFromRecords() {
        GraphCanvas canvas = new GraphCanvas();
        canvas.setGraph(new GraphCanvas.Graph(
                List.of(
                        new GraphCanvas.Node("a", "Person", "Ann", false, 3),
                        new GraphCanvas.Node("b", "Barrier", "Cuts", true, 5)),
                List.of(new GraphCanvas.Edge("r", "BLOCKS", "b", "a"))));
        String json = String.valueOf(canvas.getElement().getPropertyRaw("graph"));
        assertThat(json)
                .contains(
                        "\"id\":\"a\"",
                        "\"type\":\"Barrier\"",
                        "\"muted\":true",
                        "\"weight\":5",
                        "\"source\":\"b\"",
                        "\"target\":\"a\"");
        assertThat(canvas.getElement().getAttribute("aria-label"))
                .isEqualTo("Graph of 2 nodes and 1 relationships. The table view lists the same map.");
        assertThat(canvas.getElement().getAttribute("role")).isEqualTo("img");
    }

    @Test
    void aLiveChangeSendsOnlyWhatChanged() {
        var ann = new GraphCanvas.Node("a", "Person", "Ann", false, 3);
        var cuts = new GraphCanvas.Node("b", "Barrier", "Cuts", true, 5);
        var blocks = new GraphCanvas.Edge("r", "BLOCKS", "b", "a");
        var before = new GraphCanvas.Graph(List.of(ann, cuts), List.of(blocks));
        var renamed = new GraphCanvas.Node("a", "Person", "Ann Lee", false, 3);
        var need = new GraphCanvas.Node("c", "Need", "Early language", false, 4);
        var after = new GraphCanvas.Graph(List.of(renamed, need), List.of());

        var patch = GraphCanvas.Patch.between(before, after);

        assertThat(patch.nodes()).containsExactly(renamed, need);
        assertThat(patch.removedNodes()).containsExactly("b");
        assertThat(patch.edges()).isEmpty();
        assertThat(patch.removedEdges()).containsExactly("r");
        assertThat(GraphCanvas.Patch.between(after, after).isEmpty()).isTrue();

        GraphCanvas canvas = new GraphCanvas();
        canvas.setGraph(before);
        canvas.update(after);
        assertThat(canvas.getGraph()).isEqualTo(after);
        assertThat(String.valueOf(canvas.getElement().getPropertyRaw("graph")))
                .as("the property is not sent again")
                .contains("Cuts");
        assertThat(canvas.getElement().getAttribute("aria-label")).startsWith("Graph of 2 nodes and 0 relationships");
    }

    @Test
    void layoutAndSelectionAreProperties() {
        GraphCanvas canvas = new GraphCanvas();
        assertThat(canvas.getLayout()).isEqualTo("force");
        canvas.setLayout(GraphCanvas.Layout.PATHS);
        assertThat(canvas.getLayout()).isEqualTo("paths");
        canvas.select("a");
        assertThat(canvas.getSelected()).isEqualTo("a");
        canvas.select(null);
        assertThat(canvas.getSelected()).isEmpty();
    }

    @Test
    void aTappedNodeComesBackAsATypedEvent() {
        GraphCanvas canvas = new GraphCanvas();
        List<String> selected = new ArrayList<>();
        canvas.addNodeSelectListener(e -> selected.add(e.nodeId()));
        ComponentUtil.fireEvent(canvas, new GraphCanvas.NodeSelectEvent(canvas, true, "n-42"));
        assertThat(selected).containsExactly("n-42");
    }

    @Test
    void nodesAreSizedAndFadedByTheirState() {
        var barrier = new uk.evidencemap.map.MapNode(
                "b",
                uk.evidencemap.map.NodeType.BARRIER,
                "x",
                "Cuts",
                0,
                java.util.Map.of("severity", 5L, "status", "RESOLVED", "category", "FUNDING"));
        assertThat(MapView.drawn(barrier)).isEqualTo(new GraphCanvas.Node("b", "Barrier", "Cuts", true, 5));
        var stopped = new uk.evidencemap.map.MapNode(
                "i", uk.evidencemap.map.NodeType.INTERVENTION, "x", "Old", 0, java.util.Map.of("stage", "STOPPED"));
        assertThat(MapView.drawn(stopped).muted()).isTrue();
    }
}
