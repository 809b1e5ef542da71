package uk.evidencemap.analysis;

/**
 * The whole network of an area (people, organisations and interventions, as for the champions), each
 * figure as docs/analyses.md "Network figures" explains.
 *
 * @param nodes             how many people, organisations and interventions
 * @param relationships     how many pairs of them are related (parallel relationships once)
 * @param density           NetworkX {@code density}: relationships over n(n-1)/2, 0-1
 * @param components        how many connected parts the network falls into
 * @param diameter          the longest shortest path in the largest part, in relationships; null when empty
 * @param averagePathLength the mean shortest path between two nodes of the largest part; null when empty
 * @param communities       how many Leiden communities
 * @param modularity        NetworkX {@code community.modularity} of those communities (resolution 1), -0.5 to
 *                          1; null when there is no relationship
 */
public record NetworkFigures(
        int nodes,
        int relationships,
        double density,
        int components,
        Integer diameter,
        Double averagePathLength,
        int communities,
        Double modularity) {}
