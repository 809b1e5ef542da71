package uk.evidencemap.analysis;

/**
 * One node's place in its area's network (people, organisations and interventions, as for the
 * champions), each figure as docs/analyses.md "Network figures" explains.
 *
 * @param node        the person, organisation or intervention
 * @param degree      NetworkX {@code degree_centrality}: its relationships over (n-1), 0-1
 * @param closeness   NetworkX {@code closeness_centrality} (Wasserman-Faust improved for disconnected maps), 0-1
 * @param eigenvector NetworkX {@code eigenvector_centrality_numpy} within its connected component (unit
 *                    norm over the component; 0 without relationships), 0-1
 * @param betweenness Brandes betweenness normalised by 2/((n-1)(n-2)), 0-1
 * @param reach       how many other nodes are at most 2 relationships away (a count, not normalised)
 * @param community   its Leiden community, numbered from 1 (the largest)
 */
public record NodeFigures(
        Subject node,
        double degree,
        double closeness,
        double eigenvector,
        double betweenness,
        int reach,
        int community) {}
