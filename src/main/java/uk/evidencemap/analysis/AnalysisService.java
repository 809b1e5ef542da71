package uk.evidencemap.analysis;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.AreaSummary;
import uk.evidencemap.map.MapService;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * The three questions: gaps, champions and blocked implementation paths. Results are computed
 * from one read of the area's map and cached per area until anything in that area (or the
 * shared catalogue) changes, so repeated views cost nothing.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisService {

    /** One computed analysis of an area, with when it was computed. */
    public record Results(String areaId, EvidenceRating strongEvidence, Instant computedAt, List<Gap> gaps,
                         ChampionReport champions, List<BlockedPath> blockedPaths) {
    }

    private final MapService map;
    private final AreaService areas;
    private final AnalysisRepository repository;
    private final AnalysisCache cache;

    AnalysisService(MapService map, AreaService areas, AnalysisRepository repository, AnalysisCache cache) {
        this.map = map;
        this.areas = areas;
        this.repository = repository;
        this.cache = cache;
    }

    @PreAuthorize("@access.canRead(#areaId)")
    public Results results(String areaId) {
        var cached = cache.current(areaId);
        if (cached.isPresent()) {
            return cached.get();
        }
        EvidenceRating threshold = areas.strongEvidence(areaId);
        AreaAnalysis analysis = new AreaAnalysis(map.graph(areaId), threshold);
        Results results = new Results(areaId, threshold, Instant.now(), analysis.gaps(), analysis.champions(),
                analysis.blockedPaths());
        cache.put(results);
        return results;
    }

    @PreAuthorize("@access.canRead(#areaId)")
    public List<Gap> gaps(String areaId) {
        return results(areaId).gaps();
    }

    @PreAuthorize("@access.canRead(#areaId)")
    public ChampionReport champions(String areaId) {
        return results(areaId).champions();
    }

    /**
     * Blocked paths, each with suggestions from this area and from enablers that mitigate a
     * barrier of the same category in the other areas the current user may see.
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public List<BlockedPath> blockedPaths(String areaId) {
        List<BlockedPath> paths = results(areaId).blockedPaths();
        Set<String> categories = AreaAnalysis.blockingCategories(paths);
        List<String> visible = areas.list().stream().map(AreaSummary::id).toList();
        List<AnalysisRepository.ForeignEnabler> foreign = repository.enablersMitigating(categories, visible, areaId);
        if (foreign.isEmpty()) {
            return paths;
        }
        List<BlockedPath> withHelp = new ArrayList<>();
        for (BlockedPath path : paths) {
            Set<String> pathCategories = AreaAnalysis.blockingCategories(List.of(path));
            List<Suggestion> suggestions = new ArrayList<>(path.suggestions());
            foreign.stream().filter(e -> pathCategories.contains(e.barrierCategory())).forEach(e ->
                    suggestions.add(new Suggestion(new Subject(e.id(), "Enabler", e.name()),
                            "In " + e.areaName() + ", '" + e.name() + "' mitigates a " + e.barrierCategory()
                                    + " barrier ('" + e.barrierName() + "')", e.areaId(), e.areaName())));
            withHelp.add(new BlockedPath(path.commissioner(), path.intervention(), path.deliverer(), path.need(),
                    path.blockers(), suggestions));
        }
        return withHelp;
    }

    /** The results before the latest change, if they were computed: for "what changed since last time". */
    @PreAuthorize("@access.canRead(#areaId)")
    public java.util.Optional<Results> previous(String areaId) {
        return cache.previous(areaId);
    }
}
