package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
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
 * intervention -> need) blocked by an open barrier that no enabler mitigates, with suggestions
 * from this area. {@link AnalysisService#blockedPaths} adds the suggestions from other areas.
 */
final class BlockedPaths {

    /** Enablers of this area suggested per blocking category: the strongest that mitigate a barrier of it. */
    static final int LOCAL_PER_CATEGORY = 5;

    private final AreaIndex index;
    /** The open, unmitigated barriers that block a node, as blockers at that node (built once per node). */
    private final Map<String, List<Blocker>> blockersAt = new HashMap<>();
    /** Suggestions of the enablers that SUPPORT a node (built once per node). */
    private final Map<String, List<Suggestion>> supportOf = new HashMap<>();
    /** Per category, the strongest enablers here that mitigate a barrier of it (one suggestion per enabler). */
    private Map<String, List<Suggestion>> mitigationsByCategory;

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
                                    localSuggestions(blockers, path)));
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

    /** The categories of the barriers that block the paths, in order, for finding help in other areas. */
    static Set<String> blockingCategories(List<BlockedPath> paths) {
        return paths.stream()
                .flatMap(p -> p.blockers().stream())
                .map(Blocker::category)
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
                            AreaIndex.intProperty(barrier, "severity", 3)))
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

    private Map<String, List<Suggestion>> mitigationsByCategory() {
        if (mitigationsByCategory == null) {
            Map<String, List<MapNode[]>> found = new HashMap<>();
            for (MapNode enabler : index.all(NodeType.ENABLER)) {
                for (MapNode barrier : index.out(RelationshipType.MITIGATES, enabler.id())) {
                    found.computeIfAbsent(barrier.text("category"), c -> new ArrayList<>())
                            .add(new MapNode[] {enabler, barrier});
                }
            }
            mitigationsByCategory = new HashMap<>();
            found.forEach((category, pairs) -> {
                pairs.sort(Comparator.comparingInt((MapNode[] pair) -> AreaIndex.intProperty(pair[0], "strength", 0))
                        .reversed()
                        .thenComparing(pair -> pair[0].name(), String.CASE_INSENSITIVE_ORDER)
                        .thenComparing(pair -> pair[1].name(), String.CASE_INSENSITIVE_ORDER));
                Set<String> enablers = new HashSet<>();
                List<Suggestion> best = new ArrayList<>();
                for (MapNode[] pair : pairs) {
                    if (enablers.add(pair[0].id()) && best.size() < LOCAL_PER_CATEGORY) {
                        best.add(Suggestion.here(
                                Subject.of(pair[0]),
                                "'" + pair[0].name() + "' mitigates a barrier of the same category here ("
                                        + AreaIndex.categoryLabel(category) + ": '" + pair[1].name() + "')"));
                    }
                }
                mitigationsByCategory.put(category, best);
            });
        }
        return mitigationsByCategory;
    }

    private List<Suggestion> supportOf(MapNode node) {
        return supportOf.computeIfAbsent(
                node.id(),
                id -> index.in(RelationshipType.SUPPORTS, id).stream()
                        .map(enabler -> Suggestion.here(
                                Subject.of(enabler),
                                "'" + enabler.name() + "' already supports '" + node.name() + "' on this path"))
                        .toList());
    }

    /**
     * Every enabler that SUPPORTS a node of the path, then per blocking category the
     * {@value #LOCAL_PER_CATEGORY} strongest enablers here that mitigate another barrier of it
     * (a mitigated barrier never blocks, so these are never the path's own barriers).
     */
    private List<Suggestion> localSuggestions(List<Blocker> blockers, List<MapNode> path) {
        Map<String, Suggestion> suggestions = new LinkedHashMap<>();
        for (MapNode node : path) {
            for (Suggestion suggestion : supportOf(node)) {
                suggestions.putIfAbsent(suggestion.subject().id(), suggestion);
            }
        }
        Set<String> categories = new LinkedHashSet<>();
        blockers.forEach(b -> categories.add(b.category()));
        for (String category : categories) {
            for (Suggestion mitigation : mitigationsByCategory().getOrDefault(category, List.of())) {
                suggestions.putIfAbsent(mitigation.subject().id(), mitigation);
            }
        }
        return List.copyOf(suggestions.values());
    }
}
