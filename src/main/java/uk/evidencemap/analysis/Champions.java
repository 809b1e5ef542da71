package uk.evidencemap.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.PersonRole;

/**
 * The second question: how much of the system runs through each person (betweenness,
 * organisations bridged, what they champion), potential champions and single points of
 * failure, as docs/analyses.md defines them.
 */
final class Champions {

    private final AreaIndex index;

    Champions(AreaIndex index) {
        this.index = index;
    }

    /** People by betweenness (descending, then name) and the single points of failure. */
    ChampionReport report() {
        Graph<String, DefaultEdge> graph = centralityGraph();
        Map<String, Double> betweenness = betweenness(graph);
        List<MapNode> people = index.all(NodeType.PERSON);
        List<Double> scores = people.stream()
                .map(p -> betweenness.getOrDefault(p.id(), 0.0))
                .sorted()
                .toList();
        double topQuartile = scores.isEmpty() ? 0 : scores.get((int) Math.floor(0.75 * (scores.size() - 1)));

        List<PersonCentrality> ranked = new ArrayList<>();
        for (MapNode person : people) {
            double score = betweenness.getOrDefault(person.id(), 0.0);
            Set<String> organisations = new HashSet<>();
            index.out(RelationshipType.WORKS_FOR, person.id()).forEach(o -> organisations.add(o.id()));
            collaborators(person)
                    .forEach(
                            c -> index.out(RelationshipType.WORKS_FOR, c.id()).forEach(o -> organisations.add(o.id())));
            List<Subject> championed = new ArrayList<>();
            index.out(RelationshipType.CHAMPIONS, person.id()).forEach(n -> championed.add(Subject.of(n)));
            index.out(RelationshipType.LEADS, person.id()).forEach(n -> championed.add(Subject.of(n)));
            boolean highBrokerage = score > 0 && (score >= topQuartile || organisations.size() >= 3);
            ranked.add(new PersonCentrality(
                    ref(person),
                    score,
                    organisations.size(),
                    championed.stream().distinct().toList(),
                    highBrokerage && championed.isEmpty()));
        }
        ranked.sort(Comparator.comparingDouble(PersonCentrality::betweenness)
                .reversed()
                .thenComparing(p -> p.person().name(), String.CASE_INSENSITIVE_ORDER));
        return new ChampionReport(ranked, singlePointsOfFailure(graph, people));
    }

    /** The best rank (1 = highest betweenness) of a local evidence leader among the ranked people, null if none. */
    static Integer evidenceLeaderRank(ChampionReport report) {
        List<PersonCentrality> people = report.people();
        for (int i = 0; i < people.size(); i++) {
            if (AreaIndex.localEvidenceLeader(people.get(i).person().role())) {
                return i + 1;
            }
        }
        return null;
    }

    private static PersonRef ref(MapNode person) {
        return new PersonRef(person.id(), person.name(), person.text("role"));
    }

    private List<SinglePointOfFailure> singlePointsOfFailure(Graph<String, DefaultEdge> graph, List<MapNode> people) {
        List<SinglePointOfFailure> failures = new ArrayList<>();
        for (MapNode intervention : index.all(NodeType.INTERVENTION)) {
            Set<String> champions = index.championsOf(intervention);
            if (!AreaIndex.stopped(intervention) && champions.size() == 1) {
                MapNode only = index.node(champions.iterator().next());
                failures.add(new SinglePointOfFailure(
                        SinglePointOfFailure.Kind.ONLY_CHAMPION,
                        Subject.of(intervention),
                        ref(only),
                        "'" + intervention.name() + "' has one champion: " + whoIs(only)));
            }
        }
        Set<String> cutPoints = new BiconnectivityInspector<>(graph).getCutpoints();
        for (MapNode person : people) {
            if (cutPoints.contains(person.id())) {
                List<String> cutOff = cutOffBy(graph, person.id());
                failures.add(new SinglePointOfFailure(
                        SinglePointOfFailure.Kind.CUT_POINT,
                        Subject.of(person),
                        ref(person),
                        "Without " + person.name() + ", "
                                + (cutOff.size() == 1
                                        ? cutOff.getFirst() + " is"
                                        : cutOff.size() + " nodes ("
                                                + String.join(", ", cutOff.subList(0, Math.min(4, cutOff.size())))
                                                + (cutOff.size() > 4 ? ", …" : "") + ") are")
                                + " cut off from the rest of the network"));
            }
        }
        return failures;
    }

    /**
     * A person's name, and where another person of the area has the same name, what tells them
     * apart: their role and the organisations they work for, e.g. "Sam Patel (practitioner, North
     * Council)".
     */
    String whoIs(MapNode person) {
        boolean shared = index.all(NodeType.PERSON).stream()
                .anyMatch(other -> !other.id().equals(person.id())
                        && other.name().strip().equalsIgnoreCase(person.name().strip()));
        if (!shared) {
            return person.name();
        }
        List<String> apart = new ArrayList<>();
        Coded.byCode(PersonRole.class, person.text("role"))
                .ifPresent(role -> apart.add(role.label().toLowerCase(Locale.UK)));
        index.out(RelationshipType.WORKS_FOR, person.id()).stream()
                .map(MapNode::name)
                .sorted()
                .forEach(apart::add);
        return apart.isEmpty() ? person.name() : person.name() + " (" + String.join(", ", apart) + ")";
    }

    /** The graph for centrality: people, organisations and interventions, undirected, parallel edges once. */
    Graph<String, DefaultEdge> centralityGraph() {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        Set<NodeType> kinds = Set.of(NodeType.PERSON, NodeType.ORGANISATION, NodeType.INTERVENTION);
        for (NodeType type : NodeType.values()) {
            if (kinds.contains(type)) {
                index.all(type).forEach(n -> graph.addVertex(n.id()));
            }
        }
        index.forEachLink((from, to) -> {
            if (!from.equals(to) && graph.containsVertex(from) && graph.containsVertex(to)) {
                graph.addEdge(from, to);
            }
        });
        return graph;
    }

    /** Brandes betweenness of every vertex, normalised by 2/((n-1)(n-2)) as NetworkX and igraph do. */
    static Map<String, Double> betweenness(Graph<String, DefaultEdge> graph) {
        List<String> vertices = new ArrayList<>(graph.vertexSet());
        Map<String, Integer> position = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            position.put(vertices.get(i), i);
        }
        int[][] adjacency = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            String v = vertices.get(i);
            adjacency[i] = graph.edgesOf(v).stream()
                    .mapToInt(e -> position.get(
                            Objects.equals(graph.getEdgeSource(e), v)
                                    ? graph.getEdgeTarget(e)
                                    : graph.getEdgeSource(e)))
                    .toArray();
        }
        double[] scores = ShortestPaths.sweep(adjacency).betweenness();
        Map<String, Double> byVertex = new HashMap<>();
        for (int i = 0; i < vertices.size(); i++) {
            byVertex.put(vertices.get(i), scores[i]);
        }
        return byVertex;
    }

    private List<MapNode> collaborators(MapNode person) {
        List<MapNode> result = new ArrayList<>(index.out(RelationshipType.COLLABORATES_WITH, person.id()));
        result.addAll(index.in(RelationshipType.COLLABORATES_WITH, person.id()));
        return result;
    }

    /** The names of the nodes outside the largest component left when {@code removed} is taken out. */
    /**
     * The names of the nodes that removing {@code removed} separates from the rest of its own
     * connected part: its neighbours fall into pieces, the largest piece (ties: the one holding the
     * alphabetically first name) is the rest, and the others are cut off. Nodes never connected to
     * {@code removed} are not counted (they were apart before).
     */
    private List<String> cutOffBy(Graph<String, DefaultEdge> graph, String removed) {
        Set<String> seen = new HashSet<>(Set.of(removed));
        List<List<String>> pieces = new ArrayList<>();
        for (DefaultEdge edge : graph.edgesOf(removed)) {
            String start = Graphs.getOppositeVertex(graph, edge, removed);
            if (!seen.add(start)) {
                continue;
            }
            List<String> piece = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                String v = queue.poll();
                piece.add(index.node(v).name());
                for (String w : Graphs.neighborListOf(graph, v)) {
                    if (seen.add(w)) {
                        queue.add(w);
                    }
                }
            }
            piece.sort(Comparator.naturalOrder());
            pieces.add(piece);
        }
        pieces.sort(Comparator.comparingInt(List<String>::size).reversed().thenComparing(piece -> piece.getFirst()));
        return pieces.stream().skip(1).flatMap(List::stream).sorted().toList();
    }
}
