package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The network figures of an area over the champions graph ({@link ChampionsGraph}: the
 * area's people, organisations and interventions and every relationship between two of them,
 * undirected, unweighted, parallel relationships once): per node degree, closeness, eigenvector and
 * betweenness centrality, 2-step reach and Leiden community; for the whole network its size, density,
 * components, the diameter and average path length of the largest component, and the communities'
 * number and modularity. Each NetworkX figure equals NetworkX 3.6's function of the same name to
 * 1e-9 (NetworkFiguresTest holds them to reference values NetworkX 3.6.1 computed). Pure.
 */
final class NetworkAnalysis {

    private final ChampionsGraph graph;

    /** @param graph the map's champions graph, whose one sweep the figures share with the champions */
    NetworkAnalysis(ChampionsGraph graph) {
        this.graph = graph;
    }

    /** @return every person, organisation and intervention (map order: type, then name) and the whole network */
    NetworkReport report() {
        Figures figures = graph.figures();
        List<NodeFigures> nodes = new ArrayList<>();
        for (int v = 0; v < graph.size(); v++) {
            nodes.add(new NodeFigures(
                    Subject.of(graph.vertex(v)),
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
     * per-node eigenvector and the Leiden communities, which cost most: equal to those of {@code
     * report().network()}.
     */
    NetworkShape shape() {
        int[][] adjacency = graph.adjacency();
        NetworkMeasures.Paths paths = NetworkMeasures.paths(adjacency, graph.sweep());
        return new NetworkShape(
                NetworkMeasures.density(adjacency), paths.components(), paths.diameter(), paths.averagePathLength());
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
            return of(adjacency, ShortestPaths.sweep(adjacency), memberOrder);
        }

        /**
         * @param sweep       {@link ShortestPaths#sweep} of {@code adjacency}, made already
         */
        static Figures of(int[][] adjacency, ShortestPaths.Sweep sweep, Comparator<Integer> memberOrder) {
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
