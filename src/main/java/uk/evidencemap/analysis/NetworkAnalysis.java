package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.jgrapht.Graph;
import org.jgrapht.Graphs;
import org.jgrapht.graph.DefaultEdge;
import uk.evidencemap.map.MapNode;

/**
 * The network figures of an area over the champions graph ({@link Champions#centralityGraph()}: the
 * area's people, organisations and interventions and every relationship between two of them,
 * undirected, unweighted, parallel relationships once): per node degree, closeness, eigenvector and
 * betweenness centrality, 2-step reach and Leiden community; for the whole network its size, density,
 * components, the diameter and average path length of the largest component, and the communities'
 * number and modularity. Each NetworkX figure equals NetworkX 3.6's function of the same name to
 * 1e-9 (NetworkFiguresTest holds them to reference values NetworkX 3.6.1 computed). Pure.
 */
final class NetworkAnalysis {

    private final AreaIndex index;
    private final Champions champions;

    NetworkAnalysis(AreaIndex index) {
        this.index = index;
        this.champions = new Champions(index);
    }

    /** @return every person, organisation and intervention (map order: type, then name) and the whole network */
    NetworkReport report() {
        Graph<String, DefaultEdge> graph = champions.centralityGraph();
        List<String> ids = new ArrayList<>(graph.vertexSet());
        int[][] adjacency = adjacency(graph, ids);
        Comparator<Integer> byName = Comparator.comparing(
                        (Integer v) -> index.node(ids.get(v)).name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(ids::get);
        Figures figures = Figures.of(adjacency, byName);
        List<NodeFigures> nodes = new ArrayList<>();
        for (int v = 0; v < ids.size(); v++) {
            MapNode node = index.node(ids.get(v));
            nodes.add(new NodeFigures(
                    Subject.of(node),
                    figures.degree()[v],
                    figures.paths().closeness()[v],
                    figures.eigenvector()[v],
                    figures.betweenness()[v],
                    figures.paths().reach()[v],
                    figures.community()[v]));
        }
        return new NetworkReport(nodes, figures.network());
    }

    /**
     * Only the distance figures of the whole network (those the comparison shows), without the
     * per-node eigenvector and betweenness and the Leiden communities, which cost most: equal to
     * those of {@code report().network()}.
     */
    NetworkShape shape() {
        Graph<String, DefaultEdge> graph = champions.centralityGraph();
        int[][] adjacency = adjacency(graph, new ArrayList<>(graph.vertexSet()));
        NetworkMeasures.Paths paths = NetworkMeasures.paths(adjacency);
        return new NetworkShape(
                NetworkMeasures.density(adjacency), paths.components(), paths.diameter(), paths.averagePathLength());
    }

    /** Each vertex's distinct neighbours, in ascending order of their place in {@code ids}. */
    static int[][] adjacency(Graph<String, DefaultEdge> graph, List<String> ids) {
        Map<String, Integer> place = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            place.put(ids.get(i), i);
        }
        int[][] adjacency = new int[ids.size()][];
        for (int i = 0; i < ids.size(); i++) {
            TreeSet<Integer> neighbours = new TreeSet<>();
            for (String w : Graphs.neighborListOf(graph, ids.get(i))) {
                if (!w.equals(ids.get(i))) {
                    neighbours.add(place.get(w));
                }
            }
            adjacency[i] = neighbours.stream().mapToInt(Integer::intValue).toArray();
        }
        return adjacency;
    }

    /** Every figure of one graph held as adjacency arrays, per vertex and for the whole. */
    record Figures(
            double[] degree,
            NetworkMeasures.Paths paths,
            double[] eigenvector,
            double[] betweenness,
            int[] community,
            NetworkFigures network) {

        /**
         * @param adjacency   per vertex 0..n-1, its distinct neighbours in ascending order
         * @param memberOrder the order that settles ties between communities of equal size
         */
        static Figures of(int[][] adjacency, Comparator<Integer> memberOrder) {
            ShortestPaths.Sweep sweep = ShortestPaths.sweep(adjacency);
            NetworkMeasures.Paths paths = NetworkMeasures.paths(adjacency, sweep);
            int[] community = Communities.leiden(adjacency, memberOrder);
            NetworkFigures network = network(adjacency, paths, community);
            return new Figures(
                    NetworkMeasures.degree(adjacency),
                    paths,
                    Eigenvector.centrality(adjacency),
                    sweep.betweenness(),
                    community,
                    network);
        }

        /** The figures of the whole network from its paths and communities. */
        static NetworkFigures network(int[][] adjacency, NetworkMeasures.Paths paths, int[] community) {
            return new NetworkFigures(
                    adjacency.length,
                    (int) NetworkMeasures.edges(adjacency),
                    NetworkMeasures.density(adjacency),
                    paths.components(),
                    paths.diameter(),
                    paths.averagePathLength(),
                    (int) Arrays.stream(community).distinct().count(),
                    NetworkMeasures.modularity(adjacency, community));
        }
    }
}
