package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;

/**
 * One breadth-first search from every vertex of an undirected, unweighted graph, with Brandes'
 * accumulation (Brandes, "A faster algorithm for betweenness centrality", J. Math. Sociol.
 * 2001;25(2):163-177) in the same pass: per vertex its betweenness and, from the distances, the
 * sums the distance figures need (NetworkMeasures). Time O(n(n+m)); memory 2 x 64 doubles per vertex per worker (2.6 MB for 2,500 vertices).
 * <p>
 * The graph is laid out once as compressed rows (an offset and a neighbour array). The sources go in
 * batches of {@value #WIDTH} consecutive vertices, each batch searched side by side (one bit of a long
 * per source, see {@code Batch}); one worker per core of the common fork-join pool takes batches in
 * turn with working arrays of its own, so both cores work, and the batches' sums are added in batch order, so the figures are the same on every run and every
 * machine, however many cores it has. Decision 007 says why this is our own code (JGraphT's betweenness took 4.3-5.3 s on
 * the benchmark's champions graph).
 */
final class ShortestPaths {

    /** Sources searched side by side in one batch: the bits of a long. */
    static final int WIDTH = 64;

    /** Graphs of fewer vertices are searched by one worker. */
    static final int PARALLEL_FROM = 1_000;

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
        // One worker per core, each with its own working arrays, takes the next batch until none is
        // left: the arrays (2 x 64 doubles per vertex) are made once per worker, not once per batch.
        // A small graph (a typical area's, searched while the comparison analyses areas side by side)
        // is searched by one worker: handing its few batches to the pool costs more than it saves.
        int workers = n < PARALLEL_FROM ? 1 : Math.min(batches, ForkJoinPool.getCommonPoolParallelism() + 1);
        AtomicInteger nextBatch = new AtomicInteger();
        (workers > 1 ? IntStream.range(0, workers).parallel() : IntStream.range(0, 1)).forEach(worker -> {
            Batch batch = Batch.take(n);
            try {
                for (int b = nextBatch.getAndIncrement(); b < batches; b = nextBatch.getAndIncrement()) {
                    partial[b] = batch.search(
                            start,
                            to,
                            n,
                            b * WIDTH,
                            Math.min(WIDTH, n - b * WIDTH),
                            distanceSum,
                            reached,
                            reach2,
                            eccentricity);
                }
            } finally {
                Batch.give(batch);
            }
        });
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
     * One worker's arrays for searching a batch of sources, cleared before each batch. A few are kept
     * for the next sweep (2.6 MB each for 2,500 vertices): made afresh for every sweep, they were large
     * allocations that brought garbage collections into the timings after each change.
     */
    private static final class Batch {
        private static final int KEPT = 4;
        private static final ConcurrentLinkedQueue<Batch> SPARE = new ConcurrentLinkedQueue<>();

        /** A spare batch for graphs of n vertices, or a new one. */
        static Batch take(int n) {
            for (Iterator<Batch> spare = SPARE.iterator(); spare.hasNext(); ) {
                Batch batch = spare.next();
                if (batch.seen.length >= n && SPARE.remove(batch)) {
                    return batch;
                }
            }
            return new Batch(n);
        }

        /** Keeps the batch for a later sweep; beyond a few kept, the smallest is let go. */
        static void give(Batch batch) {
            SPARE.add(batch);
            while (SPARE.size() > KEPT) {
                SPARE.stream().min(Comparator.comparingInt(b -> b.seen.length)).ifPresent(SPARE::remove);
            }
        }

        private final double[] sigma;
        private final double[] delta;
        private final long[] seen;
        private final long[] next;
        private final long[] mask;
        private final int[] touched;
        /**
         * Per source, how many vertices arrived at the current distance, as a binary counter held bit-sliced:
         * bit b of plane p is bit p of source b's count, so one mask is added to 64 counts in a few word operations.
         */
        private final long[] planes = new long[32];

        Batch(int n) {
            sigma = new double[n * WIDTH];
            delta = new double[n * WIDTH];
            seen = new long[n];
            next = new long[n];
            mask = new long[n];
            touched = new int[n];
        }

        /**
         * The sources first .. first + count - 1 (count at most 64) searched side by side, one bit of a
         * long per source ("multi-source" breadth-first search, Then et al., "The more the merrier",
         * PVLDB 2014;8(4)): a vertex's edges are read once for all the sources that reach it at the same
         * distance, and only the pairs that lie on a shortest path are touched one source at a time.
         * Their dependencies are summed into the returned array; their distance figures are written at
         * their own places in the shared arrays.
         */
        double[] search(
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
            Arrays.fill(sigma, 0, n * WIDTH, 0);
            Arrays.fill(delta, 0, n * WIDTH, 0);
            Arrays.fill(seen, 0, n, 0);
            Arrays.fill(next, 0, n, 0);
            Arrays.fill(mask, 0, n, 0);
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
                int used = 0;
                for (int i = 0; i < found; i++) {
                    int w = vertices[i];
                    long arrived = next[w];
                    masks[i] = arrived;
                    seen[w] |= arrived;
                    next[w] = 0;
                    // add one to the count of each source in arrived: a ripple-carry add over the planes
                    int p = 0;
                    for (long carry = arrived; carry != 0; p++) {
                        long kept = planes[p] & carry;
                        planes[p] ^= carry;
                        carry = kept;
                    }
                    used = Math.max(used, p);
                }
                for (int b = 0; b < count; b++) {
                    int arrivals = 0;
                    for (int p = 0; p < used; p++) {
                        arrivals |= (int) ((planes[p] >>> b) & 1) << p;
                    }
                    if (arrivals > 0) {
                        int s = first + b;
                        distanceSum[s] += (long) level * arrivals;
                        reached[s] += arrivals;
                        if (level <= 2) {
                            reach2[s] += arrivals;
                        }
                        eccentricity[s] = level;
                    }
                }
                Arrays.fill(planes, 0, used, 0);
                levelVertices.add(vertices);
                levelMasks.add(masks);
            }
            // Back from the farthest distance. Brandes' dependency of v is
            // sigma_v * (sum over its successors w of (1 + delta_w) / sigma_w); delta holds the sum, so a
            // vertex adds one number per successor and never reads its own sigma until it is final.
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
                    // w's sum is final now: its dependency counts, and (1 + dependency) / sigma is what
                    // it passes to each predecessor, kept in its place
                    double sum = 0;
                    for (long left = bits; left != 0; left &= left - 1) {
                        int b = Long.numberOfTrailingZeros(left);
                        double s = sigma[wAt + b];
                        double dependency = s * delta[wAt + b];
                        sum += dependency;
                        delta[wAt + b] = (1 + dependency) / s;
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
                            delta[vAt + b] += delta[wAt + b];
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
}
