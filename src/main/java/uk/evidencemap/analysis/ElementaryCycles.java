package uk.evidencemap.analysis;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

/**
 * Every elementary cycle of a directed graph of at most a given length: Johnson's algorithm
 * ("Finding all the elementary circuits of a directed graph", SIAM J. Comput. 1975;4(1):77-84) in the
 * form of Gupta and Suzumura ("Finding all bounded-length simple cycles in a directed graph",
 * arXiv:2105.10094, 2021), which keeps Johnson's blocking under a length bound, as NetworkX 3.x's
 * {@code simple_cycles(G, length_bound)} does. The vertices are split into strongly connected parts;
 * the cycles through one vertex of a part are found, the vertex is taken out, and its part is split
 * again. Time O((c + 1) L (n + e)) for c cycles of at most L edges, so a search stopped after a number
 * of cycles is bounded too.
 * <p>
 * Why our own code (decision 007): JGraphT's {@code JohnsonSimpleCycles} has no length bound, so on a
 * map whose influences form many long cycles it spends its time on those and stops (at a cap) before
 * the short ones; on the benchmark's 200 factors and 400 influences it looked at 20,000 long cycles
 * in about 40 ms and found 1 of 12 influences or fewer, where 288 exist. JGraphT's {@code
 * HawickJamesSimpleCycles} with a path limit gives the right cycles but loses the blocking: 9.6 s on
 * 200 factors whose influences mostly run one way.
 */
public final class ElementaryCycles {

    /** Told each cycle found; answers whether to go on. */
    @FunctionalInterface
    public interface Visitor {
        /**
         * @param cycle the cycle's vertices in order (the last leads back to the first); the array is the
         *     visitor's own
         * @return true to go on, false to stop the search
         */
        boolean cycle(int[] cycle);
    }

    private final int[][] successors;
    private final int maxLength;
    private final Visitor visitor;
    /** The part being searched: a vertex is in it when its mark is the part's stamp. */
    private final int[] mark;

    private int stamp;

    private ElementaryCycles(int[][] successors, int maxLength, Visitor visitor) {
        this.successors = successors;
        this.maxLength = maxLength;
        this.visitor = visitor;
        this.mark = new int[successors.length];
    }

    /**
     * Visits every elementary cycle of at most {@code maxLength} edges once (in one of its rotations).
     *
     * @param successors per vertex 0..n-1, the vertices its edges lead to (no self-links, each at most once)
     * @param maxLength  the longest cycle wanted, in edges (at least 2)
     * @param visitor    told each cycle; the search stops when it answers false
     * @return whether the search went to the end (false: the visitor stopped it)
     * @throws IllegalArgumentException if {@code maxLength} is below 2
     */
    public static boolean search(int[][] successors, int maxLength, Visitor visitor) {
        if (maxLength < 2) {
            throw new IllegalArgumentException("The longest cycle must be at least 2 edges, not " + maxLength);
        }
        return new ElementaryCycles(successors, maxLength, visitor).run();
    }

    /**
     * The size of the largest strongly connected part (1 for a graph without cycles, 0 for none): a
     * cycle can be no longer than this.
     */
    public static int largestStronglyConnectedPart(int[][] successors) {
        ElementaryCycles search = new ElementaryCycles(successors, 2, cycle -> true);
        int[] all = new int[successors.length];
        Arrays.setAll(all, v -> v);
        search.stamp = 1;
        Arrays.fill(search.mark, 1);
        int largest = 0;
        for (int[] part : search.stronglyConnected(all)) {
            largest = Math.max(largest, part.length);
        }
        return largest;
    }

    private boolean run() {
        int n = successors.length;
        int[] all = new int[n];
        Arrays.setAll(all, v -> v);
        stamp = 1;
        Arrays.fill(mark, stamp);
        Deque<int[]> parts = new ArrayDeque<>();
        for (int[] part : stronglyConnected(all)) {
            if (part.length >= 2) {
                parts.push(part);
            }
        }
        while (!parts.isEmpty()) {
            int[] part = parts.pop();
            stamp++;
            for (int v : part) {
                mark[v] = stamp;
            }
            int start = part[0];
            if (!cyclesThrough(start, part)) {
                return false;
            }
            mark[start] = 0;
            int[] rest = Arrays.copyOfRange(part, 1, part.length);
            for (int[] smaller : stronglyConnected(rest)) {
                if (smaller.length >= 2) {
                    parts.push(smaller);
                }
            }
        }
        return true;
    }

    private boolean inPart(int v) {
        return mark[v] == stamp;
    }

    /**
     * The cycles of at most {@code maxLength} edges through {@code start} within the part (Gupta and
     * Suzumura's main loop): a vertex's lock is the path length from which it is not worth entering,
     * raised again (relaxed) when a short way back to the start is found through it.
     */
    private boolean cyclesThrough(int start, int[] part) {
        int n = successors.length;
        int[] lock = new int[n];
        for (int v : part) {
            lock[v] = maxLength;
        }
        lock[start] = 0;
        List<BitSet> blockedBy = new ArrayList<>(n);
        for (int v = 0; v < n; v++) {
            blockedBy.add(null);
        }
        boolean[] onPath = new boolean[n];
        int[] path = new int[maxLength];
        int[] next = new int[maxLength];
        int[] bound = new int[maxLength];
        int depth = 1;
        path[0] = start;
        onPath[start] = true;
        bound[0] = maxLength;
        while (depth > 0) {
            int u = path[depth - 1];
            boolean entered = false;
            while (next[depth - 1] < successors[u].length) {
                int w = successors[u][next[depth - 1]++];
                if (!inPart(w)) {
                    continue;
                }
                if (w == start) {
                    if (!visitor.cycle(Arrays.copyOf(path, depth))) {
                        return false;
                    }
                    bound[depth - 1] = 1;
                } else if (depth < lock[w] && depth < maxLength) {
                    path[depth] = w;
                    next[depth] = 0;
                    bound[depth] = maxLength;
                    onPath[w] = true;
                    depth++;
                    lock[w] = depth;
                    entered = true;
                    break;
                }
            }
            if (entered) {
                continue;
            }
            depth--;
            int v = path[depth];
            onPath[v] = false;
            int found = bound[depth];
            if (depth > 0) {
                bound[depth - 1] = Math.min(bound[depth - 1], found);
            }
            if (found < maxLength) {
                Deque<int[]> relax = new ArrayDeque<>();
                relax.push(new int[] {found, v});
                while (!relax.isEmpty()) {
                    int[] item = relax.pop();
                    int x = item[1];
                    if (lock[x] < maxLength - item[0] + 1) {
                        lock[x] = maxLength - item[0] + 1;
                        BitSet waiting = blockedBy.get(x);
                        if (waiting != null) {
                            for (int y = waiting.nextSetBit(0); y >= 0; y = waiting.nextSetBit(y + 1)) {
                                if (!onPath[y]) {
                                    relax.push(new int[] {item[0] + 1, y});
                                }
                            }
                        }
                    }
                }
            } else {
                for (int w : successors[v]) {
                    if (inPart(w)) {
                        BitSet waiting = blockedBy.get(w);
                        if (waiting == null) {
                            waiting = new BitSet();
                            blockedBy.set(w, waiting);
                        }
                        waiting.set(v);
                    }
                }
            }
        }
        return true;
    }

    /**
     * The strongly connected parts among {@code vertices} (those marked with the current stamp), by
     * Tarjan's algorithm without recursion; each part's vertices in ascending order.
     */
    private List<int[]> stronglyConnected(int[] vertices) {
        int n = successors.length;
        int[] index = new int[n];
        int[] low = new int[n];
        Arrays.fill(index, -1);
        boolean[] onStack = new boolean[n];
        int[] stack = new int[vertices.length];
        int stackSize = 0;
        int[] callVertex = new int[vertices.length];
        int[] callEdge = new int[vertices.length];
        int counter = 0;
        List<int[]> parts = new ArrayList<>();
        for (int root : vertices) {
            if (index[root] >= 0 || !inPart(root)) {
                continue;
            }
            int calls = 0;
            callVertex[calls] = root;
            callEdge[calls++] = 0;
            index[root] = low[root] = counter++;
            stack[stackSize++] = root;
            onStack[root] = true;
            while (calls > 0) {
                int v = callVertex[calls - 1];
                if (callEdge[calls - 1] < successors[v].length) {
                    int w = successors[v][callEdge[calls - 1]++];
                    if (!inPart(w)) {
                        continue;
                    }
                    if (index[w] < 0) {
                        index[w] = low[w] = counter++;
                        stack[stackSize++] = w;
                        onStack[w] = true;
                        callVertex[calls] = w;
                        callEdge[calls++] = 0;
                    } else if (onStack[w]) {
                        low[v] = Math.min(low[v], index[w]);
                    }
                    continue;
                }
                calls--;
                if (calls > 0) {
                    int parent = callVertex[calls - 1];
                    low[parent] = Math.min(low[parent], low[v]);
                }
                if (low[v] == index[v]) {
                    int at = stackSize;
                    do {
                        at--;
                    } while (stack[at] != v);
                    int[] part = Arrays.copyOfRange(stack, at, stackSize);
                    for (int u : part) {
                        onStack[u] = false;
                    }
                    stackSize = at;
                    Arrays.sort(part);
                    parts.add(part);
                }
            }
        }
        return parts;
    }
}
