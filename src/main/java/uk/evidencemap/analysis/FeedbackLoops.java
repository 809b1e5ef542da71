package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Polarity;

/**
 * The feedback loops of an area's map: every elementary directed cycle of INFLUENCES relationships of
 * at most {@link #MAX_LENGTH} influences ({@link ElementaryCycles}: Johnson's algorithm with a length
 * bound), each classified by its polarities (DOMAIN.md). The search stops after {@link #MAX_LOOPS}
 * loops. The answer says when longer loops may exist or the count was reached.
 */
final class FeedbackLoops {

    /** The longest loop reported, in influences. */
    static final int MAX_LENGTH = FeedbackLoop.MAX_LENGTH;

    /** The most loops reported. */
    static final int MAX_LOOPS = 500;

    private FeedbackLoops() {}

    /**
     * @return the loops, shortest first (then by their members' names), and capped when the search stopped
     *     at {@link #MAX_LOOPS} or when a strongly connected part of the influences has more than
     *     {@link #MAX_LENGTH} nodes, so that longer loops may exist
     */
    static FeedbackLoop.Report of(AreaGraph graph) {
        Map<String, MapNode> nodes = new HashMap<>();
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        // the influence graph: each node an influence touches, numbered in order of first appearance,
        // and for each ordered pair of nodes its first influence
        Map<String, Integer> place = new HashMap<>();
        List<String> ids = new ArrayList<>();
        Map<Long, MapRelationship> influence = new HashMap<>();
        List<List<Integer>> successors = new ArrayList<>();
        for (MapRelationship r : graph.relationships()) {
            if (r.type() == RelationshipType.INFLUENCES
                    && !r.from().equals(r.to())
                    && nodes.containsKey(r.from())
                    && nodes.containsKey(r.to())) {
                int from = place.computeIfAbsent(r.from(), id -> number(id, ids, successors));
                int to = place.computeIfAbsent(r.to(), id -> number(id, ids, successors));
                if (influence.putIfAbsent(pair(from, to), r) == null) {
                    successors.get(from).add(to);
                }
            }
        }
        int[][] next = new int[ids.size()][];
        for (int v = 0; v < next.length; v++) {
            next[v] = successors.get(v).stream().mapToInt(Integer::intValue).toArray();
        }
        List<FeedbackLoop> loops = new ArrayList<>();
        boolean complete = ElementaryCycles.search(next, MAX_LENGTH, cycle -> {
            loops.add(loop(cycle, ids, influence, nodes));
            return loops.size() < MAX_LOOPS;
        });
        boolean capped = !complete || ElementaryCycles.largestStronglyConnectedPart(next) > MAX_LENGTH;
        loops.sort(Comparator.comparing(FeedbackLoop::length)
                .thenComparing(
                        l -> String.join(
                                "\u0000",
                                l.members().stream().map(Subject::name).toList()),
                        String.CASE_INSENSITIVE_ORDER)
                .thenComparing(l -> String.join(" ", l.relationships())));
        return new FeedbackLoop.Report(loops, capped, MAX_LENGTH, MAX_LOOPS);
    }

    private static int number(String id, List<String> ids, List<List<Integer>> successors) {
        ids.add(id);
        successors.add(new ArrayList<>());
        return ids.size() - 1;
    }

    private static long pair(int from, int to) {
        return ((long) from << 32) | to;
    }

    private static FeedbackLoop loop(
            int[] cycle, List<String> ids, Map<Long, MapRelationship> influence, Map<String, MapNode> nodes) {
        // start from the member whose name sorts first, so the same loop always reads the same way
        int start = 0;
        for (int i = 1; i < cycle.length; i++) {
            if (name(nodes, ids.get(cycle[i])).compareToIgnoreCase(name(nodes, ids.get(cycle[start]))) < 0) {
                start = i;
            }
        }
        List<Subject> members = new ArrayList<>();
        List<String> relationships = new ArrayList<>();
        List<Subject> barriers = new ArrayList<>();
        List<Subject> needs = new ArrayList<>();
        int opposite = 0;
        boolean unknown = false;
        for (int k = 0; k < cycle.length; k++) {
            int from = cycle[(start + k) % cycle.length];
            int to = cycle[(start + k + 1) % cycle.length];
            MapNode node = nodes.get(ids.get(from));
            members.add(Subject.of(node));
            if (node.type() == NodeType.BARRIER) {
                barriers.add(Subject.of(node));
            } else if (node.type() == NodeType.NEED) {
                needs.add(Subject.of(node));
            }
            MapRelationship r = influence.get(pair(from, to));
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
}
