package uk.evidencemap.comparison;

import java.util.Map;

/**
 * The comparison figures of one area, as docs/domain.md and docs/comparison.md list them. Figures
 * added later are boxed: a snapshot taken before they existed has none (null, shown as "—").
 *
 * @param strongEvidenceShare            share of in-delivery interventions with strong evidence (0-1), null if none in delivery
 * @param championCoverage               share of in-delivery interventions someone champions or leads (0-1), null if none
 * @param nodes                          the area's own nodes, catalogue programmes not counted ({@code area.MapSize})
 * @param relationships                  the area's relationships, those to catalogue programmes included
 * @param density                        relationships / (n (n - 1)) over the whole map, n = nodes + programmes
 * @param evidenceLeaderBetweennessRank  the best rank (1 = highest betweenness) of a local evidence leader among the area's people, null if none
 * @param programmes                     the catalogue programmes the map uses (count); null in older snapshots
 * @param networkDensity                 NetworkX density of the champions graph (people, organisations, interventions),
 *                                       0-1; null in older snapshots
 * @param networkComponents              its connected parts (count); null in older snapshots
 * @param networkDiameter                the longest shortest route in its largest part (steps); null when empty or in
 *                                       older snapshots
 * @param networkAveragePathLength       the mean shortest route in its largest part (steps); null as the diameter
 */
public record AreaMetrics(
        int interventionsInDelivery,
        int inDeliveryWithStrongEvidence,
        Double strongEvidenceShare,
        int unmetNeeds,
        int openBarriers,
        int unmitigatedBarriers,
        Map<String, Integer> openBarriersByCategory,
        Map<String, Integer> unmitigatedBarriersByCategory,
        Double championCoverage,
        int blockedPaths,
        int nodes,
        int relationships,
        double density,
        Integer evidenceLeaderBetweennessRank,
        Integer programmes,
        Double networkDensity,
        Integer networkComponents,
        Integer networkDiameter,
        Double networkAveragePathLength) {

    /** The figures as the first snapshots held them, without the catalogue programmes or the network's figures. */
    public AreaMetrics(
            int interventionsInDelivery,
            int inDeliveryWithStrongEvidence,
            Double strongEvidenceShare,
            int unmetNeeds,
            int openBarriers,
            int unmitigatedBarriers,
            Map<String, Integer> openBarriersByCategory,
            Map<String, Integer> unmitigatedBarriersByCategory,
            Double championCoverage,
            int blockedPaths,
            int nodes,
            int relationships,
            double density,
            Integer evidenceLeaderBetweennessRank) {
        this(
                interventionsInDelivery,
                inDeliveryWithStrongEvidence,
                strongEvidenceShare,
                unmetNeeds,
                openBarriers,
                unmitigatedBarriers,
                openBarriersByCategory,
                unmitigatedBarriersByCategory,
                championCoverage,
                blockedPaths,
                nodes,
                relationships,
                density,
                evidenceLeaderBetweennessRank,
                null,
                null,
                null,
                null,
                null);
    }
}
