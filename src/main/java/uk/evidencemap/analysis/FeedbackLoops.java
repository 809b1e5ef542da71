package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Polarity;

/**
 * The feedback loops of an area's map: every elementary directed cycle of INFLUENCES relationships
 * (Johnson's algorithm, as JGraphT implements it), each classified by its polarities (DOMAIN.md).
 * Two caps keep the answer readable and the time bounded, and the answer says when one was reached:
 * loops longer than {@link #MAX_LENGTH} influences are left out, and the search stops after {@link
 * #MAX_LOOPS} loops (or after {@link #MAX_SEARCHED} cycles of any length).
 */
final class FeedbackLoops {

    /** The longest loop reported, in influences. */
    static final int MAX_LENGTH = 12;

    /** The most loops reported. */
    static final int MAX_LOOPS = 500;

    /** The most cycles of any length looked at before the search stops. */
    static final int MAX_SEARCHED = 20_000;

    private FeedbackLoops() {}

    /** An edge of the influence graph: the relationship it stands for. */
    private record Edge(MapRelationship relationship) {}

    static FeedbackLoop.Report of(AreaGraph graph) {
        Map<String, MapNode> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        var influence = new DefaultDirectedGraph<String, Edge>(Edge.class);
        for (MapRelationship r : graph.relationships()) {
            if (r.type() == RelationshipType.INFLUENCES
                    && !r.from().equals(r.to())
                    && nodes.containsKey(r.from())
                    && nodes.containsKey(r.to())) {
                influence.addVertex(r.from());
                influence.addVertex(r.to());
                if (!influence.containsEdge(r.from(), r.to())) {
                    influence.addEdge(r.from(), r.to(), new Edge(r));
                }
            }
        }
        List<FeedbackLoop> loops = new ArrayList<>();
        boolean[] capped = {false};
        int[] searched = {0};
        try {
            new JohnsonSimpleCycles<>(influence).findSimpleCycles(cycle -> {
                if (++searched[0] > MAX_SEARCHED) {
                    capped[0] = true;
                    throw new Stop();
                }
                if (cycle.size() > MAX_LENGTH) {
                    capped[0] = true;
                    return;
                }
                loops.add(loop(cycle, influence, nodes));
                if (loops.size() >= MAX_LOOPS) {
                    capped[0] = true;
                    throw new Stop();
                }
            });
        } catch (Stop stop) {
            // a cap was reached: the report says so
        }
        loops.sort(Comparator.comparing(FeedbackLoop::length)
                .thenComparing(
                        l -> String.join(
                                "\u0000",
                                l.members().stream().map(Subject::name).toList()),
                        String.CASE_INSENSITIVE_ORDER)
                .thenComparing(l -> String.join(" ", l.relationships())));
        return new FeedbackLoop.Report(loops, capped[0], MAX_LENGTH, MAX_LOOPS);
    }

    private static FeedbackLoop loop(
            List<String> cycle, DefaultDirectedGraph<String, Edge> influence, Map<String, MapNode> nodes) {
        // start from the member whose name sorts first, so the same loop always reads the same way
        int start = 0;
        for (int i = 1; i < cycle.size(); i++) {
            if (name(nodes, cycle.get(i)).compareToIgnoreCase(name(nodes, cycle.get(start))) < 0) {
                start = i;
            }
        }
        List<Subject> members = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        List<Subject> barriers = new ArrayList<>();
        List<Subject> needs = new ArrayList<>();
        int opposite = 0;
        boolean unknown = false;
        for (int k = 0; k < cycle.size(); k++) {
            String from = cycle.get((start + k) % cycle.size());
            String to = cycle.get((start + k + 1) % cycle.size());
            MapNode node = nodes.get(from);
            members.add(Subject.of(node));
            if (node.type() == NodeType.BARRIER) {
                barriers.add(Subject.of(node));
            } else if (node.type() == NodeType.NEED) {
                needs.add(Subject.of(node));
            }
            MapRelationship r = influence.getEdge(from, to).relationship();
            relationships.add(r.id());
            Polarity polarity = polarity(r);
            if (polarity == Polarity.OPPOSITE) {
                opposite++;
            } else if (polarity == Polarity.UNKNOWN) {
                unknown = true;
            }
        }
        FeedbackLoop.Kind kind = unknown
                ? FeedbackLoop.Kind.UNDETERMINED
                : opposite % 2 == 0 ? FeedbackLoop.Kind.REINFORCING : FeedbackLoop.Kind.BALANCING;
        return new FeedbackLoop(kind, members, relationships, barriers, needs);
    }

    private static Polarity polarity(MapRelationship r) {
        Object value = r.properties().get("polarity");
        for (Polarity p : Polarity.values()) {
            if (p.code().equals(value)) {
                return p;
            }
        }
        return Polarity.UNKNOWN;
    }

    private static String name(Map<String, MapNode> nodes, String id) {
        String name = nodes.get(id).name();
        return name == null ? "" : name;
    }

    private static final class Stop extends RuntimeException {
        Stop() {
            super(null, null, false, false);
        }
    }
}
