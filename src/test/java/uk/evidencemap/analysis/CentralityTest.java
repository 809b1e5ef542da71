package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Stack;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.alg.scoring.BetweennessCentrality;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.SimpleGraph;
import org.junit.jupiter.api.Test;

/** Betweenness as the product computes it, against published values and an independent implementation. */
class CentralityTest {

    /** Zachary's karate club (Zachary 1977), as distributed with NetworkX (nodes 0-33). */
    static final String KARATE = "0-1 0-2 0-3 0-4 0-5 0-6 0-7 0-8 0-10 0-11 0-12 0-13 0-17 0-19 0-21 0-31 1-2 1-3 1-7"
            + " 1-13 1-17 1-19 1-21 1-30 2-3 2-7 2-8 2-9 2-13 2-27 2-28 2-32 3-7 3-12 3-13 4-6 4-10 5-6 5-10 5-16 6-16"
            + " 8-30 8-32 8-33 9-33 13-33 14-32 14-33 15-32 15-33 18-32 18-33 19-33 20-32 20-33 22-32 22-33 23-25 23-27"
            + " 23-29 23-32 23-33 24-25 24-27 24-31 25-31 26-29 26-33 27-33 28-31 28-33 29-32 29-33 30-32 30-33 31-32"
            + " 31-33 32-33";

    /** networkx.betweenness_centrality(networkx.karate_club_graph()), NetworkX 3.6.1. */
    static final double[] KARATE_BETWEENNESS = {
        0.43763528138528146,
        0.053936688311688304,
        0.14365680615680618,
        0.011909271284271283,
        0.0006313131313131313,
        0.02998737373737374,
        0.029987373737373736,
        0.0,
        0.05592682780182781,
        0.0008477633477633478,
        0.0006313131313131313,
        0.0,
        0.0,
        0.04586339586339586,
        0.0,
        0.0,
        0.0,
        0.0,
        0.0,
        0.03247504810004811,
        0.0,
        0.0,
        0.0,
        0.017613636363636363,
        0.0022095959595959595,
        0.0038404882154882154,
        0.0,
        0.02233345358345358,
        0.0017947330447330447,
        0.0029220779220779218,
        0.014411976911976909,
        0.13827561327561325,
        0.145247113997114,
        0.30407497594997596
    };

    static Graph<String, DefaultEdge> graph(String edges) {
        Graph<String, DefaultEdge> graph = new SimpleGraph<>(DefaultEdge.class);
        for (String edge : edges.split(" ")) {
            String[] ends = edge.split("-");
            Graphs.addEdgeWithVertices(graph, ends[0], ends[1]);
        }
        return graph;
    }

    /** The product's betweenness ({@link ShortestPaths#sweep}) of a JGraphT graph, by vertex. */
    static Map<String, Double> betweenness(Graph<String, DefaultEdge> graph) {
        List<String> ids = new ArrayList<>(graph.vertexSet());
        double[] scores = ShortestPaths.sweep(adjacency(graph, ids)).betweenness();
        Map<String, Double> byVertex = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            byVertex.put(ids.get(i), scores[i]);
        }
        return byVertex;
    }

    /** A JGraphT graph as adjacency arrays: vertex i is {@code ids.get(i)}, its distinct neighbours ascending. */
    static int[][] adjacency(Graph<String, DefaultEdge> graph, List<String> ids) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            place.put(ids.get(i), i);
        }
        int[][] adjacency = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            String v = ids.get(i);
            adjacency[i] = Graphs.neighborListOf(graph, v).stream()
                    .filter(w -> !w.equals(v))
                    .mapToInt(place::get)
                    .distinct()
                    .sorted()
                    .toArray();
        }
        return adjacency;
    }

    @Test
    void karateClubMatchesThePublishedValuesTo1e9() {
        Map<String, Double> scores = betweenness(graph(KARATE));
        Map<String, Double> jgrapht = betweennessByJGraphT(graph(KARATE));
        for (int i = 0; i < 34; i++) {
            assertThat(scores.get(String.valueOf(i))).as("node " + i).isCloseTo(KARATE_BETWEENNESS[i], within(1e-9));
            assertThat(jgrapht.get(String.valueOf(i)))
                    .as("node " + i + " (JGraphT)")
                    .isCloseTo(KARATE_BETWEENNESS[i], within(1e-9));
        }
    }

    @Test
    void aPathOfFiveHasTheTextbookValues() {
        Map<String, Double> scores = betweenness(graph("a-b b-c c-d d-e"));
        assertThat(scores.get("a")).isZero();
        assertThat(scores.get("b")).isCloseTo(0.5, within(1e-12));
        assertThat(scores.get("c")).isCloseTo(2.0 / 3, within(1e-12));
    }

    @Test
    void randomGraphsAgreeWithAnIndependentBrandesImplementation() {
        Random random = new Random(20261123);
        for (int round = 0; round < 25; round++) {
            int n = 5 + random.nextInt(60);
            double p = 0.02 + random.nextDouble() * 0.2;
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
            Map<String, Double> product = betweenness(graph);
            Map<String, Double> independent = brandes(graph);
            Map<String, Double> jgrapht = betweennessByJGraphT(graph);
            for (String v : graph.vertexSet()) {
                assertThat(product.get(v)).as("round " + round + ", " + v).isCloseTo(independent.get(v), within(1e-9));
                assertThat(product.get(v))
                        .as("round " + round + ", " + v + " (JGraphT)")
                        .isCloseTo(jgrapht.get(v), within(1e-9));
            }
        }
    }

    /** JGraphT's implementation of the same measure, normalised by 2/((n-1)(n-2)): the reference the product is checked against. */
    static Map<String, Double> betweennessByJGraphT(Graph<String, DefaultEdge> graph) {
        int n = graph.vertexSet().size();
        Map<String, Double> raw = new BetweennessCentrality<>(graph, false).getScores();
        double scale = n > 2 ? 2.0 / ((double) (n - 1) * (n - 2)) : 0;
        Map<String, Double> normalised = new HashMap<>();
        raw.forEach((v, score) -> normalised.put(v, score * scale));
        return normalised;
    }

    /** Brandes (2001) for an unweighted undirected graph, normalised by 2/((n-1)(n-2)); written for this test. */
    static Map<String, Double> brandes(Graph<String, DefaultEdge> graph) {
        List<String> vertices = new ArrayList<>(graph.vertexSet());
        Map<String, Double> cb = new HashMap<>();
        vertices.forEach(v -> cb.put(v, 0.0));
        for (String s : vertices) {
            Stack<String> stack = new Stack<>();
            Map<String, List<String>> predecessors = new HashMap<>();
            Map<String, Double> sigma = new HashMap<>();
            Map<String, Integer> distance = new HashMap<>();
            vertices.forEach(v -> {
                predecessors.put(v, new ArrayList<>());
                sigma.put(v, 0.0);
                distance.put(v, -1);
            });
            sigma.put(s, 1.0);
            distance.put(s, 0);
            Deque<String> queue = new ArrayDeque<>(List.of(s));
            while (!queue.isEmpty()) {
                String v = queue.poll();
                stack.push(v);
                for (String w : Graphs.neighborListOf(graph, v)) {
                    if (distance.get(w) < 0) {
                        queue.add(w);
                        distance.put(w, distance.get(v) + 1);
                    }
                    if (distance.get(w) == distance.get(v) + 1) {
                        sigma.put(w, sigma.get(w) + sigma.get(v));
                        predecessors.get(w).add(v);
                    }
                }
            }
            Map<String, Double> delta = new HashMap<>();
            vertices.forEach(v -> delta.put(v, 0.0));
            while (!stack.isEmpty()) {
                String w = stack.pop();
                for (String v : predecessors.get(w)) {
                    delta.put(v, delta.get(v) + sigma.get(v) / sigma.get(w) * (1 + delta.get(w)));
                }
                if (!w.equals(s)) {
                    cb.put(w, cb.get(w) + delta.get(w));
                }
            }
        }
        int n = vertices.size();
        // Each unordered pair was counted from both ends: halve, then normalise for undirected graphs.
        double scale = n > 2 ? 1.0 / ((double) (n - 1) * (n - 2)) : 0;
        Map<String, Double> normalised = new HashMap<>();
        cb.forEach((v, value) -> normalised.put(v, value * scale));
        return normalised;
    }
}
