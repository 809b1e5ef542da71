package uk.evidencemap.analysis;

/**
 * The distance figures of an area's whole network (people, organisations and interventions, as for
 * the champions), those the comparison shows: each equal to the same field of {@link NetworkFigures}
 * (docs/analyses.md "Network figures"). The Leiden communities are left out: at about 20-35 ms an area
 * (measured with 10 starts on a network of 300 nodes, before the starts were cut to 2) they would have
 * cost a comparison of 150 areas 3-5 s.
 *
 * @param density           NetworkX {@code density}, 0-1
 * @param components        connected parts (count)
 * @param diameter          the longest shortest path in the largest part (steps); null when empty
 * @param averagePathLength the mean shortest path in the largest part (steps); null when empty
 */
public record NetworkShape(double density, int components, Integer diameter, Double averagePathLength) {

    /** The same figures of a full report. */
    public static NetworkShape of(NetworkFigures figures) {
        return new NetworkShape(
                figures.density(), figures.components(), figures.diameter(), figures.averagePathLength());
    }
}
