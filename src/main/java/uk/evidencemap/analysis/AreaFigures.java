package uk.evidencemap.analysis;

import java.util.Collections;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.evidencemap.area.MapSize;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.taxonomy.BarrierCategory;

/**
 * The figures of one area's analysis that the comparison shows, counted by the same rules as the
 * gaps, champions and blocked paths ({@link AreaIndex}), so that the two never disagree.
 *
 * @param interventionsInDelivery       interventions at initial implementation, full implementation or sustainment (count)
 * @param inDeliveryWithStrongEvidence  of those, how many implement a programme rated at or above the threshold (count)
 * @param inDeliveryChampioned          of those, how many someone champions or leads (count)
 * @param unmetNeeds                    unmet-need gaps (count)
 * @param openBarriersByCategory        open barriers per category code, a barrier without one under OTHER (counts, by code)
 * @param unmitigatedBarriersByCategory open barriers no enabler mitigates, per category code as above (counts, by code)
 * @param blockedPaths                  blocked implementation paths (count)
 * @param evidenceLeaderBetweennessRank the best rank (1 = highest betweenness) of a local evidence leader among the
 *                                      area's people, null if the map has none
 * @param size                          the map's own nodes, the catalogue programmes it uses and its relationships
 *                                      (counts, by the one rule of {@link MapSize})
 * @param network                       the whole network over the champions graph: density, components, diameter
 *                                      and average path length of the largest part (docs/analyses.md)
 */
public record AreaFigures(
        int interventionsInDelivery,
        int inDeliveryWithStrongEvidence,
        int inDeliveryChampioned,
        int unmetNeeds,
        SortedMap<String, Integer> openBarriersByCategory,
        SortedMap<String, Integer> unmitigatedBarriersByCategory,
        int blockedPaths,
        Integer evidenceLeaderBetweennessRank,
        MapSize size,
        NetworkShape network) {

    public AreaFigures {
        openBarriersByCategory = Collections.unmodifiableSortedMap(new TreeMap<>(openBarriersByCategory));
        unmitigatedBarriersByCategory = Collections.unmodifiableSortedMap(new TreeMap<>(unmitigatedBarriersByCategory));
    }

    /**
     * The figures of an indexed map from the few results of its analyses they need.
     *
     * @param unmetNeeds            the map's unmet-need gaps (count)
     * @param evidenceLeaderRank    the best rank of a local evidence leader by betweenness, null if none
     * @param blockedPaths          the map's blocked paths (count)
     */
    static AreaFigures of(
            AreaIndex index, int unmetNeeds, Integer evidenceLeaderRank, int blockedPaths, NetworkShape network) {
        int inDelivery = 0;
        int strong = 0;
        int championed = 0;
        for (MapNode intervention : index.all(NodeType.INTERVENTION)) {
            if (AreaIndex.inDelivery(intervention)) {
                inDelivery++;
                if (index.hasStrongEvidence(intervention)) {
                    strong++;
                }
                if (!index.championsOf(intervention).isEmpty()) {
                    championed++;
                }
            }
        }
        SortedMap<String, Integer> open = new TreeMap<>();
        SortedMap<String, Integer> unmitigated = new TreeMap<>();
        for (MapNode barrier : index.all(NodeType.BARRIER)) {
            if (!AreaIndex.open(barrier)) {
                continue;
            }
            String category = Objects.toString(barrier.text("category"), BarrierCategory.OTHER.code());
            open.merge(category, 1, Integer::sum);
            if (index.unmitigatedOpen(barrier)) {
                unmitigated.merge(category, 1, Integer::sum);
            }
        }
        return new AreaFigures(
                inDelivery,
                strong,
                championed,
                unmetNeeds,
                open,
                unmitigated,
                blockedPaths,
                evidenceLeaderRank,
                index.size(),
                network);
    }

    /** Open barriers in every category (count). */
    public int openBarriers() {
        return openBarriersByCategory.values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }

    /** Open barriers no enabler mitigates, in every category (count). */
    public int unmitigatedBarriers() {
        return unmitigatedBarriersByCategory.values().stream()
                .mapToInt(Integer::intValue)
                .sum();
    }
}
