package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * The third question: implementation paths (commissioner -> intervention -> deliverer, and
 * intervention -> need) blocked by an open barrier that no enabler mitigates. The suggestions are
 * matched to each blocking barrier by {@link AnalysisService#blockedPaths} ({@link BarrierAdvice}),
 * from one read of every area.
 */
final class BlockedPaths {

    private final AreaIndex index;
    /** The open, unmitigated barriers that block a node, as blockers at that node (built once per node). */
    private final Map<String, List<Blocker>> blockersAt = new HashMap<>();

    BlockedPaths(AreaIndex index) {
        this.index = index;
    }

    /**
     * Every blocked path, one for each combination of an intervention's commissioners, deliverers
     * and needs (a missing part is null), most severe blocker first, then by intervention name.
     */
    List<BlockedPath> find() {
        List<BlockedPath> paths = new ArrayList<>();
        for (MapNode intervention : index.all(NodeType.INTERVENTION)) {
            List<MapNode> commissioners = orNull(index.in(RelationshipType.COMMISSIONS, intervention.id()));
            List<MapNode> deliverers = orNull(index.in(RelationshipType.DELIVERS, intervention.id()));
            List<MapNode> needs = orNull(index.out(RelationshipType.ADDRESSES, intervention.id()));
            for (MapNode commissioner : commissioners) {
                for (MapNode deliverer : deliverers) {
                    for (MapNode need : needs) {
                        List<MapNode> path = new ArrayList<>(4);
                        for (MapNode node : Arrays.asList(commissioner, intervention, deliverer, need)) {
                            if (node != null && !path.contains(node)) {
                                path.add(node);
                            }
                        }
                        List<Blocker> blockers = new ArrayList<>();
                        for (MapNode at : path) {
                            blockers.addAll(blockersAt(at));
                        }
                        if (!blockers.isEmpty()) {
                            paths.add(new BlockedPath(
                                    Subject.of(commissioner),
                                    Subject.of(intervention),
                                    Subject.of(deliverer),
                                    Subject.of(need),
                                    blockers,
                                    List.of()));
                        }
                    }
                }
            }
        }
        paths.sort(Comparator.comparingInt((BlockedPath p) ->
                        p.blockers().stream().mapToInt(Blocker::severity).max().orElse(0))
                .reversed()
                .thenComparing(p -> p.intervention().name(), String.CASE_INSENSITIVE_ORDER));
        return paths;
    }

    /** The categories of the barriers that block the paths, in order, for finding help in every area. */
    static Set<String> blockingCategories(List<BlockedPath> paths) {
        return paths.stream()
                .flatMap(p -> p.blockers().stream())
                .map(Blocker::category)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    /** The CFIR constructs of the barriers that block the paths, in order. */
    static Set<String> blockingConstructs(List<BlockedPath> paths) {
        return paths.stream()
                .flatMap(p -> p.blockers().stream())
                .map(Blocker::cfirConstruct)
                .filter(Objects::nonNull)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    private List<Blocker> blockersAt(MapNode node) {
        if (node == null) {
            return List.of();
        }
        return blockersAt.computeIfAbsent(node.id(), id -> {
            Subject at = Subject.of(node);
            return index.in(RelationshipType.BLOCKS, id).stream()
                    .filter(index::unmitigatedOpen)
                    .map(barrier -> new Blocker(
                            Subject.of(barrier),
                            at,
                            barrier.text("category"),
                            AreaIndex.intProperty(barrier, "severity", 3),
                            AreaIndex.categoryLabel(barrier.text("category")),
                            barrier.text("cfirConstruct")))
                    .toList();
        });
    }

    private static List<MapNode> orNull(List<MapNode> list) {
        if (list.isEmpty()) {
            List<MapNode> single = new ArrayList<>();
            single.add(null);
            return single;
        }
        return list;
    }
}
