package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.junit.jupiter.api.Test;

/** The length-bounded cycle search against JGraphT's Johnson (unbounded, then filtered) and on hard shapes. */
class ElementaryCyclesTest {

    @Test
    void findsExactlyTheCyclesJohnsonFindsOfAtMostTheBoundOnRandomGraphs() {
        Random random = new Random(20261130);
        int compared = 0;
        for (int round = 0; round < 300; round++) {
            int n = 2 + random.nextInt(12);
            double p = 0.1 + random.nextDouble() * 0.3;
            int bound = 2 + random.nextInt(7);
            int[][] successors = randomGraph(random, n, p);

            Set<String> expected = new TreeSet<>();
            var graph = new DefaultDirectedGraph<Integer, Object>(Object.class);
            for (int v = 0; v < n; v++) {
                graph.addVertex(v);
            }
            for (int v = 0; v < n; v++) {
                for (int w : successors[v]) {
                    graph.addEdge(v, w, new Object());
                }
            }
            new JohnsonSimpleCycles<>(graph).findSimpleCycles(cycle -> {
                if (cycle.size() <= bound) {
                    expected.add(
                            canonical(cycle.stream().mapToInt(Integer::intValue).toArray()));
                }
            });
            List<String> found = new ArrayList<>();
            assertThat(ElementaryCycles.search(successors, bound, cycle -> found.add(canonical(cycle))))
                    .isTrue();

            assertThat(found).as("round " + round + ": each cycle once").doesNotHaveDuplicates();
            assertThat(new TreeSet<>(found)).as("round " + round).isEqualTo(expected);
            compared += expected.size();
        }
        assertThat(compared).as("cycles compared over all rounds").isGreaterThan(1_000);
    }

    @Test
    void findsTheShortCyclesOfAGraphFullOfLongOnes() {
        // A ring of 60 with a chord every 3 steps: cycles of 20 to 60 edges by the thousand; and two
        // triangles hung on it. JGraphT's Johnson looks at the long ones first.
        int n = 66;
        List<List<Integer>> next = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            next.add(new ArrayList<>());
        }
        for (int v = 0; v < 60; v++) {
            next.get(v).add((v + 1) % 60);
            if (v % 3 == 0) {
                next.get(v).add((v + 3) % 60);
            }
        }
        for (int[] triangle : new int[][] {{10, 60, 61}, {40, 63, 64}}) {
            next.get(triangle[0]).add(triangle[1]);
            next.get(triangle[1]).add(triangle[2]);
            next.get(triangle[2]).add(triangle[0]);
        }
        int[][] successors = next.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);

        List<String> found = new ArrayList<>();
        ElementaryCycles.search(successors, 12, cycle -> found.add(canonical(cycle)));

        assertThat(found).containsExactlyInAnyOrder("10,60,61", "40,63,64");
        // the triangles share a vertex with the ring: one strongly connected part of all 64
        assertThat(ElementaryCycles.largestStronglyConnectedPart(successors)).isEqualTo(64);
    }

    @Test
    void aGraphWhoseInfluencesMostlyRunOneWayIsSearchedQuickly() {
        // 200 vertices, 5 edges forward from each and 5 edges back: paths of 12 edges by the
        // billion, which a search that gave up Johnson's blocking under the bound would walk
        Random random = new Random(3);
        int n = 200;
        List<List<Integer>> next = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            next.add(new ArrayList<>());
        }
        for (int v = 0; v < n; v++) {
            for (int k = 0; k < 5; k++) {
                int w = v + 1 + random.nextInt(20);
                if (w < n && !next.get(v).contains(w)) {
                    next.get(v).add(w);
                }
            }
        }
        for (int k = 0; k < 5; k++) {
            int from = 100 + random.nextInt(100);
            next.get(from).add(from - 30 - random.nextInt(60));
        }
        int[][] successors = next.stream()
                .map(l -> l.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        int[] count = {0};
        assertThat(ElementaryCycles.search(successors, 12, cycle -> ++count[0] < 500))
                .isFalse();
        assertThat(count[0]).isEqualTo(500);
    }

    @Test
    void theVisitorStopsTheSearchAndABoundBelowTwoIsRefused() {
        int[][] triangleAndPair = {{1, 3}, {2}, {0}, {0}};
        List<String> found = new ArrayList<>();
        assertThat(ElementaryCycles.search(triangleAndPair, 3, cycle -> found.add(canonical(cycle)) && false))
                .isFalse();
        assertThat(found).hasSize(1);
        assertThatThrownBy(() -> ElementaryCycles.search(triangleAndPair, 1, cycle -> true))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least 2");
    }

    private static int[][] randomGraph(Random random, int n, double p) {
        int[][] successors = new int[n][];
        for (int v = 0; v < n; v++) {
            List<Integer> out = new ArrayList<>();
            for (int w = 0; w < n; w++) {
                if (w != v && random.nextDouble() < p) {
                    out.add(w);
                }
            }
            successors[v] = out.stream().mapToInt(Integer::intValue).toArray();
        }
        return successors;
    }

    /** The cycle from its smallest vertex, e.g. "2,5,3". */
    private static String canonical(int[] cycle) {
        int least = 0;
        for (int i = 1; i < cycle.length; i++) {
            if (cycle[i] < cycle[least]) {
                least = i;
            }
        }
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < cycle.length; k++) {
            text.append(k == 0 ? "" : ",").append(cycle[(least + k) % cycle.length]);
        }
        return text.toString();
    }
}
