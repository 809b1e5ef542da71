package uk.evidencemap.comparison;

import java.util.Map;

/**
 * The comparison figures of one area, as docs/domain.md lists them.
 *
 * @param strongEvidenceShare            share of in-delivery interventions with strong evidence (0-1), null if none in delivery
 * @param championCoverage               share of in-delivery interventions someone champions or leads (0-1), null if none
 * @param density                        relationships / (n (n - 1)) over the map's nodes, n including the programmes it uses
 * @param evidenceLeaderBetweennessRank  the best rank (1 = highest betweenness) of a local evidence leader among the area's people, null if none
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
        Integer evidenceLeaderBetweennessRank) {}
