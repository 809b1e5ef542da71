package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import nl.cwts.networkanalysis.Clustering;
import nl.cwts.networkanalysis.LeidenAlgorithm;
import nl.cwts.networkanalysis.Network;
import nl.cwts.util.LargeIntArray;

/**
 * Communities of an undirected, unweighted graph by the Leiden algorithm (Traag, Waltman and van
 * Eck, Scientific Reports 2019;9:5233) in its authors' implementation (CWTS networkanalysis 1.3.0),
 * with the modularity quality function at resolution 1: node weights are degrees and the CPM
 * resolution is 1/(2m), as the library's own command-line tool sets it for modularity.
 * <p>
 * Determinism: start i draws its random numbers from {@code java.util.Random} seeded with
 * {@value #SEED} + i; the best of {@value #STARTS} starts (by NetworkX's modularity, the first on a
 * tie) is kept, each run for {@value #ITERATIONS} iterations of the algorithm, the default of the
 * library's own command-line tool ({@code RunNetworkClustering.DEFAULT_N_ITERATIONS}). Iterating until
 * nothing improves took about 30 iterations (88 ms a start) on the benchmark's champions graph of 2,500
 * nodes and 10,240 edges for 1% more modularity (0.3547 against 0.3507 after 10, 27 ms). The starts run in parallel on the common fork-join pool; which thread runs which
 * start never changes the answer. The same graph, with its vertices in the same
 * order, always gives the same groups. A group that is not connected inside is split into its
 * connected parts (which never lowers modularity), so a node without relationships is a community of
 * its own. Communities are numbered from 1: largest first, ties by their first member in the given
 * order.
 */
final class Communities {

    static final long SEED = 20_191_809L;

    static final int STARTS = 2;

    /** Iterations of the Leiden algorithm per start. */
    static final int ITERATIONS = 10;

    private Communities() {}

    /**
     * @param adjacency   per vertex 0..n-1, its distinct neighbours
     * @param memberOrder the order of vertices that settles ties between communities of equal size
     * @return per vertex, its community, numbered 1..k
     */
    static int[] leiden(int[][] adjacency, Comparator<Integer> memberOrder) {
        int n = adjacency.length;
        int[] groups = new int[n];
        long m = NetworkMeasures.edges(adjacency);
        if (m > 0) {
            groups = best(adjacency, m);
        } else {
            Arrays.setAll(groups, v -> v);
        }
        return numbered(connectedParts(adjacency, groups), memberOrder);
    }

    private static int[] best(int[][] adjacency, long m) {
        int n = adjacency.length;
        int[] from = new int[(int) m];
        int[] to = new int[(int) m];
        int e = 0;
        for (int v = 0; v < n; v++) {
            for (int w : adjacency[v]) {
                if (w > v) {
                    from[e] = v;
                    to[e++] = w;
                }
            }
        }
        Network network =
                new Network(n, true, new LargeIntArray[] {new LargeIntArray(from), new LargeIntArray(to)}, false, true);
        double resolution = 1 / (2 * network.getTotalEdgeWeight() + network.getTotalEdgeWeightSelfLinks());
        // The starts are independent (each its own seed), so they run side by side on the common
        // pool; the best is chosen in start order, so the answer never depends on the threads.
        int[][] groups = new int[STARTS][];
        double[] modularity = new double[STARTS];
        IntStream.range(0, STARTS).parallel().forEach(start -> {
            LeidenAlgorithm leiden = new LeidenAlgorithm(
                    resolution, ITERATIONS, LeidenAlgorithm.DEFAULT_RANDOMNESS, new Random(SEED + start));
            Clustering clustering = new Clustering(n);
            leiden.improveClustering(network, clustering);
            groups[start] = clustering.getClusters();
            modularity[start] = NetworkMeasures.modularity(adjacency, groups[start]);
        });
        int best = 0;
        for (int start = 1; start < STARTS; start++) {
            if (modularity[start] > modularity[best]) {
                best = start;
            }
        }
        return groups[best];
    }

    /** Each group split into the parts that are connected inside it, numbered 0.. by first vertex. */
    private static int[] connectedParts(int[][] adjacency, int[] groups) {
        int n = adjacency.length;
        int[] part = new int[n];
        Arrays.fill(part, -1);
        int[] queue = new int[n];
        int count = 0;
        for (int s = 0; s < n; s++) {
            if (part[s] >= 0) {
                continue;
            }
            int head = 0;
            int tail = 0;
            part[s] = count;
            queue[tail++] = s;
            while (head < tail) {
                int v = queue[head++];
                for (int w : adjacency[v]) {
                    if (part[w] < 0 && groups[w] == groups[s]) {
                        part[w] = count;
                        queue[tail++] = w;
                    }
                }
            }
            count++;
        }
        return part;
    }

    /** Renumbered 1..k: the largest first, ties by the community's first member in {@code memberOrder}. */
    private static int[] numbered(int[] groups, Comparator<Integer> memberOrder) {
        int count = Arrays.stream(groups).max().orElse(-1) + 1;
        List<List<Integer>> members = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            members.add(new ArrayList<>());
        }
        for (int v = 0; v < groups.length; v++) {
            members.get(groups[v]).add(v);
        }
        members.forEach(list -> list.sort(memberOrder));
        List<Integer> order = new ArrayList<>();
        for (int c = 0; c < count; c++) {
            order.add(c);
        }
        order.sort(Comparator.comparingInt((Integer c) -> -members.get(c).size())
                .thenComparing(c -> members.get(c).getFirst(), memberOrder));
        int[] number = new int[count];
        for (int i = 0; i < count; i++) {
            number[order.get(i)] = i + 1;
        }
        int[] result = new int[groups.length];
        for (int v = 0; v < groups.length; v++) {
            result[v] = number[groups[v]];
        }
        return result;
    }
}
