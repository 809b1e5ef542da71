package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.connectivity.BiconnectivityInspector;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.taxonomy.EvidenceRating;

/** The champions graph as arrays, and its cut points against JGraphT's on seeded random graphs. */
class ChampionsGraphTest {

    @Test
    void holdsPeopleOrganisationsAndInterventionsWithEachPairOnceAndNoSelfLinks() {
        MapBuilder map = new MapBuilder()
                .person("Ann", "PRACTITIONER")
                .person("Bob", "PRACTITIONER")
                .org("Council")
                .intervention("Groups", "FULL_IMPLEMENTATION")
                .need("Sleep", 3)
                .rel(
                        "Ann COLLABORATES_WITH Bob",
                        "Bob COLLABORATES_WITH Ann",
                        "Ann WORKS_FOR Council",
                        "Ann CHAMPIONS Groups",
                        "Ann LEADS Groups",
                        "Groups ADDRESSES Sleep");
        ChampionsGraph graph = ChampionsGraph.of(new AreaIndex(map.build(), EvidenceRating.LEVEL_3));

        assertThat(graph.size()).isEqualTo(4);
        List<String> names = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            names.add(graph.vertex(v).name());
        }
        assertThat(names).containsExactly("Ann", "Bob", "Council", "Groups");
        assertThat(graph.adjacency()).isDeepEqualTo(new int[][] {{1, 2, 3}, {0}, {0}, {0}});
        assertThat(graph.place(graph.vertex(3).id())).isEqualTo(3);
    }

    @Test
    void cutPointsAndWhatTheyCutOffAgreeWithJGraphTOnRandomGraphs() {
        Random random = new Random(20261130);
        int cutPointsSeen = 0;
        for (int round = 0; round < 60; round++) {
            int n = 1 + random.nextInt(90);
            // sparse, often disconnected, with pendant trees: many cut points
            double p = random.nextDouble() * 2.5 / n;
            Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
            List<MapNode> vertices = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                String id = "v" + i;
                graph.addVertex(id);
                // names repeat now and then, as people's names do
                vertices.add(new MapNode(id, NodeType.PERSON, "a", "N" + random.nextInt(n * 2), 0, Map.of()));
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextDouble() < p) {
                        graph.addEdge("v" + i, "v" + j);
                    }
                }
                if (i > 0 && random.nextDouble() < 0.3) {
                    graph.addEdge("v" + i, "v" + random.nextInt(i));
                }
            }
            List<String> ids = vertices.stream().map(MapNode::id).toList();
            ChampionsGraph ours = ChampionsGraph.of(vertices, CentralityTest.adjacency(graph, ids));
            String what =
                    "round " + round + " (" + n + " nodes, " + graph.edgeSet().size() + " edges)";

            Set<String> expectedCutPoints = new BiconnectivityInspector<>(graph).getCutpoints();
            List<ChampionsGraph.CutPoint> found = ours.cutPoints(v -> true);
            assertThat(found)
                    .as(what)
                    .extracting(c -> ids.get(c.vertex()))
                    .containsExactlyInAnyOrderElementsOf(expectedCutPoints);
            for (ChampionsGraph.CutPoint cut : found) {
                List<String> cutOff = cutOffBy(graph, vertices, ids.get(cut.vertex()));
                assertThat(cut.cutOff()).as(what + ", without " + cut.vertex()).isEqualTo(cutOff.size());
                if (!tied) {
                    assertThat(cut.firstNames())
                            .as(what + ", without " + cut.vertex())
                            .containsExactlyElementsOf(cutOff.subList(0, Math.min(4, cutOff.size())));
                }
            }
            assertThat(ours.cutPoints(v -> v % 2 == 0))
                    .as(what + ", even vertices only")
                    .extracting(ChampionsGraph.CutPoint::vertex)
                    .allMatch(v -> v % 2 == 0)
                    .hasSize((int)
                            found.stream().filter(c -> c.vertex() % 2 == 0).count());
            cutPointsSeen += found.size();
        }
        assertThat(cutPointsSeen).as("cut points over all rounds").isGreaterThan(200);
    }

    /**
     * The reference: removing {@code removed}, its neighbours fall into pieces (breadth-first search);
     * the largest piece (ties: the one whose smallest name sorts first, then the one found first) is
     * the rest, and the names of the others are cut off, sorted.
     */
    private static boolean tied;

    private static List<String> cutOffBy(Graph<String, DefaultEdge> graph, List<MapNode> vertices, String removed) {
        Set<String> seen = new HashSet<>(Set.of(removed));
        List<List<String>> pieces = new ArrayList<>();
        for (String start : Graphs.neighborListOf(graph, removed)) {
            if (!seen.add(start)) {
                continue;
            }
            List<String> piece = new ArrayList<>();
            Deque<String> queue = new ArrayDeque<>(List.of(start));
            while (!queue.isEmpty()) {
                String v = queue.poll();
                piece.add(vertices.get(Integer.parseInt(v.substring(1))).name());
                for (String w : Graphs.neighborListOf(graph, v)) {
                    if (seen.add(w)) {
                        queue.add(w);
                    }
                }
            }
            piece.sort(Comparator.naturalOrder());
            pieces.add(piece);
        }
        pieces.sort(Comparator.comparingInt(List<String>::size).reversed().thenComparing(List::getFirst));
        // two largest pieces of the same size whose first names are equal: either may be the rest, so
        // only the count is compared
        tied = pieces.size() > 1
                && pieces.get(0).size() == pieces.get(1).size()
                && pieces.get(0).getFirst().equals(pieces.get(1).getFirst());
        return pieces.stream().skip(1).flatMap(List::stream).sorted().toList();
    }
}
