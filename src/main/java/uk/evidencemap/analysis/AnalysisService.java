package uk.evidencemap.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.security.AreaAccess;
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
    private final AreaAccess access;

    AnalysisService(
            AreaService areas,
            AnalysisRepository repository,
            AnalysisCache cache,
            AnalysisGraphs graphs,
            AreaAccess access) {
        this.areas = areas;
        this.repository = repository;
        this.cache = cache;
        this.graphs = graphs;
        this.access = access;
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
     * Reads together, in one query, the maps of the areas that have no analysis and no copy of their map
     * held yet, so that analysing many areas (the comparison) costs one read of them all rather than one
     * read (and its checks) per area. What is computed from them is computed when first asked for, as
     * ever.
     *
     * @throws AccessDeniedException if the current user may not read one of the areas
     */
    @PreAuthorize("@access.canReadAll(#areaIds)")
    public void prepare(Collection<String> areaIds) {
        List<String> missing = areaIds.stream()
                .distinct()
                .filter(id -> cache.current(id).isEmpty() && !graphs.holds(id))
                .toList();
        if (missing.size() < 2) {
            return;
        }
        Map<String, Long> stamps = new HashMap<>();
        missing.forEach(id -> stamps.put(id, cache.stamp(id)));
        Map<String, EvidenceRating> thresholds = areas.strongEvidence(missing);
        Instant now = Instant.now();
        graphs.readWhole(missing).forEach((id, graph) -> {
            EvidenceRating threshold = thresholds.get(id);
            if (threshold != null) {
                cache.put(new Computation(id, threshold, now, graph, null), stamps.get(id));
            }
        });
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
        // the analyses before the latest change: what did not change with it is taken from them
        ChampionsGraph earlier =
                cache.previous(areaId).map(Computation::championsGraphSoFar).orElse(null);
        Computation computation = new Computation(areaId, threshold, Instant.now(), graphs.current(areaId), earlier);
        cache.put(computation, stamp);
        return computation;
    }

    /** The analyses of one read of an area's map; each is computed once, when first asked for. */
    static final class Computation {
        private final String areaId;
        private final EvidenceRating threshold;
        private final Instant at;
        private final AreaGraph graph;
        // volatile: the analyses after the next change read them without this one's lock
        private volatile AreaAnalysis analysis;
        private List<Gap> gaps;
        private ChampionReport champions;
        private List<BlockedPath> blockedPaths;
        private AreaFigures figures;
        private FeedbackLoop.Report loops;
        private NetworkReport network;
        private List<BarrierAdvice.Mitigation> mitigations;
        private volatile ChampionsGraph earlier;

        /** @param earlier the champions graph of the area's analyses before its latest change, or null */
        Computation(String areaId, EvidenceRating threshold, Instant at, AreaGraph graph, ChampionsGraph earlier) {
            this.areaId = areaId;
            this.threshold = threshold;
            this.at = at;
            this.graph = graph;
            this.earlier = earlier;
        }

        /** The map indexed for the analyses, the first time one of them is asked for (not on the caller's thread of a batch read). */
        private synchronized AreaAnalysis analysis() {
            if (analysis == null) {
                analysis = new AreaAnalysis(graph, threshold, earlier);
                earlier = null;
            }
            return analysis;
        }

        /**
         * The champions graph so far (made, or handed on from before), for the analyses after the next change.
         * Without this computation's lock, which a stale analysis still being computed may hold.
         */
        ChampionsGraph championsGraphSoFar() {
            AreaAnalysis made = analysis;
            return made != null ? made.championsGraphSoFar() : earlier;
        }

        String areaId() {
            return areaId;
        }

        synchronized List<Gap> gaps() {
            if (gaps == null) {
                gaps = analysis().gaps();
            }
            return gaps;
        }

        synchronized ChampionReport champions() {
            if (champions == null) {
                champions = analysis().champions();
            }
            return champions;
        }

        synchronized List<BlockedPath> blockedPaths() {
            if (blockedPaths == null) {
                blockedPaths = analysis().blockedPaths();
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
                // the gaps and champions only if computed already: the figures need two counts of them
                figures = analysis().figuresFrom(gaps, champions, blockedPaths(), networkShape());
            }
            return figures;
        }

        synchronized NetworkReport network() {
            if (network == null) {
                network = analysis().network();
            }
            return network;
        }

        /** The whole network's distance figures: from the full report when it was made, else on their own. */
        synchronized NetworkShape networkShape() {
            return network != null
                    ? NetworkShape.of(network.network())
                    : analysis().networkShape();
        }

        /** Every enabler of the map that mitigates a barrier of it, as the cross-area read gives them. */
        synchronized List<BarrierAdvice.Mitigation> mitigations(String areaName) {
            if (mitigations == null) {
                mitigations = analysis().mitigations(areaName);
            }
            return mitigations;
        }

        Results results() {
            return new Results(areaId, threshold, at, graph, gaps(), champions(), blockedPaths());
        }
    }

    /**
     * Blocked paths, each with suggestions matched to each barrier that blocks it ({@link BarrierHelp},
     * decision 021): enablers in this area that mitigate barriers of the same category or CFIR construct;
     * what other areas did about such barriers, named for the areas the current user may read
     * ({@code @access.canRead}) and counted without names for the others; and the ERIC strategies applied
     * against such barriers, counted here and in all areas. Every area's mitigations are read in one query
     * and kept per area until that area changes.
     *
     * @return the area's blocked paths, most severe blocker first
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<BlockedPath> blockedPaths(String areaId) {
        Computation here = computation(areaId);
        List<BlockedPath> paths = here.blockedPaths();
        if (paths.isEmpty()) {
            return paths;
        }
        List<BarrierAdvice.Mitigation> help =
                help(here, BlockedPaths.blockingCategories(paths), BlockedPaths.blockingConstructs(paths));
        Map<String, Boolean> readable = new HashMap<>();
        Map<String, BarrierHelp> byBarrier = new HashMap<>();
        // A barrier that no enabler mitigates gets the same help as any other such barrier of its
        // category and construct (only its own mitigations would be left out): worked out once per kind.
        Set<String> mitigated = new HashSet<>();
        help.forEach(m -> mitigated.add(m.barrierId()));
        Map<List<String>, BarrierHelp> byKind = new HashMap<>();
        List<BlockedPath> withHelp = new ArrayList<>();
        for (BlockedPath path : paths) {
            Map<String, BarrierHelp> helps = new LinkedHashMap<>();
            for (Blocker blocker : path.blockers()) {
                helps.computeIfAbsent(
                        blocker.barrier().id(),
                        id -> byBarrier.computeIfAbsent(id, b -> {
                            if (mitigated.contains(b)) {
                                return BarrierAdvice.help(
                                        blocker.barrier(),
                                        blocker.category(),
                                        blocker.cfirConstruct(),
                                        areaId,
                                        help,
                                        area -> readable.computeIfAbsent(area, access::canRead));
                            }
                            BarrierHelp shared = byKind.computeIfAbsent(
                                    Arrays.asList(blocker.category(), blocker.cfirConstruct()),
                                    kind -> BarrierAdvice.help(
                                            blocker.barrier(),
                                            blocker.category(),
                                            blocker.cfirConstruct(),
                                            areaId,
                                            help,
                                            area -> readable.computeIfAbsent(area, access::canRead)));
                            return new BarrierHelp(
                                    blocker.barrier(),
                                    shared.category(),
                                    shared.cfirConstruct(),
                                    shared.suggestions(),
                                    shared.strategies());
                        }));
            }
            Map<String, Suggestion> suggestions = new LinkedHashMap<>();
            helps.values().forEach(h -> h.suggestions().forEach(s -> suggestions.putIfAbsent(s.text(), s)));
            withHelp.add(new BlockedPath(
                    path.commissioner(),
                    path.intervention(),
                    path.deliverer(),
                    path.need(),
                    path.blockers(),
                    List.copyOf(suggestions.values()),
                    List.copyOf(helps.values())));
        }
        return withHelp;
    }

    /**
     * What was done about one barrier's kind of barrier, as {@link #blockedPaths} gives it for a barrier
     * that blocks a path, for any barrier of the area (the map's node panel).
     *
     * @return the help, or empty when the area has no barrier with this id
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public Optional<BarrierHelp> barrierHelp(String areaId, String barrierId) {
        Computation here = computation(areaId);
        return here.graph.nodes().stream()
                .filter(n -> n.id().equals(barrierId) && n.type() == uk.evidencemap.map.NodeType.BARRIER)
                .findFirst()
                .map(barrier -> {
                    String category = barrier.text("category");
                    String construct = barrier.text("cfirConstruct");
                    Map<String, Boolean> readable = new HashMap<>();
                    return BarrierAdvice.help(
                            Subject.of(barrier),
                            category,
                            construct,
                            areaId,
                            help(
                                    here,
                                    category == null ? Set.of() : Set.of(category),
                                    construct == null ? Set.of() : Set.of(construct)),
                            area -> readable.computeIfAbsent(area, access::canRead));
                });
    }

    /**
     * Enablers mitigating barriers of these categories or constructs in every area: the area's own from
     * its map in memory, every other area's from their mitigations, kept per area until that area changes
     * ({@link AnalysisCache#mitigations}).
     */
    private List<BarrierAdvice.Mitigation> help(Computation here, Set<String> categories, Set<String> constructs) {
        // the areas as they are now: an area deleted (or renamed) without an event is not named from memory
        Map<String, String> areaNames = repository.areaNames();
        List<BarrierAdvice.Mitigation> all =
                new ArrayList<>(here.mitigations(areaNames.getOrDefault(here.areaId(), here.areaId())));
        all.addAll(cache.mitigations(repository::mitigations, here.areaId()));
        return all.stream()
                .filter(m -> areaNames.containsKey(m.areaId()))
                .map(m -> Objects.equals(areaNames.get(m.areaId()), m.areaName())
                        ? m
                        : m.inArea(areaNames.get(m.areaId())))
                .filter(m -> (m.barrierCategory() != null && categories.contains(m.barrierCategory()))
                        || (m.barrierConstruct() != null && constructs.contains(m.barrierConstruct())))
                .toList();
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
