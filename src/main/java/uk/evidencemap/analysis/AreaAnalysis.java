package uk.evidencemap.analysis;

import java.util.List;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * The three questions asked of one area's map, computed over the map as read by one query:
 * {@link Gaps}, {@link Champions} and {@link BlockedPaths} (and the network figures,
 * {@link NetworkAnalysis}), each over the same
 * {@link AreaIndex}, built once here. Pure: no database, no security, so each rule can be tested
 * on a hand-built graph. Definitions are those of docs/domain.md; the choices it leaves open are
 * in docs/analyses.md. Each call computes afresh; {@link AnalysisService} keeps the results.
 */
public final class AreaAnalysis {

    private final AreaIndex index;
    private volatile ChampionsGraph championsGraph;
    private volatile ChampionsGraph earlier;

    /**
     * @param graph          the area's map
     * @param strongEvidence the area's threshold: programmes rated at or above it have strong evidence
     */
    public AreaAnalysis(AreaGraph graph, EvidenceRating strongEvidence) {
        this(graph, strongEvidence, null);
    }

    /**
     * @param earlier the champions graph of the same area's map before its latest change, or null: its sweep
     *     and network figures are taken if the champions graph is still the same ({@link ChampionsGraph#sameAs})
     */
    AreaAnalysis(AreaGraph graph, EvidenceRating strongEvidence, ChampionsGraph earlier) {
        this.index = new AreaIndex(graph, strongEvidence);
        this.earlier = earlier;
    }

    /** @return every gap, most severe first (severity 1 = minor to 5 = critical) */
    public List<Gap> gaps() {
        return new Gaps(index).find();
    }

    /** @return people by betweenness, descending, and the single points of failure */
    public ChampionReport champions() {
        return new Champions(index, championsGraph()).report();
    }

    /**
     * @return the network figures over the champions graph: per person, organisation and intervention, and for
     *     the whole network (docs/analyses.md "Network figures")
     */
    public NetworkReport network() {
        return new NetworkAnalysis(championsGraph()).report();
    }

    /**
     * @return only the distance figures of the whole network (density, components, diameter, average
     *     path length), cheaper than {@link #network()} and free once {@link #champions()} is computed (the
     *     same sweep): for the comparison
     */
    public NetworkShape networkShape() {
        return new NetworkAnalysis(championsGraph()).shape();
    }

    /** The champions graph, built the first time one of the analyses needs it and shared by them. */
    private synchronized ChampionsGraph championsGraph() {
        if (championsGraph == null) {
            championsGraph = ChampionsGraph.of(index, earlier);
            earlier = null;
        }
        return championsGraph;
    }

    /** The champions graph if one was built, else the earlier one given: what a later analysis may take from. */
    ChampionsGraph championsGraphSoFar() {
        ChampionsGraph made = championsGraph;
        return made != null ? made : earlier;
    }

    /** @return blocked paths with suggestions from this area only (the service adds other areas' help) */
    public List<BlockedPath> blockedPaths() {
        return new BlockedPaths(index).find();
    }

    /**
     * @param areaName the area's name, as the mitigations carry it
     * @return every enabler of the map that MITIGATES a barrier of it, as {@code AnalysisRepository.mitigations}
     *     reads them (by enabler, then barrier)
     */
    List<BarrierAdvice.Mitigation> mitigations(String areaName) {
        return BarrierAdvice.mitigations(index, areaName);
    }

    /**
     * The comparison's figures of this map: from the gaps and champions when they have been computed, else
     * only the unmet needs and the evidence leader's rank are worked out (by the same rules), not every gap
     * and the whole champions report.
     *
     * @param gaps      the gaps if computed already, else null
     * @param champions the champions if computed already, else null
     */
    AreaFigures figuresFrom(List<Gap> gaps, ChampionReport champions, List<BlockedPath> paths, NetworkShape network) {
        int unmetNeeds = gaps != null
                ? (int) gaps.stream()
                        .filter(g -> g.kind() == GapKind.UNMET_NEED)
                        .count()
                : new Gaps(index).unmetNeedCount();
        Integer rank = champions != null
                ? Champions.evidenceLeaderRank(champions)
                : new Champions(index, championsGraph()).evidenceLeaderRank();
        return AreaFigures.of(index, unmetNeeds, rank, paths.size(), network);
    }
}
