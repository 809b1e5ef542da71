package uk.evidencemap.map.ui;

import java.util.function.Predicate;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.ImplementationStage;
import uk.evidencemap.taxonomy.Polarity;

/**
 * What the graph canvas is sent for a map: the nodes shown, each as drawn, and the shown
 * relationships between them. Public for the benchmark, which measures its size.
 */
public final class CanvasPayload {

    private CanvasPayload() {}

    /**
     * The shown nodes as drawn, and the relationships whose both ends are shown and which pass
     * {@code relationships}, in the graph's order.
     */
    public static GraphCanvas.Graph of(
            AreaGraph graph, Predicate<String> shown, Predicate<MapRelationship> relationships) {
        return new GraphCanvas.Graph(
                graph.nodes().stream()
                        .filter(n -> shown.test(n.id()))
                        .map(CanvasPayload::drawn)
                        .toList(),
                graph.relationships().stream()
                        .filter(r -> shown.test(r.from()) && shown.test(r.to()))
                        .filter(relationships)
                        .map(CanvasPayload::drawn)
                        .toList());
    }

    /**
     * How a node is drawn: barriers sized by severity, enablers by strength, needs by priority
     * (1-5; 3 when not given, and for other types); stopped or resolved work faded.
     */
    static GraphCanvas.Node drawn(MapNode node) {
        int weight = switch (node.type()) {
            case BARRIER -> number(node, "severity");
            case ENABLER -> number(node, "strength");
            case NEED -> number(node, "priority");
            default -> 3;
        };
        boolean muted = ImplementationStage.STOPPED.code().equals(node.text("stage"))
                || BarrierStatus.RESOLVED.code().equals(node.text("status"))
                || BarrierStatus.MITIGATED.code().equals(node.text("status"));
        return new GraphCanvas.Node(node.id(), node.type().label(), node.name(), muted, weight);
    }

    /** How a relationship is drawn: an influence carries the sign of its polarity. */
    static GraphCanvas.Edge drawn(MapRelationship relationship) {
        String sign = relationship.type() == RelationshipType.INFLUENCES
                ? Coded.byCode(
                                Polarity.class,
                                String.valueOf(relationship.properties().get("polarity")))
                        .orElse(Polarity.UNKNOWN)
                        .sign()
                : "";
        return new GraphCanvas.Edge(
                relationship.id(), relationship.type().name(), relationship.from(), relationship.to(), sign);
    }

    private static int number(MapNode node, String key) {
        return node.property(key) instanceof Number n ? n.intValue() : 3;
    }
}
