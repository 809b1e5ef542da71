package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.EigenDecomposition;

/**
 * Eigenvector centrality of an undirected, unweighted graph held as adjacency arrays, in the
 * convention of NetworkX's {@code eigenvector_centrality_numpy}: the principal eigenvector of the
 * adjacency matrix, scaled to unit Euclidean norm and made positive.
 * <p>
 * <b>Disconnected graphs.</b> NetworkX 3.6 refuses a disconnected graph ({@code AmbiguousSolution}:
 * the principal eigenvector is then not unique). Here each connected component is taken on its own:
 * its nodes get the principal eigenvector of the component's adjacency matrix, with unit norm over
 * the component, so each component's scores equal {@code eigenvector_centrality_numpy} of that
 * component alone. Scores are therefore comparable within a component, not across components. A
 * component of two nodes gets 1/&radic;2 each (the exact eigenvector; NetworkX's sparse solver cannot
 * take a matrix that small). A node without relationships gets 0: its 1&times;1 zero matrix has no
 * eigenvector centrality to speak of.
 * <p>
 * <b>How.</b> A component of up to {@value #DENSE_LIMIT} nodes is solved exactly by Apache Commons
 * Math's symmetric eigen-decomposition. A larger one by power iteration on A + I (the shift NetworkX's
 * own {@code eigenvector_centrality} uses, so that bipartite graphs converge), stopped when the
 * error estimated from the rate of convergence is below 1e-11; should it not converge in
 * {@value #MAX_ITERATIONS} steps (a spectral gap too small), the exact solver is used after all.
 * The tests hold both ways to NetworkX 3.6.1's values to 1e-9.
 */
final class Eigenvector {

    /** The largest component solved exactly (about 0.1 s at this size); larger ones by power iteration. */
    static final int DENSE_LIMIT = 200;

    static final int MAX_ITERATIONS = 100_000;

    private static final double TARGET_ERROR = 1e-11;

    private Eigenvector() {}

    /** @return per vertex, its eigenvector centrality within its component (0 for a vertex without neighbours) */
    static double[] centrality(int[][] adjacency) {
        return centrality(adjacency, DENSE_LIMIT);
    }

    /** As {@link #centrality(int[][])}, solving components of up to {@code denseLimit} nodes exactly. */
    static double[] centrality(int[][] adjacency, int denseLimit) {
        int n = adjacency.length;
        double[] scores = new double[n];
        int[] component = NetworkMeasures.components(adjacency);
        List<List<Integer>> members = new ArrayList<>();
        for (int v = 0; v < n; v++) {
            if (component[v] == members.size()) {
                members.add(new ArrayList<>());
            }
            members.get(component[v]).add(v);
        }
        for (List<Integer> vertices : members) {
            if (vertices.size() < 2) {
                continue;
            }
            int[][] local = localAdjacency(adjacency, vertices);
            double[] vector = vertices.size() <= denseLimit ? exact(local) : iterate(local);
            if (vector == null) {
                vector = exact(local);
            }
            for (int i = 0; i < vertices.size(); i++) {
                scores[vertices.get(i)] = vector[i];
            }
        }
        return scores;
    }

    /** The component's own adjacency arrays, its vertices numbered by their place in {@code vertices}. */
    private static int[][] localAdjacency(int[][] adjacency, List<Integer> vertices) {
        int[] place = new int[adjacency.length];
        for (int i = 0; i < vertices.size(); i++) {
            place[vertices.get(i)] = i;
        }
        int[][] local = new int[vertices.size()][];
        for (int i = 0; i < vertices.size(); i++) {
            local[i] =
                    Arrays.stream(adjacency[vertices.get(i)]).map(w -> place[w]).toArray();
        }
        return local;
    }

    /** The principal eigenvector by the exact symmetric eigen-decomposition, unit norm, positive. */
    static double[] exact(int[][] adjacency) {
        int k = adjacency.length;
        double[][] matrix = new double[k][k];
        for (int v = 0; v < k; v++) {
            for (int w : adjacency[v]) {
                matrix[v][w] = 1;
            }
        }
        EigenDecomposition decomposition = new EigenDecomposition(new Array2DRowRealMatrix(matrix, false));
        double[] values = decomposition.getRealEigenvalues();
        int top = 0;
        for (int i = 1; i < values.length; i++) {
            if (values[i] > values[top]) {
                top = i;
            }
        }
        return normalised(decomposition.getEigenvector(top).toArray());
    }

    /**
     * The principal eigenvector by power iteration on A + I from the uniform vector, or null when it
     * has not converged in {@link #MAX_ITERATIONS} steps.
     */
    static double[] iterate(int[][] adjacency) {
        int k = adjacency.length;
        double[] x = new double[k];
        Arrays.fill(x, 1 / Math.sqrt(k));
        double[] next = new double[k];
        double[] steps = {Double.NaN, Double.NaN, Double.NaN};
        for (int iteration = 0; iteration < MAX_ITERATIONS; iteration++) {
            double norm = 0;
            for (int v = 0; v < k; v++) {
                double sum = x[v];
                for (int w : adjacency[v]) {
                    sum += x[w];
                }
                next[v] = sum;
                norm += sum * sum;
            }
            norm = Math.sqrt(norm);
            double step = 0;
            for (int v = 0; v < k; v++) {
                next[v] /= norm;
                step = Math.max(step, Math.abs(next[v] - x[v]));
            }
            double[] swap = x;
            x = next;
            next = swap;
            steps[iteration % 3] = step;
            if (step < 1e-15 || converged(steps, iteration)) {
                return normalised(x);
            }
        }
        return null;
    }

    /**
     * Whether the last step, and the rate at which steps shrink (the slowest of the last ratios),
     * put the remaining error (step * rate / (1 - rate), a geometric tail) below the target.
     */
    private static boolean converged(double[] steps, int iteration) {
        double last = steps[iteration % 3];
        double before = steps[(iteration + 2) % 3];
        double earliest = steps[(iteration + 1) % 3];
        if (iteration < 3 || last > 1e-9) {
            return false;
        }
        double rate = Math.max(last / before, before / earliest);
        return rate < 1 && last * rate / (1 - rate) < TARGET_ERROR;
    }

    /** Scaled to unit Euclidean norm, with a positive sum (the sign NetworkX chooses). */
    private static double[] normalised(double[] vector) {
        double sum = 0;
        double squares = 0;
        for (double value : vector) {
            sum += value;
            squares += value * value;
        }
        double scale = Math.signum(sum) / Math.sqrt(squares);
        double[] result = new double[vector.length];
        for (int i = 0; i < vector.length; i++) {
            result[i] = vector[i] * scale;
        }
        return result;
    }
}
