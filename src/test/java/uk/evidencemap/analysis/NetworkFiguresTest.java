package uk.evidencemap.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every network figure against the values NetworkX 3.6.1 computed for the same graphs
 * (src/test/resources/networkx: Zachary's karate club, unweighted; the Florentine families; small
 * special graphs; seeded random graphs, some disconnected, some with isolated nodes), to 1e-9.
 */
class NetworkFiguresTest {

    static final double TOLERANCE = 1e-9;

    /** The largest difference from NetworkX seen by any test of this class, for the report it prints. */
    private static double largestDifference;

    /** One reference graph: its node names in NetworkX's order, its adjacency, and NetworkX's values. */
    record Reference(String name, List<String> nodes, int[][] adjacency, JsonNode values) {}

    static List<Reference> references() {
        JsonNode index = read("/networkx/index.json");
        List<Reference> references = new ArrayList<>();
        for (JsonNode name : index) {
            JsonNode values = read("/networkx/graphs/" + name.asString() + ".json");
            List<String> nodes = new ArrayList<>();
            values.get("nodes").forEach(n -> nodes.add(n.asString()));
            Map<String, Integer> place = new HashMap<>();
            nodes.forEach(n -> place.put(n, place.size()));
            List<TreeSet<Integer>> neighbours = new ArrayList<>();
            nodes.forEach(n -> neighbours.add(new TreeSet<>()));
            for (JsonNode edge : values.get("edges")) {
                int u = place.get(edge.get(0).asString());
                int v = place.get(edge.get(1).asString());
                neighbours.get(u).add(v);
                neighbours.get(v).add(u);
            }
            int[][] adjacency = neighbours.stream()
                    .map(set -> set.stream().mapToInt(Integer::intValue).toArray())
                    .toArray(int[][]::new);
            references.add(new Reference(name.asString(), nodes, adjacency, values));
        }
        return references;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = NetworkFiguresTest.class.getResourceAsStream(resource)) {
            return JsonMapper.builder().build().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void close(String what, double actual, double expected) {
        largestDifference = Math.max(largestDifference, Math.abs(actual - expected));
        assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
    }

    private static void closeToEach(String what, double[] actual, JsonNode expected) {
        assertThat(actual).as(what).hasSize(expected.size());
        for (int v = 0; v < actual.length; v++) {
            close(what + " of node " + v, actual[v], expected.get(v).asDouble());
        }
    }

    @AfterAll
    static void report() {
        System.out.println("NetworkFiguresTest: largest difference from NetworkX 3.6.1: " + largestDifference);
    }

    @Test
    void everyNodeFigureAndNetworkFigureEqualsNetworkXs() {
        List<Reference> references = references();
        assertThat(references).hasSizeGreaterThanOrEqualTo(20);
        for (Reference graph : references) {
            var figures = NetworkAnalysis.Figures.of(graph.adjacency(), Comparator.naturalOrder());
            JsonNode expected = graph.values();
            String name = graph.name();
            closeToEach(name + ": degree", figures.degree(), expected.get("degree"));
            closeToEach(name + ": closeness", figures.paths().closeness(), expected.get("closeness"));
            closeToEach(name + ": eigenvector", figures.eigenvector(), expected.get("eigenvector"));
            closeToEach(name + ": betweenness", figures.betweenness(), expected.get("betweenness"));
            assertThat(figures.paths().reach()).as(name + ": reach").containsExactly(ints(expected.get("reach")));
            JsonNode network = expected.get("network");
            NetworkFigures actual = figures.network();
            assertThat(actual.nodes()).as(name).isEqualTo(network.get("nodes").asInt());
            assertThat(actual.relationships())
                    .as(name)
                    .isEqualTo(network.get("relationships").asInt());
            close(name + ": density", actual.density(), network.get("density").asDouble());
            assertThat(actual.components())
                    .as(name)
                    .isEqualTo(network.get("components").asInt());
            assertThat(actual.diameter())
                    .as(name)
                    .isEqualTo(network.get("diameter").asInt());
            close(
                    name + ": average path length",
                    actual.averagePathLength(),
                    network.get("averagePathLength").asDouble());
        }
    }

    @Test
    void modularityOfAGivenPartitionEqualsNetworkXs() {
        int partitions = 0;
        for (Reference graph : references()) {
            for (JsonNode partition : graph.values().get("partitions")) {
                int[] community = new int[graph.nodes().size()];
                int number = 0;
                for (JsonNode members : partition.get("communities")) {
                    for (JsonNode member : members) {
                        community[graph.nodes().indexOf(member.asString())] = number;
                    }
                    number++;
                }
                close(
                        graph.name() + ": modularity of "
                                + partition.get("name").asString(),
                        NetworkMeasures.modularity(graph.adjacency(), community),
                        partition.get("modularity").asDouble());
                partitions++;
            }
        }
        assertThat(partitions).isGreaterThanOrEqualTo(20);
    }

    @Test
    void eigenvectorByPowerIterationAndByTheExactSolverBothEqualNetworkXs() {
        for (Reference graph : references()) {
            JsonNode expected = graph.values().get("eigenvector");
            closeToEach(
                    graph.name() + ": eigenvector, power iteration",
                    Eigenvector.centrality(graph.adjacency(), 0),
                    expected);
            closeToEach(
                    graph.name() + ": eigenvector, exact",
                    Eigenvector.centrality(graph.adjacency(), Integer.MAX_VALUE),
                    expected);
        }
    }

    @Test
    void leidenFindsTheBestKnownSplitOfTheKarateClubAndTheSameGroupsEveryTime() {
        Reference karate = references().getFirst();
        assertThat(karate.name()).isEqualTo("karate");
        var first = NetworkAnalysis.Figures.of(karate.adjacency(), Comparator.naturalOrder());
        var again = NetworkAnalysis.Figures.of(karate.adjacency(), Comparator.naturalOrder());
        // the optimum is 0.4197896 (Brandes et al. 2008) with 4 communities; NetworkX's Louvain (seed 1) finds 0.4188
        assertThat(first.network().modularity()).isGreaterThan(0.41);
        assertThat(first.network().modularity()).isCloseTo(0.41978961209730437, within(1e-9));
        assertThat(first.network().communities()).isEqualTo(4);
        assertThat(again.community()).containsExactly(first.community());
        int[] sizes = new int[first.network().communities()];
        Arrays.stream(first.community()).forEach(c -> sizes[c - 1]++);
        assertThat(sizes).as("community 1 is the largest").isSortedAccordingTo(Comparator.reverseOrder());
    }

    @Test
    void leidenDoesAsWellAsNetworkXsLouvainOnEveryReferenceGraph() {
        for (Reference graph : references()) {
            Double leiden = NetworkAnalysis.Figures.of(graph.adjacency(), Comparator.naturalOrder())
                    .network()
                    .modularity();
            for (JsonNode partition : graph.values().get("partitions")) {
                assertThat(leiden)
                        .as(graph.name() + " against " + partition.get("name").asString())
                        .isGreaterThanOrEqualTo(partition.get("modularity").asDouble() - 1e-9);
            }
        }
    }

    @Test
    void aNodeWithoutRelationshipsIsACommunityOfItsOwnAndTiesGoToTheFirstMember() {
        // a triangle, two pairs and an isolated node: 1 = the triangle, the pairs by their first member, then the node
        int[][] adjacency = {{1, 2}, {0, 2}, {0, 1}, {4}, {3}, {6}, {5}, {}};
        int[] community = Communities.leiden(adjacency, Comparator.naturalOrder());
        assertThat(community).containsExactly(1, 1, 1, 2, 2, 3, 3, 4);
        int[] reversed = Communities.leiden(adjacency, Comparator.reverseOrder());
        assertThat(reversed).containsExactly(1, 1, 1, 3, 3, 2, 2, 4);
    }

    @Test
    void anEmptyNetworkHasNoDiameterNoPathLengthAndNoModularity() {
        NetworkFigures empty = NetworkAnalysis.Figures.of(new int[0][], Comparator.naturalOrder())
                .network();
        assertThat(empty).isEqualTo(new NetworkFigures(0, 0, 0, 0, null, null, 0, null));
        NetworkFigures apart = NetworkAnalysis.Figures.of(new int[][] {{}, {}}, Comparator.naturalOrder())
                .network();
        assertThat(apart).isEqualTo(new NetworkFigures(2, 0, 0, 2, 0, 0.0, 2, null));
    }

    private static int[] ints(JsonNode array) {
        int[] values = new int[array.size()];
        for (int i = 0; i < values.length; i++) {
            values[i] = array.get(i).asInt();
        }
        return values;
    }
}
