package uk.evidencemap.comparison;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.GapKind;
import uk.evidencemap.analysis.PersonCentrality;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaAccess;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.ImplementationStage;

/**
 * Areas side by side: the comparison metrics of docs/domain.md for the areas the user may see
 * (administrators and researchers all, others their own), from the same cached analyses as the
 * analysis pages.
 */
@Service
@Transactional(readOnly = true)
public class ComparisonService {

    private final AreaService areas;
    private final AnalysisService analyses;
    private final AreaAccess access;

    ComparisonService(AreaService areas, AnalysisService analyses, AreaAccess access) {
        this.areas = areas;
        this.analyses = analyses;
        this.access = access;
    }

    /** The given areas in order, or every area the user may see when none are given. */
    @PreAuthorize("isAuthenticated()")
    public List<AreaComparison> compare(List<String> areaIds) {
        List<Area> visible = areas.visible();
        List<String> wanted = areaIds == null || areaIds.isEmpty()
                ? visible.stream().map(Area::id).toList()
                : areaIds;
        List<AreaComparison> rows = new ArrayList<>();
        for (String id : wanted) {
            if (!access.canRead(id)) {
                throw new AccessDeniedException("Not allowed to compare area '" + id + "'");
            }
            Area area = visible.stream()
                    .filter(a -> a.id().equals(id))
                    .findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no area '" + id + "'"));
            rows.add(new AreaComparison(new AreaComparison.AreaRef(area.id(), area.name()), metrics(area.id())));
        }
        return rows;
    }

    /** From the area's cached analysis: the same read of the map, one pass over its relationships. */
    private AreaMetrics metrics(String areaId) {
        var results = analyses.results(areaId);
        AreaGraph graph = results.graph();
        EvidenceRating threshold = results.strongEvidence();
        Map<String, MapNode> byId = new HashMap<>();
        graph.nodes().forEach(n -> byId.put(n.id(), n));

        Set<String> withStrongEvidence = new HashSet<>();
        Set<String> championed = new HashSet<>();
        Set<String> mitigated = new HashSet<>();
        for (MapRelationship r : graph.relationships()) {
            switch (r.type()) {
                case IMPLEMENTS -> {
                    if (Coded.byCode(EvidenceRating.class, byId.get(r.to()).text("evidenceRating"))
                            .map(rating -> rating.atLeast(threshold))
                            .orElse(false)) {
                        withStrongEvidence.add(r.from());
                    }
                }
                case CHAMPIONS, LEADS -> championed.add(r.to());
                case MITIGATES -> mitigated.add(r.to());
                default -> {}
            }
        }
        List<MapNode> inDelivery = graph.nodes().stream()
                .filter(n -> n.type() == NodeType.INTERVENTION)
                .filter(n -> Coded.byCode(ImplementationStage.class, n.text("stage"))
                        .map(ImplementationStage::inDelivery)
                        .orElse(false))
                .toList();
        int strong = (int) inDelivery.stream()
                .filter(i -> withStrongEvidence.contains(i.id()))
                .count();
        int covered = (int)
                inDelivery.stream().filter(i -> championed.contains(i.id())).count();

        Map<String, Integer> open = new TreeMap<>();
        Map<String, Integer> unmitigated = new TreeMap<>();
        for (MapNode barrier : graph.nodes()) {
            if (barrier.type() != NodeType.BARRIER || !"OPEN".equals(barrier.text("status"))) {
                continue;
            }
            String category = Objects.toString(barrier.text("category"), "OTHER");
            open.merge(category, 1, Integer::sum);
            if (!mitigated.contains(barrier.id())) {
                unmitigated.merge(category, 1, Integer::sum);
            }
        }
        List<PersonCentrality> people = results.champions().people();
        Integer leaderRank = null;
        for (int i = 0; i < people.size(); i++) {
            if ("LOCAL_EVIDENCE_LEADER".equals(people.get(i).person().role())) {
                leaderRank = i + 1;
                break;
            }
        }
        int n = graph.nodes().size();
        int m = graph.relationships().size();
        return new AreaMetrics(
                inDelivery.size(),
                strong,
                inDelivery.isEmpty() ? null : (double) strong / inDelivery.size(),
                (int) results.gaps().stream()
                        .filter(g -> g.kind() == GapKind.UNMET_NEED)
                        .count(),
                open.values().stream().mapToInt(Integer::intValue).sum(),
                unmitigated.values().stream().mapToInt(Integer::intValue).sum(),
                open,
                unmitigated,
                inDelivery.isEmpty() ? null : (double) covered / inDelivery.size(),
                results.blockedPaths().size(),
                n,
                m,
                n > 1 ? (double) m / ((double) n * (n - 1)) : 0,
                leaderRank);
    }
}
