package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.IntStream;

/**
 * One breadth-first search from every vertex of an undirected, unweighted graph, with Brandes'
 * accumulation (Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
 * 2001;25(2):163-177) in the same pass: per vertex its betweenness and, from the distances, the
 * sums the distance figures need (NetworkMeasures). Time n(n+m), memory O(n+m) per worker.
 * <p>
 * The graph is laid out once as compressed rows (an offset and a neighbour array). The sources go in
 * batches of {@value #WIDTH} consecutive vertices, each batch searched side by side (one bit of a long
 * per source, see {@code batch}); the batches run on the common fork-join pool, so both cores work,
 * and their sums are added in batch order, so the figures are the same on every run and every
 * machine, however many cores it has. Decision 007 says why this is our own code (JGraphT's betweenness took 4.3-5.3 s on
 * the benchmark's champions graph).
 */
final class ShortestPaths {

    /** Sources searched side by side in one batch: the bits of a long. */
    static final int WIDTH = 64;

    /**
     * The figures of one sweep.
     *
     * @param betweenness  per vertex, Brandes' betweenness normalised by 2/((n-1)(n-2)) as NetworkX's
     *                     {@code betweenness_centrality} and igraph normalise it (0 when n &lt;= 2)
     * @param distanceSum  per vertex, the sum of its distances to every vertex it reaches (steps)
     * @param reached      per vertex, how many vertices it reaches, itself included
     * @param reach2       per vertex, how many other vertices lie 1 or 2 steps away
     * @param eccentricity per vertex, its greatest distance to a vertex it reaches (steps)
     */
    record Sweep(double[] betweenness, long[] distanceSum, int[] reached, int[] reach2, int[] eccentricity) {}

    private ShortestPaths() {}

    /**
     * @param adjacency per vertex 0..n-1, its distinct neighbours (no self-links; each edge listed at both ends)
     * @return the sweep's figures, arrays of length n
     */
    static Sweep sweep(int[][] adjacency) {
        int n = adjacency.length;
        int[] start = new int[n + 1];
        for (int v = 0; v < n; v++) {
            start[v + 1] = start[v] + adjacency[v].length;
        }
        int[] to = new int[start[n]];
        for (int v = 0; v < n; v++) {
            System.arraycopy(adjacency[v], 0, to, start[v], adjacency[v].length);
        }
        long[] distanceSum = new long[n];
        int[] reached = new int[n];
        int[] reach2 = new int[n];
        int[] eccentricity = new int[n];
        int batches = (n + WIDTH - 1) / WIDTH;
        double[][] partial = new double[batches][];
        IntStream.range(0, batches)
                .parallel()
                .forEach(b -> partial[b] = batch(
                        start,
                        to,
                        n,
                        b * WIDTH,
                        Math.min(WIDTH, n - b * WIDTH),
                        distanceSum,
                        reached,
                        reach2,
                        eccentricity));
        double[] betweenness = new double[n];
        for (double[] sums : partial) {
            for (int v = 0; v < n; v++) {
                betweenness[v] += sums[v];
            }
        }
        // Each unordered pair was counted from both of its ends: the scale halves it as it normalises.
        double scale = n > 2 ? 1.0 / ((double) (n - 1) * (n - 2)) : 0;
        for (int v = 0; v < n; v++) {
            betweenness[v] *= scale;
        }
        return new Sweep(betweenness, distanceSum, reached, reach2, eccentricity);
    }

    /**
     * The sources first .. first + count - 1 (count at most 64) searched side by side, one bit of a
     * long per source ("multi-source" breadth-first search, Then et al., "The more the merrier",
     * PVLDB 2014;8(4)): a vertex's edges are read once for all the sources that reach it at the same
     * distance, and only the pairs that lie on a shortest path are touched one source at a time.
     * Their dependencies are summed into the returned array; their distance figures are written at
     * their own places in the shared arrays.
     */
    private static double[] batch(
            int[] start,
            int[] to,
            int n,
            int first,
            int count,
            long[] distanceSum,
            int[] reached,
            int[] reach2,
            int[] eccentricity) {
        double[] centrality = new double[n];
        double[] sigma = new double[n * WIDTH];
        double[] delta = new double[n * WIDTH];
        long[] seen = new long[n];
        long[] next = new long[n];
        long[] mask = new long[n];
        // the frontier of each distance: its vertices and, for each, the sources at that distance from it
        List<int[]> levelVertices = new ArrayList<>();
        List<long[]> levelMasks = new ArrayList<>();
        int[] vertices = new int[count];
        long[] masks = new long[count];
        for (int b = 0; b < count; b++) {
            int s = first + b;
            seen[s] |= 1L << b;
            sigma[s * WIDTH + b] = 1;
            vertices[b] = s;
            masks[b] = 1L << b;
            reached[s] = 1;
        }
        levelVertices.add(vertices);
        levelMasks.add(masks);
        int[] touched = new int[n];
        for (int level = 1; ; level++) {
            int found = 0;
            for (int i = 0; i < vertices.length; i++) {
                int v = vertices[i];
                long frontier = masks[i];
                int vAt = v * WIDTH;
                for (int e = start[v], end = start[v + 1]; e < end; e++) {
                    int w = to[e];
                    long fresh = frontier & ~seen[w];
                    if (fresh == 0) {
                        continue;
                    }
                    if (next[w] == 0) {
                        touched[found++] = w;
                    }
                    next[w] |= fresh;
                    int wAt = w * WIDTH;
                    do {
                        int b = Long.numberOfTrailingZeros(fresh);
                        fresh &= fresh - 1;
                        sigma[wAt + b] += sigma[vAt + b];
                    } while (fresh != 0);
                }
            }
            if (found == 0) {
                break;
            }
            vertices = Arrays.copyOf(touched, found);
            masks = new long[found];
            for (int i = 0; i < found; i++) {
                int w = vertices[i];
                long arrived = next[w];
                masks[i] = arrived;
                seen[w] |= arrived;
                next[w] = 0;
                do {
                    int b = Long.numberOfTrailingZeros(arrived);
                    arrived &= arrived - 1;
                    int s = first + b;
                    distanceSum[s] += level;
                    reached[s]++;
                    if (level <= 2) {
                        reach2[s]++;
                    }
                    eccentricity[s] = level;
                } while (arrived != 0);
            }
            levelVertices.add(vertices);
            levelMasks.add(masks);
        }
        // back from the farthest distance: each vertex passes its dependency to its predecessors
        for (int level = levelVertices.size() - 1; level > 0; level--) {
            int[] below = levelVertices.get(level - 1);
            long[] belowMasks = levelMasks.get(level - 1);
            for (int i = 0; i < below.length; i++) {
                mask[below[i]] = belowMasks[i];
            }
            int[] here = levelVertices.get(level);
            long[] hereMasks = levelMasks.get(level);
            for (int i = 0; i < here.length; i++) {
                int w = here[i];
                int wAt = w * WIDTH;
                long bits = hereMasks[i];
                // (1 + delta) / sigma of w for each source, kept in delta's place: delta of w is final now
                double sum = 0;
                for (long left = bits; left != 0; left &= left - 1) {
                    int b = Long.numberOfTrailingZeros(left);
                    double d = delta[wAt + b];
                    sum += d;
                    delta[wAt + b] = (1 + d) / sigma[wAt + b];
                }
                centrality[w] += sum;
                for (int e = start[w], end = start[w + 1]; e < end; e++) {
                    int v = to[e];
                    long shared = bits & mask[v];
                    if (shared == 0) {
                        continue;
                    }
                    int vAt = v * WIDTH;
                    do {
                        int b = Long.numberOfTrailingZeros(shared);
                        shared &= shared - 1;
                        delta[vAt + b] += sigma[vAt + b] * delta[wAt + b];
                    } while (shared != 0);
                }
            }
            for (int v : below) {
                mask[v] = 0;
            }
        }
        return centrality;
    }
}
