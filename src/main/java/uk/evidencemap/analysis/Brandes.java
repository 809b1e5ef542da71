package uk.evidencemap.analysis;

import java.util.Arrays;

/**
 * Brandes' exact betweenness for an unweighted, undirected graph held as adjacency arrays,
 * normalised by 2/((n-1)(n-2)) as NetworkX and igraph do.
 * <p>
 * JGraphT's {@code BetweennessCentrality} gives the same numbers (the tests check both, and
 * NetworkX's published values, to 1e-9) but took 4.3 to 5.3 s on a 2,500-vertex, 10,300-edge
 * graph on these machines, against a target of under 1 s; this array version runs the same
 * algorithm without hashing. See docs/decisions/007-betweenness.md.
 */
final class Brandes {

    private Brandes() {}

    /** @param adjacency for each vertex 0..n-1, its distinct neighbours */
    static double[] betweenness(int[][] adjacency) {
        int n = adjacency.length;
        double[] centrality = new double[n];
        int[] stack = new int[n];
        int[] queue = new int[n];
        int[] distance = new int[n];
        double[] sigma = new double[n];
        double[] delta = new double[n];
        for (int s = 0; s < n; s++) {
            Arrays.fill(distance, -1);
            Arrays.fill(sigma, 0);
            Arrays.fill(delta, 0);
            int top = 0;
            int head = 0;
            int tail = 0;
            distance[s] = 0;
            sigma[s] = 1;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                stack[top++] = v;
                for (int w : adjacency[v]) {
                    if (distance[w] < 0) {
                        distance[w] = distance[v] + 1;
                        queue[tail++] = w;
                    }
                    if (distance[w] == distance[v] + 1) {
                        sigma[w] += sigma[v];
                    }
                }
            }
            while (top > 0) {
                int w = stack[--top];
                for (int v : adjacency[w]) {
                    // v is a predecessor of w on a shortest path from s
                    if (distance[v] == distance[w] - 1) {
                        delta[v] += sigma[v] / sigma[w] * (1 + delta[w]);
                    }
                }
                if (w != s) {
                    centrality[w] += delta[w];
                }
            }
        }
        // Each unordered pair was counted from both of its ends: halve, then normalise.
        double scale = n > 2 ? 1.0 / ((double) (n - 1) * (n - 2)) : 0;
        for (int v = 0; v < n; v++) {
            centrality[v] *= scale;
        }
        return centrality;
    }
}
