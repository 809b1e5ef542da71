package uk.evidencemap.analysis;

import java.util.Arrays;

/**
 * The distance-based figures of an undirected, unweighted graph held as adjacency arrays (vertex
 * 0..n-1, each with its distinct neighbours, no self-links), each equal to NetworkX 3.6's function
 * of the same name on the same graph: degree centrality, closeness centrality (Wasserman-Faust
 * improved, {@code wf_improved=True}), density, the number of connected components, the diameter
 * and average shortest path length of the largest component, and the modularity of a partition.
 * Also the 2-step reach, which NetworkX has no single function for. Pure; the distances come from one
 * breadth-first search from every vertex ({@link ShortestPaths}, time n(n+m)).
 */
final class NetworkMeasures {

    /**
     * Every distance figure of one graph.
     *
     * @param closeness         per vertex, NetworkX {@code closeness_centrality}: ((r-1)/(n-1)) * ((r-1)/s),
     *                          r the vertices it reaches (itself included), s the sum of their distances; 0
     *                          when it reaches none
     * @param reach             per vertex, how many other vertices lie at most 2 steps away (a count)
     * @param component         per vertex, its connected component, numbered 0.. in order of each
     *                          component's first vertex
     * @param components        how many connected components (0 for the empty graph)
     * @param largest           the largest component (the first of equal size), -1 for the empty graph
     * @param diameter          NetworkX {@code diameter} of the largest component; null for the empty graph
     * @param averagePathLength NetworkX {@code average_shortest_path_length} of the largest component
     *                          (0 for one vertex); null for the empty graph
     */
    record Paths(
            double[] closeness,
            int[] reach,
            int[] component,
            int components,
            int largest,
            Integer diameter,
            Double averagePathLength) {}

    private NetworkMeasures() {}

    /** The number of edges (each counted once). */
    static long edges(int[][] adjacency) {
        long ends = 0;
        for (int[] neighbours : adjacency) {
            ends += neighbours.length;
        }
        return ends / 2;
    }

    /** NetworkX {@code degree_centrality}: degree/(n-1); 1 for the single vertex of a one-vertex graph. */
    static double[] degree(int[][] adjacency) {
        int n = adjacency.length;
        double[] degree = new double[n];
        double scale = n > 1 ? 1.0 / (n - 1.0) : 0;
        for (int v = 0; v < n; v++) {
            degree[v] = n > 1 ? adjacency[v].length * scale : 1;
        }
        return degree;
    }

    /** NetworkX {@code density} of an undirected graph: 2m/(n(n-1)); 0 with fewer than 2 vertices or no edges. */
    static double density(int[][] adjacency) {
        int n = adjacency.length;
        long m = edges(adjacency);
        return m == 0 || n <= 1 ? 0 : 2.0 * m / ((double) n * (n - 1));
    }

    /** Each vertex's connected component, numbered 0.. in order of each component's first vertex. */
    static int[] components(int[][] adjacency) {
        int n = adjacency.length;
        int[] component = new int[n];
        Arrays.fill(component, -1);
        int[] queue = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (component[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            component[s] = count;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int w : adjacency[v]) {
                    if (component[w] < 0) {
                        component[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            count++;
        }
        return component;
    }

    /** Closeness, reach, components, and the diameter and average path length of the largest component. */
    static Paths paths(int[][] adjacency) {
        return paths(adjacency, ShortestPaths.sweep(adjacency));
    }

    /**
     * The distance figures from a sweep already made of the same graph.
     *
     * @param sweep {@link ShortestPaths#sweep} of {@code adjacency}
     */
    static Paths paths(int[][] adjacency, ShortestPaths.Sweep sweep) {
        int n = adjacency.length;
        int[] component = components(adjacency);
        int count = Arrays.stream(component).max().orElse(-1) + 1;
        int[] size = new int[count];
        for (int c : component) {
            size[c]++;
        }
        int largest = -1;
        for (int c = 0; c < count; c++) {
            if (largest < 0 || size[c] > size[largest]) {
                largest = c;
            }
        }
        double[] closeness = new double[n];
        int diameter = 0;
        long largestSum = 0;
        for (int s = 0; s < n; s++) {
            long sum = sweep.distanceSum()[s];
            int reached = sweep.reached()[s];
            if (sum > 0 && n > 1) {
                closeness[s] = (reached - 1.0) / sum * ((reached - 1.0) / (n - 1));
            }
            if (component[s] == largest) {
                diameter = Math.max(diameter, sweep.eccentricity()[s]);
                largestSum += sum;
            }
        }
        Integer diameterOfLargest = largest < 0 ? null : diameter;
        Double average = largest < 0
                ? null
                : size[largest] == 1 ? 0.0 : largestSum / ((double) size[largest] * (size[largest] - 1));
        return new Paths(closeness, sweep.reach2().clone(), component, count, largest, diameterOfLargest, average);
    }

    /**
     * NetworkX {@code community.modularity} (resolution 1, unweighted) of a partition:
     * the sum over communities c of L_c/m - (d_c/2m)^2, L_c the edges inside c, d_c the sum of its
     * degrees, m the edges of the graph.
     *
     * @param community each vertex's community (any non-negative numbers)
     * @return the modularity, or null when the graph has no edge (NetworkX divides by zero)
     */
    static Double modularity(int[][] adjacency, int[] community) {
        long m = edges(adjacency);
        if (m == 0) {
            return null;
        }
        int count = Arrays.stream(community).max().orElse(-1) + 1;
        long[] inside = new long[count];
        long[] degrees = new long[count];
        for (int v = 0; v < adjacency.length; v++) {
            degrees[community[v]] += adjacency[v].length;
            for (int w : adjacency[v]) {
                if (w > v && community[w] == community[v]) {
                    inside[community[v]]++;
                }
            }
        }
        double degreeSum = 2.0 * m;
        double norm = 1 / (degreeSum * degreeSum);
        double modularity = 0;
        for (int c = 0; c < count; c++) {
            modularity += inside[c] / (double) m - (double) degrees[c] * degrees[c] * norm;
        }
        return modularity;
    }
}
