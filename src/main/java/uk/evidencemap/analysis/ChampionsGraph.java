package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.IntPredicate;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;

/**
 * The champions graph of docs/analyses.md, built once per analysis of a map and shared by the
 * champions ({@link Champions}), the network figures ({@link NetworkAnalysis}) and the comparison's
 * figures: the area's people, organisations and interventions, and every relationship between two of
 * them, undirected, unweighted, parallel relationships once, no self-links. Held as adjacency arrays
 * (vertex v's distinct neighbours in ascending order), with its one {@link ShortestPaths#sweep sweep}
 * made when first asked for, and its cut points (single points of failure) found by one depth-first
 * search (Hopcroft and Tarjan, "Algorithm 447", Commun. ACM 1973;16(6):372-378).
 *
 * <p>Its sweep and network figures depend on nothing but the graph: when the map changed elsewhere
 * (a barrier, a need, evidence), the graph of the map after the change is the same as before, and
 * it takes them from the graph before the change ({@link #of(AreaIndex, ChampionsGraph)}, decision 023)
 * instead of making them again.
 */
final class ChampionsGraph {

    /** The node types the graph holds, in the order its vertices are numbered. */
    static final List<NodeType> TYPES = List.of(NodeType.PERSON, NodeType.ORGANISATION, NodeType.INTERVENTION);

    private final List<MapNode> vertices;
    private final Map<String, Integer> place;
    private final int[][] adjacency;
    // volatile: a later graph reads them without this graph's lock, which is held while they are made
    private volatile ShortestPaths.Sweep sweep;
    private volatile NetworkAnalysis.Figures figures;
    /** The graph of the map before its latest change, until its results are taken or found not to fit. */
    private volatile ChampionsGraph earlier;

    private ChampionsGraph(List<MapNode> vertices, Map<String, Integer> place, int[][] adjacency) {
        this.vertices = vertices;
        this.place = place;
        this.adjacency = adjacency;
    }

    /** The champions graph of an indexed map: vertices numbered people first, then organisations, then interventions, each by name. */
    static ChampionsGraph of(AreaIndex index) {
        List<MapNode> vertices = new ArrayList<>();
        TYPES.forEach(type -> vertices.addAll(index.all(type)));
        Map<String, Integer> place = new HashMap<>(vertices.size() * 2);
        for (int v = 0; v < vertices.size(); v++) {
            place.put(vertices.get(v).id(), v);
        }
        int n = vertices.size();
        int[] degree = new int[n];
        List<int[]> links = new ArrayList<>();
        index.forEachLink((from, to) -> {
            Integer a = place.get(from);
            Integer b = place.get(to);
            if (a != null && b != null && !a.equals(b)) {
                links.add(new int[] {a, b});
                degree[a]++;
                degree[b]++;
            }
        });
        int[][] adjacency = new int[n][];
        for (int v = 0; v < n; v++) {
            adjacency[v] = new int[degree[v]];
        }
        int[] filled = new int[n];
        for (int[] link : links) {
            adjacency[link[0]][filled[link[0]]++] = link[1];
            adjacency[link[1]][filled[link[1]]++] = link[0];
        }
        for (int v = 0; v < n; v++) {
            adjacency[v] = distinctSorted(adjacency[v]);
        }
        return new ChampionsGraph(List.copyOf(vertices), place, adjacency);
    }

    /**
     * The champions graph of an indexed map, which takes its sweep and network figures from {@code earlier}
     * when both are the same graph ({@link #sameAs}): checked when they are first asked for, in O(n + m).
     *
     * @param earlier the champions graph of the same area's map before its latest change, or null
     */
    static ChampionsGraph of(AreaIndex index, ChampionsGraph earlier) {
        ChampionsGraph graph = of(index);
        graph.earlier = withResults(earlier);
        return graph;
    }

    /**
     * The graph, or the one before it, that holds a sweep: never a chain of graphs kept in memory. Reads
     * without their locks, so it never waits for a sweep still being made.
     */
    private static ChampionsGraph withResults(ChampionsGraph graph) {
        for (ChampionsGraph g = graph; g != null; g = g.earlier) {
            if (g.sweep != null) {
                return g;
            }
        }
        return null;
    }

    /**
     * Whether every figure of one graph is a figure of the other: the same vertices in the same order
     * (id, type and name) and the same neighbours of each.
     */
    boolean sameAs(ChampionsGraph other) {
        if (other.size() != size() || !Arrays.deepEquals(other.adjacency, adjacency)) {
            return false;
        }
        for (int v = 0; v < size(); v++) {
            MapNode mine = vertices.get(v);
            MapNode theirs = other.vertices.get(v);
            if (!mine.id().equals(theirs.id())
                    || mine.type() != theirs.type()
                    || !Objects.equals(mine.name(), theirs.name())) {
                return false;
            }
        }
        return true;
    }

    /** Takes the earlier graph's sweep and figures if it is the same graph; either way lets it go. */
    private void adoptEarlier() {
        ChampionsGraph before = earlier;
        earlier = null;
        if (before != null && sameAs(before)) {
            sweep = before.sweep;
            figures = before.figures;
        }
    }

    /** A graph given as adjacency (for the tests): vertex v is {@code vertices.get(v)}. */
    static ChampionsGraph of(List<MapNode> vertices, int[][] adjacency) {
        Map<String, Integer> place = new HashMap<>();
        for (int v = 0; v < vertices.size(); v++) {
            place.put(vertices.get(v).id(), v);
        }
        int[][] rows = new int[adjacency.length][];
        for (int v = 0; v < adjacency.length; v++) {
            rows[v] = distinctSorted(adjacency[v].clone());
        }
        return new ChampionsGraph(List.copyOf(vertices), place, rows);
    }

    private static int[] distinctSorted(int[] values) {
        Arrays.sort(values);
        int kept = 0;
        for (int i = 0; i < values.length; i++) {
            if (i == 0 || values[i] != values[i - 1]) {
                values[kept++] = values[i];
            }
        }
        return kept == values.length ? values : Arrays.copyOf(values, kept);
    }

    /** The number of vertices. */
    int size() {
        return vertices.size();
    }

    /** The node of vertex v (0 .. size - 1). */
    MapNode vertex(int v) {
        return vertices.get(v);
    }

    /** The vertex of the node with this id, or -1 when the graph does not hold it. */
    int place(String id) {
        Integer v = place.get(id);
        return v == null ? -1 : v;
    }

    /** Per vertex, its distinct neighbours in ascending order (shared: do not change). */
    int[][] adjacency() {
        return adjacency;
    }

    /** The one search from every vertex (betweenness and distance sums), made the first time it is asked for. */
    synchronized ShortestPaths.Sweep sweep() {
        adoptEarlier();
        if (sweep == null) {
            sweep = ShortestPaths.sweep(adjacency);
        }
        return sweep;
    }

    /** Every network figure of the graph ({@link NetworkAnalysis.Figures}), made the first time it is asked for. */
    synchronized NetworkAnalysis.Figures figures() {
        adoptEarlier();
        if (figures == null) {
            figures = NetworkAnalysis.Figures.of(adjacency, sweep(), memberOrder());
        }
        return figures;
    }

    /** Vertices by name (case ignored), then id: the order that settles ties between communities. */
    private Comparator<Integer> memberOrder() {
        return Comparator.comparing((Integer v) -> vertices.get(v).name(), String.CASE_INSENSITIVE_ORDER)
                .thenComparing(v -> vertices.get(v).id());
    }

    /**
     * A vertex whose removal cuts part of its own connected part off from the rest of it.
     *
     * @param vertex     the cut point
     * @param cutOff     how many vertices are cut off: those of every piece its removal leaves except the
     *                   largest (ties: the piece holding the name that sorts first)
     * @param firstNames the names of the first (at most) four of them, in natural order of names
     */
    record CutPoint(int vertex, int cutOff, List<String> firstNames) {}

    /**
     * The cut points among the vertices {@code which} accepts, in vertex order. Time O(n + m) for the
     * search plus O(log n) per piece each cut point leaves.
     */
    List<CutPoint> cutPoints(IntPredicate which) {
        int n = size();
        int[] pre = new int[n];
        Arrays.fill(pre, -1);
        int[] low = new int[n];
        int[] subtree = new int[n];
        int[] parent = new int[n];
        int[] order = new int[n];
        int[] root = new int[n];
        int[] edge = new int[n];
        int[] stack = new int[n];
        int counter = 0;
        for (int r = 0; r < n; r++) {
            if (pre[r] >= 0) {
                continue;
            }
            int depth = 0;
            stack[depth++] = r;
            parent[r] = -1;
            pre[r] = low[r] = counter;
            order[counter++] = r;
            root[r] = r;
            edge[r] = 0;
            while (depth > 0) {
                int v = stack[depth - 1];
                if (edge[v] < adjacency[v].length) {
                    int w = adjacency[v][edge[v]++];
                    if (pre[w] < 0) {
                        parent[w] = v;
                        root[w] = r;
                        pre[w] = low[w] = counter;
                        order[counter++] = w;
                        edge[w] = 0;
                        stack[depth++] = w;
                    } else if (w != parent[v]) {
                        low[v] = Math.min(low[v], pre[w]);
                    }
                } else {
                    depth--;
                    subtree[v] = counter - pre[v];
                    if (parent[v] >= 0) {
                        low[parent[v]] = Math.min(low[parent[v]], low[v]);
                    }
                }
            }
        }
        // each vertex's name rank, and the four smallest ranks of every power-of-two run of the DFS order
        Integer[] byName = new Integer[n];
        for (int v = 0; v < n; v++) {
            byName[v] = v;
        }
        Arrays.sort(
                byName,
                Comparator.comparing(
                                (Integer v) -> vertices.get(v).name(), Comparator.nullsFirst(Comparator.naturalOrder()))
                        .thenComparing(v -> v));
        int[] rank = new int[n];
        for (int i = 0; i < n; i++) {
            rank[byName[i]] = i;
        }
        SmallestRanks smallest = null;
        List<CutPoint> found = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (!which.test(v)) {
                continue;
            }
            List<int[]> separated = new ArrayList<>();
            List<int[]> joined = new ArrayList<>();
            for (int c : adjacency[v]) {
                if (parent[c] == v) {
                    int[] range = {pre[c], pre[c] + subtree[c]};
                    (parent[v] < 0 || low[c] >= pre[v] ? separated : joined).add(range);
                }
            }
            boolean cut = parent[v] < 0 ? separated.size() >= 2 : !separated.isEmpty();
            if (!cut) {
                continue;
            }
            if (smallest == null) {
                int[] values = new int[n];
                for (int i = 0; i < n; i++) {
                    values[i] = rank[order[i]];
                }
                smallest = new SmallestRanks(values);
            }
            // the pieces: each separated child's subtree, and (v not the root) the rest of v's part
            List<List<int[]>> pieces = new ArrayList<>();
            separated.forEach(range -> pieces.add(List.of(range)));
            if (parent[v] >= 0) {
                int r = root[v];
                List<int[]> rest = new ArrayList<>(joined);
                rest.add(new int[] {pre[r], pre[v]});
                rest.add(new int[] {pre[v] + subtree[v], pre[r] + subtree[r]});
                pieces.add(rest);
            }
            int largest = -1;
            int largestSize = -1;
            int largestFirst = -1;
            int[] sizes = new int[pieces.size()];
            for (int p = 0; p < pieces.size(); p++) {
                int size = 0;
                for (int[] range : pieces.get(p)) {
                    size += range[1] - range[0];
                }
                sizes[p] = size;
                int first = smallest.first(pieces.get(p));
                if (size > largestSize || (size == largestSize && first < largestFirst)) {
                    largest = p;
                    largestSize = size;
                    largestFirst = first;
                }
            }
            int cutOff = 0;
            int[] four = SmallestRanks.empty();
            for (int p = 0; p < pieces.size(); p++) {
                if (p != largest) {
                    cutOff += sizes[p];
                    for (int[] range : pieces.get(p)) {
                        smallest.collect(range[0], range[1], four);
                    }
                }
            }
            List<String> names = new ArrayList<>();
            for (int r : four) {
                if (r != Integer.MAX_VALUE) {
                    names.add(vertices.get(byName[r]).name());
                }
            }
            found.add(new CutPoint(v, cutOff, List.copyOf(names)));
        }
        return found;
    }

    /**
     * The four smallest values of any run of an array, from a table of the four smallest of every run
     * whose length is a power of two (a run is split into at most 2 log n of them).
     */
    private static final class SmallestRanks {
        private static final int K = 4;
        private final int[][] table;

        SmallestRanks(int[] values) {
            int n = values.length;
            int levels = 1;
            while ((1 << levels) <= n) {
                levels++;
            }
            table = new int[levels][];
            table[0] = new int[n * K];
            Arrays.fill(table[0], Integer.MAX_VALUE);
            for (int i = 0; i < n; i++) {
                table[0][i * K] = values[i];
            }
            for (int j = 1; j < levels; j++) {
                int half = 1 << (j - 1);
                int runs = n - (1 << j) + 1;
                table[j] = new int[Math.max(0, runs) * K];
                for (int i = 0; i < runs; i++) {
                    int[] merged = empty();
                    add(table[j - 1], i, merged);
                    add(table[j - 1], i + half, merged);
                    System.arraycopy(merged, 0, table[j], i * K, K);
                }
            }
        }

        static int[] empty() {
            int[] four = new int[K];
            Arrays.fill(four, Integer.MAX_VALUE);
            return four;
        }

        /** The smallest value of the ranges (each [from, to) of the array). */
        int first(List<int[]> ranges) {
            int[] four = empty();
            for (int[] range : ranges) {
                collect(range[0], range[1], four);
            }
            return four[0];
        }

        /** Merges the four smallest values of [from, to) into {@code four} (ascending, padded with MAX_VALUE). */
        void collect(int from, int to, int[] four) {
            int at = from;
            while (at < to) {
                int j = 31 - Integer.numberOfLeadingZeros(to - at);
                add(table[j], at, four);
                at += 1 << j;
            }
        }

        private static void add(int[] level, int run, int[] four) {
            for (int k = 0; k < K; k++) {
                int value = level[run * K + k];
                if (value == Integer.MAX_VALUE || value >= four[K - 1]) {
                    return;
                }
                int i = K - 1;
                while (i > 0 && four[i - 1] > value) {
                    four[i] = four[i - 1];
                    i--;
                }
                four[i] = value;
            }
        }
    }
}
