package uk.evidencemap.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.security.CurrentUser;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * The three questions: gaps, champions and blocked implementation paths. Results are computed
 * from one read of the area's map and cached per area until anything in that area (or the
 * shared catalogue) changes, so repeated views cost nothing.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisService {

    /**
     * One computed analysis of an area, with when it was computed and the lean read of the
     * area it was computed from ({@link AnalysisGraphQuery}: names, types and the properties
     * the analyses use; relationships without ids).
     */
    public record Results(
            String areaId,
            EvidenceRating strongEvidence,
            Instant computedAt,
            AreaGraph graph,
            List<Gap> gaps,
            ChampionReport champions,
            List<BlockedPath> blockedPaths) {}

    private final AreaService areas;
    private final AnalysisRepository repository;
    private final AnalysisCache cache;
    private final AnalysisGraphs graphs;
    private final CurrentUser current;

    AnalysisService(
            AreaService areas,
            AnalysisRepository repository,
            AnalysisCache cache,
            AnalysisGraphs graphs,
            CurrentUser current) {
        this.areas = areas;
        this.repository = repository;
        this.cache = cache;
        this.graphs = graphs;
        this.current = current;
    }

    /**
     * Everything for one area (computing what is not cached yet).
     *
     * @return the gaps, champions and blocked paths (suggestions from this area only), with the map
     *     and threshold they were computed from
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public Results results(String areaId) {
        return computation(areaId).results();
    }

    /**
     * @return the area's gaps, most severe first (severity 1 = minor to 5 = critical)
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<Gap> gaps(String areaId) {
        return computation(areaId).gaps();
    }

    /**
     * @return the area's people by betweenness (descending, normalised 0-1) and its single points of
     *     failure
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public ChampionReport champions(String areaId) {
        return computation(areaId).champions();
    }

    /**
     * The network figures over the champions graph (kept with the other results until the area changes).
     *
     * @return per person, organisation and intervention (people, organisations, interventions, each by name):
     *     degree, closeness, eigenvector and betweenness centrality (0-1), 2-step reach (a count) and Leiden
     *     community (from 1); and for the whole network its size, density, components, diameter, average path
     *     length, communities and modularity, as docs/analyses.md "Network figures" defines them
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public NetworkReport network(String areaId) {
        return computation(areaId).network();
    }

    /**
     * The figures the comparison shows, counted by the same rules as the analyses (and kept with
     * them until the area changes).
     *
     * @return counts of interventions in delivery, strong evidence, champions, unmet needs, barriers
     *     by category and blocked paths, the evidence leader's rank, the map's size ({@code MapSize}'s
     *     rule) and the distance figures of the whole network (density, components, diameter, average
     *     path length; docs/analyses.md "Network figures")
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public AreaFigures figures(String areaId) {
        return computation(areaId).figures();
    }

    /**
     * The feedback loops of the area's wider context: every elementary cycle of influences, each
     * reinforcing, balancing or undetermined ({@link FeedbackLoops}), kept current like the other
     * analyses.
     *
     * @return the loops, shortest first, and whether a cap (12 influences, 500 loops) was reached
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public FeedbackLoop.Report loops(String areaId) {
        return computation(areaId).loops();
    }

    /**
     * The analyses of the area's map as it is now (held in memory and brought up to date from the
     * change log, {@link AnalysisGraphs}), each computed the first time it is asked for.
     */
    private Computation computation(String areaId) {
        var cached = cache.current(areaId);
        if (cached.isPresent()) {
            return cached.get();
        }
        long stamp = cache.stamp(areaId);
        EvidenceRating threshold = areas.strongEvidence(areaId);
        Computation computation = new Computation(areaId, threshold, Instant.now(), graphs.current(areaId));
        cache.put(computation, stamp);
        return computation;
    }

    /** The analyses of one read of an area's map; each is computed once, when first asked for. */
    static final class Computation {
        private final String areaId;
        private final EvidenceRating threshold;
        private final Instant at;
        private final AreaGraph graph;
        private final AreaAnalysis analysis;
        private List<Gap> gaps;
        private ChampionReport champions;
        private List<BlockedPath> blockedPaths;
        private AreaFigures figures;
        private FeedbackLoop.Report loops;
        private NetworkReport network;

        Computation(String areaId, EvidenceRating threshold, Instant at, AreaGraph graph) {
            this.areaId = areaId;
            this.threshold = threshold;
            this.at = at;
            this.graph = graph;
            this.analysis = new AreaAnalysis(graph, threshold);
        }

        String areaId() {
            return areaId;
        }

        synchronized List<Gap> gaps() {
            if (gaps == null) {
                gaps = analysis.gaps();
            }
            return gaps;
        }

        synchronized ChampionReport champions() {
            if (champions == null) {
                champions = analysis.champions();
            }
            return champions;
        }

        synchronized List<BlockedPath> blockedPaths() {
            if (blockedPaths == null) {
                blockedPaths = analysis.blockedPaths();
            }
            return blockedPaths;
        }

        synchronized FeedbackLoop.Report loops() {
            if (loops == null) {
                loops = FeedbackLoops.of(graph);
            }
            return loops;
        }

        synchronized AreaFigures figures() {
            if (figures == null) {
                figures = analysis.figures(gaps(), champions(), blockedPaths(), networkShape());
            }
            return figures;
        }

        synchronized NetworkReport network() {
            if (network == null) {
                network = analysis.network();
            }
            return network;
        }

        /** The whole network's distance figures: from the full report when it was made, else on their own. */
        synchronized NetworkShape networkShape() {
            return network != null ? NetworkShape.of(network.network()) : analysis.networkShape();
        }

        Results results() {
            return new Results(areaId, threshold, at, graph, gaps(), champions(), blockedPaths());
        }
    }

    /**
     * Blocked paths, each with suggestions from this area and from enablers that mitigate a
     * barrier of the same category in the other areas the current user may see.
     *
     * @return the area's blocked paths, most severe blocker first
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<BlockedPath> blockedPaths(String areaId) {
        List<BlockedPath> paths = computation(areaId).blockedPaths();
        Set<String> categories = BlockedPaths.blockingCategories(paths);
        List<String> visible = current.isAdmin() || current.isResearcher()
                ? null
                : areas.visible().stream().map(Area::id).toList();
        var question = new AnalysisCache.ForeignQuestion(areaId, Set.copyOf(categories), visible);
        List<AnalysisRepository.ForeignEnabler> foreign = cache.foreign(question)
                .orElseGet(() -> {
                    long stamp = cache.foreignStamp();
                    List<AnalysisRepository.ForeignEnabler> found =
                            repository.enablersMitigating(categories, visible, areaId);
                    cache.putForeign(question, found, stamp);
                    return found;
                });
        if (foreign.isEmpty()) {
            return paths;
        }
        Map<String, List<Suggestion>> byCategory = new HashMap<>();
        for (AnalysisRepository.ForeignEnabler e : foreign) {
            byCategory
                    .computeIfAbsent(e.barrierCategory(), c -> new ArrayList<>())
                    .add(new Suggestion(
                            new Subject(e.id(), "Enabler", e.name()),
                            "In " + e.areaName() + ", '" + e.name() + "' mitigates a barrier of the same category ("
                                    + AreaIndex.categoryLabel(e.barrierCategory()) + ": '" + e.barrierName() + "')",
                            e.areaId(),
                            e.areaName()));
        }
        List<BlockedPath> withHelp = new ArrayList<>();
        for (BlockedPath path : paths) {
            List<Suggestion> suggestions = new ArrayList<>(path.suggestions());
            path.blockers().stream()
                    .map(Blocker::category)
                    .distinct()
                    .forEach(category -> suggestions.addAll(byCategory.getOrDefault(category, List.of())));
            withHelp.add(new BlockedPath(
                    path.commissioner(),
                    path.intervention(),
                    path.deliverer(),
                    path.need(),
                    path.blockers(),
                    suggestions));
        }
        return withHelp;
    }

    /**
     * The results before the latest change, if they were computed: for "what changed since last time".
     *
     * @return the previous results, or empty if there were none (or no such area)
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public Optional<Results> previous(String areaId) {
        return cache.previous(areaId).map(Computation::results);
    }
}
