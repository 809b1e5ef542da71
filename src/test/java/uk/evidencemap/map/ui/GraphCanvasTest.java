package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.dom.DomEvent;
import com.vaadin.flow.internal.nodefeature.ElementListenerMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;

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
                .isEqualTo("Graph of 2 nodes and 1 relationship. The table view lists the same map.");
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
    void aDragComesBackAsATypedEventWithThePlacesToKeep() {
        GraphCanvas canvas = new GraphCanvas();
        List<GraphCanvas.NodeMoveEvent> moves = new ArrayList<>();
        canvas.addNodeMoveListener(moves::add);
        var detail = JsonMapper.builder().build().readTree("""
                {"event.detail.id": "a",
                 "event.detail.places": [{"id": "a", "x": 120.5, "y": -40}, {"id": "b", "x": 3, "y": 4.25}]}""");

        canvas.getElement()
                .getNode()
                .getFeature(ElementListenerMap.class)
                .fireEvent(new DomEvent(canvas.getElement(), "node-move", detail));

        assertThat(moves).singleElement().satisfies(move -> {
            assertThat(move.nodeId()).isEqualTo("a");
            assertThat(move.places())
                    .containsExactly(
                            new GraphCanvas.NodePlace("a", 120.5, -40), new GraphCanvas.NodePlace("b", 3, 4.25));
        });
    }

    @Test
    void aDragWithoutPlacesKeepsNone() {
        var move = new GraphCanvas.NodeMoveEvent(new GraphCanvas(), true, "a", null);
        assertThat(move.places()).isEmpty();
    }

    @Test
    void nodesAreSizedAndFadedByTheirState() {
        var barrier = new MapNode(
                "b",
                NodeType.BARRIER,
                "x",
                "Cuts",
                0,
                Map.of("severity", 5L, "status", "RESOLVED", "category", "FUNDING"));
        assertThat(CanvasPayload.drawn(barrier)).isEqualTo(new GraphCanvas.Node("b", "Barrier", "Cuts", true, 5));
        var stopped = new MapNode("i", NodeType.INTERVENTION, "x", "Old", 0, Map.of("stage", "STOPPED"));
        assertThat(CanvasPayload.drawn(stopped).muted()).isTrue();
    }
}
