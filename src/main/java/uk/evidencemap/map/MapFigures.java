package uk.evidencemap.map;

import java.util.Map;

/**
 * The network figures of an area's nodes as the map page draws them ("size by" and "colour by
 * community"). The analysis floor, above this one, computes them and provides this
 * ({@code analysis.MapFiguresService}); the map page only reads them, so the map needs nothing of
 * the analysis.
 */
public interface MapFigures {

    /**
     * The figures of each person, organisation and intervention of the area, by node id (other nodes
     * have none), as the analysis page's Network tab shows them (docs/analyses.md "Network figures").
     *
     * @throws uk.evidencemap.base.NotFoundException if there is no such area
     * @throws org.springframework.security.access.AccessDeniedException if the current user may not read it
     */
    Map<String, Figures> of(String areaId);

    /**
     * One node's figures.
     *
     * @param degree      degree centrality, 0-1
     * @param betweenness betweenness centrality, 0-1
     * @param eigenvector eigenvector centrality within its connected part, 0-1
     * @param closeness   closeness centrality, 0-1
     * @param reach       how many other nodes are at most 2 relationships away
     * @param community   its Leiden community, numbered from 1 (the largest)
     */
    record Figures(double degree, double betweenness, double eigenvector, double closeness, int reach, int community) {}
}
