package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jgrapht.Graph;
import org.jgrapht.GraphMetrics;
import org.jgrapht.alg.connectivity.ConnectivityInspector;
import org.jgrapht.alg.scoring.ClosenessCentrality;
import org.jgrapht.graph.AsSubgraph;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/**
 * The network figures against an independent implementation, JGraphT's, on seeded random graphs
 * (many disconnected, some with isolated nodes), with the differences of convention accounted for.
 */
class NetworkCrossCheckTest {

    @Test
    void seededRandomGraphsAgreeWithJGraphT() {
        Random random = new Random(20_260_501L);
        for (int round = 0; round < 30; round++) {
            int n = 2 + random.nextInt(120);
            double p = random.nextDouble() * 4 / n;
            Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
            for (int i = 0; i < n; i++) {
                graph.addVertex("v" + i);
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n; j++) {
                    if (random.nextDouble() < p) {
                        graph.addEdge("v" + i, "v" + j);
                    }
                }
            }
            List<String> ids = new ArrayList<>(graph.vertexSet());
            int[][] adjacency = CentralityTest.adjacency(graph, ids);
            var ours = NetworkAnalysis.Figures.of(adjacency, Comparator.naturalOrder());
            String what =
                    "round " + round + " (" + n + " nodes, " + graph.edgeSet().size() + " edges)";

            Map<String, Double> betweenness = CentralityTest.betweennessByJGraphT(graph);
            List<Set<String>> components = new ConnectivityInspector<>(graph).connectedSets();
            assertThat(ours.network().components()).as(what).isEqualTo(components.size());
            Set<String> largest = null;
            for (Set<String> component : components) {
                // JGraphT's closeness within each part, scaled by the share of the graph the part reaches
                // (NetworkX's Wasserman-Faust improvement); a part of one node has closeness 0 in both
                var part = new AsSubgraph<>(graph, component);
                Map<String, Double> closeness = new ClosenessCentrality<>(part, false, true).getScores();
                for (String v : component) {
                    int i = ids.indexOf(v);
                    double expected = component.size() == 1 ? 0 : closeness.get(v) * (component.size() - 1.0) / (n - 1);
                    assertThat(ours.paths().closeness()[i])
                            .as(what + ": closeness of " + v)
                            .isCloseTo(expected, within(1e-9));
                    assertThat(ours.betweenness()[i])
                            .as(what + ": betweenness of " + v)
                            .isCloseTo(betweenness.get(v), within(1e-9));
                }
                if (largest == null
                        || component.size() > largest.size()
                        || (component.size() == largest.size() && first(ids, component) < first(ids, largest))) {
                    largest = component;
                }
            }
            double diameter = GraphMetrics.getDiameter(new AsSubgraph<>(graph, largest));
            assertThat(ours.network().diameter()).as(what + ": diameter").isEqualTo((int) diameter);
            assertThat(Eigenvector.centrality(adjacency, 0))
                    .as(what + ": eigenvector, power iteration against the exact solver")
                    .containsExactly(Eigenvector.centrality(adjacency, Integer.MAX_VALUE), within(1e-9));
        }
    }

    private static int first(List<String> ids, Set<String> component) {
        return component.stream().mapToInt(ids::indexOf).min().orElseThrow();
    }
}
