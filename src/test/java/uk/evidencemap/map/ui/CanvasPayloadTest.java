package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static uk.evidencemap.map.ui.SmallMap.GRAPH;

import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

class CanvasPayloadTest {

    @Test
    void theWholeMapIsSentAsDrawnNodesAndEdgesInTheMapsOrder() {
        GraphCanvas.Graph sent = CanvasPayload.of(GRAPH, id -> true, r -> true);

        assertThat(sent.nodes())
                .containsExactly(
                        new GraphCanvas.Node("ann", "Person", "Ann", false, 3),
                        new GraphCanvas.Node("council", "Organisation", "Council", false, 3),
                        new GraphCanvas.Node("epec", "Intervention", "EPEC groups", false, 3),
                        new GraphCanvas.Node("language", "Need", "Early language", false, 5),
                        new GraphCanvas.Node("cuts", "Barrier", "Funding cuts", false, 4),
                        new GraphCanvas.Node("grant", "Enabler", "Grant", false, 2));
        assertThat(sent.edges())
                .containsExactly(
                        new GraphCanvas.Edge("r1", "WORKS_FOR", "ann", "council"),
                        new GraphCanvas.Edge("r2", "LEADS", "ann", "epec"),
                        new GraphCanvas.Edge("r3", "ADDRESSES", "epec", "language"),
                        new GraphCanvas.Edge("r4", "BLOCKS", "cuts", "epec"),
                        new GraphCanvas.Edge("r5", "MITIGATES", "grant", "cuts"));
    }

    @Test
    void onlyRelationshipsBetweenShownNodesThatPassTheFilterAreSent() {
        Set<String> shown = Set.of("ann", "council", "cuts", "grant");
        GraphCanvas.Graph sent = CanvasPayload.of(GRAPH, shown::contains, r -> true);
        assertThat(sent.nodes()).extracting(GraphCanvas.Node::id).containsExactly("ann", "council", "cuts", "grant");
        assertThat(sent.edges()).extracting(GraphCanvas.Edge::id).containsExactly("r1", "r5");

        GraphCanvas.Graph noWork =
                CanvasPayload.of(GRAPH, shown::contains, r -> r.type() != RelationshipType.WORKS_FOR);
        assertThat(noWork.nodes()).hasSize(4);
        assertThat(noWork.edges()).extracting(GraphCanvas.Edge::id).containsExactly("r5");
    }

    @Test
    void barriersEnablersAndNeedsAreSizedByTheirWeightAndFinishedWorkIsFaded() {
        assertThat(CanvasPayload.drawn(SmallMap.node("b", NodeType.BARRIER, "B", Map.of("severity", 1L)))
                        .weight())
                .isEqualTo(1);
        assertThat(CanvasPayload.drawn(SmallMap.node("b", NodeType.BARRIER, "B", Map.of()))
                        .weight())
                .as("no severity given")
                .isEqualTo(3);
        assertThat(CanvasPayload.drawn(SmallMap.node("p", NodeType.PERSON, "P", Map.of("severity", 5L)))
                        .weight())
                .as("only barriers are sized by severity")
                .isEqualTo(3);
        assertThat(CanvasPayload.drawn(SmallMap.node("b", NodeType.BARRIER, "B", Map.of("status", "MITIGATED")))
                        .muted())
                .isTrue();
        assertThat(CanvasPayload.drawn(SmallMap.node("b", NodeType.BARRIER, "B", Map.of("status", "OPEN")))
                        .muted())
                .isFalse();
        assertThat(CanvasPayload.drawn(SmallMap.node("i", NodeType.INTERVENTION, "I", Map.of("stage", "STOPPED")))
                        .muted())
                .isTrue();
    }

    @Test
    void anInfluenceIsDrawnWithTheSignOfItsPolarityAndOtherRelationshipsWithNone() {
        assertThat(sign(RelationshipType.INFLUENCES, Map.of("polarity", "SAME")))
                .isEqualTo("+");
        assertThat(sign(RelationshipType.INFLUENCES, Map.of("polarity", "OPPOSITE")))
                .isEqualTo("\u2212");
        assertThat(sign(RelationshipType.INFLUENCES, Map.of("polarity", "UNKNOWN")))
                .isEqualTo("?");
        assertThat(sign(RelationshipType.INFLUENCES, Map.of()))
                .as("no polarity stored")
                .isEqualTo("?");
        assertThat(sign(RelationshipType.BLOCKS, Map.of("polarity", "SAME"))).isEmpty();
    }

    private static String sign(RelationshipType type, Map<String, Object> properties) {
        return CanvasPayload.drawn(new MapRelationship("r", type, "a", "b", "area", properties))
                .sign();
    }
}
