package uk.evidencemap.comparison;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.GapKind;
import uk.evidencemap.analysis.PersonCentrality;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.AreaSummary;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
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
    private final MapService map;
    private final AnalysisService analyses;
    private final AreaAccess access;

    ComparisonService(AreaService areas, MapService map, AnalysisService analyses, AreaAccess access) {
        this.areas = areas;
        this.map = map;
        this.analyses = analyses;
        this.access = access;
    }

    /** The given areas in order, or every area the user may see when none are given. */
    @PreAuthorize("isAuthenticated()")
    public List<AreaComparison> compare(List<String> areaIds) {
        List<AreaSummary> visible = areas.list();
        List<String> wanted = areaIds == null || areaIds.isEmpty()
                ? visible.stream().map(AreaSummary::id).toList() : areaIds;
        List<AreaComparison> rows = new ArrayList<>();
        for (String id : wanted) {
            if (!access.canRead(id)) {
                throw new AccessDeniedException("Not allowed to compare area '" + id + "'");
            }
            AreaSummary area = visible.stream().filter(a -> a.id().equals(id)).findFirst()
                    .orElseThrow(() -> new NotFoundException("There is no area '" + id + "'"));
            rows.add(new AreaComparison(new AreaComparison.AreaRef(area.id(), area.name()), metrics(area.id())));
        }
        return rows;
    }

    private AreaMetrics metrics(String areaId) {
        AreaGraph graph = map.graph(areaId);
        var results = analyses.results(areaId);
        EvidenceRating threshold = results.strongEvidence();
        Map<String, MapNode> byId = new java.util.HashMap<>();
        graph.nodes().forEach(n -> byId.put(n.id(), n));

        List<MapNode> inDelivery = graph.nodes().stream().filter(n -> n.type() == NodeType.INTERVENTION)
                .filter(n -> Coded.byCode(ImplementationStage.class, n.text("stage")).map(ImplementationStage::inDelivery)
                        .orElse(false)).toList();
        int strong = (int) inDelivery.stream().filter(i -> graph.relationships().stream()
                .anyMatch(r -> r.type() == RelationshipType.IMPLEMENTS && r.from().equals(i.id())
                        && Coded.byCode(EvidenceRating.class, byId.get(r.to()).text("evidenceRating"))
                        .map(rating -> rating.atLeast(threshold)).orElse(false))).count();
        int championed = (int) inDelivery.stream().filter(i -> graph.relationships().stream()
                .anyMatch(r -> (r.type() == RelationshipType.CHAMPIONS || r.type() == RelationshipType.LEADS)
                        && r.to().equals(i.id()))).count();

        Map<String, Integer> open = new TreeMap<>();
        Map<String, Integer> unmitigated = new TreeMap<>();
        for (MapNode barrier : graph.nodes()) {
            if (barrier.type() != NodeType.BARRIER || !"OPEN".equals(barrier.text("status"))) {
                continue;
            }
            String category = Objects.toString(barrier.text("category"), "OTHER");
            open.merge(category, 1, Integer::sum);
            boolean mitigated = graph.relationships().stream()
                    .anyMatch(r -> r.type() == RelationshipType.MITIGATES && r.to().equals(barrier.id()));
            if (!mitigated) {
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
        return new AreaMetrics(inDelivery.size(), strong, inDelivery.isEmpty() ? null : (double) strong / inDelivery.size(),
                (int) results.gaps().stream().filter(g -> g.kind() == GapKind.UNMET_NEED).count(),
                open.values().stream().mapToInt(Integer::intValue).sum(),
                unmitigated.values().stream().mapToInt(Integer::intValue).sum(), open, unmitigated,
                inDelivery.isEmpty() ? null : (double) championed / inDelivery.size(),
                analyses.blockedPaths(areaId).size(), n, m, n > 1 ? (double) m / ((double) n * (n - 1)) : 0, leaderRank);
    }
}
