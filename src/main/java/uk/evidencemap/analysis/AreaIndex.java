package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import uk.evidencemap.area.MapSize;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.ImplementationStage;
import uk.evidencemap.taxonomy.PersonRole;

/**
 * One area's map indexed once for the analyses ({@link Gaps}, {@link Champions},
 * {@link BlockedPaths}) and the comparison's figures ({@link AreaFigures}), and the domain rules
 * they share: what "in delivery", "strong evidence", "open and unmitigated" and "local evidence
 * leader" mean. Every list is in one order (type, name, id), whatever order the map was read in,
 * so that findings and their reason texts come out the same from any read of the same map.
 */
final class AreaIndex {

    private static final Comparator<MapNode> BY_TYPE_AND_NAME = Comparator.comparing(MapNode::type)
            .thenComparing(MapNode::name, Comparator.nullsFirst(String.CASE_INSENSITIVE_ORDER))
            .thenComparing(MapNode::id);

    private final Map<String, MapNode> nodes;
    private final Map<NodeType, List<MapNode>> byType = new EnumMap<>(NodeType.class);
    /** By type, by a node's id: the other ends of its relationships of that type, by type and name. */
    private final Map<RelationshipType, Map<String, List<MapNode>>> out = new EnumMap<>(RelationshipType.class);

    private final Map<RelationshipType, Map<String, List<MapNode>>> in = new EnumMap<>(RelationshipType.class);
    /** Built when first asked for (only the gaps' reach needs it). */
    private Map<String, List<String>> neighbours;

    private final EvidenceRating threshold;
    private final MapSize size;

    /**
     * @param graph          the area's map (relationships to a node the map does not hold are left out)
     * @param strongEvidence the area's threshold: programmes rated at or above it have strong evidence
     */
    AreaIndex(AreaGraph graph, EvidenceRating strongEvidence) {
        this.threshold = strongEvidence;
        this.size = MapSize.of(
                graph.nodes(),
                n -> n.type() == NodeType.PROGRAMME,
                graph.relationships().size());
        MapNode[] ranked = graph.nodes().toArray(MapNode[]::new);
        Arrays.sort(ranked, BY_TYPE_AND_NAME);
        nodes = LinkedHashMap.newLinkedHashMap(ranked.length);
        Map<String, Integer> rank = HashMap.newHashMap(ranked.length);
        for (MapNode n : ranked) {
            if (nodes.putIfAbsent(n.id(), n) == null) {
                rank.put(n.id(), rank.size());
                byType.computeIfAbsent(n.type(), t -> new ArrayList<>()).add(n);
            }
        }
        byType.replaceAll((type, list) -> List.copyOf(list));
        MapNode[] byRank = nodes.values().toArray(MapNode[]::new);
        // each relationship as two longs, (start rank, end rank) and (end rank, start rank), per type:
        // sorted, every node's ends come together in rank order, that is by type and name
        Map<RelationshipType, Integer> counts = new EnumMap<>(RelationshipType.class);
        for (MapRelationship r : graph.relationships()) {
            counts.merge(r.type(), 1, Integer::sum);
        }
        Map<RelationshipType, long[]> starts = new EnumMap<>(RelationshipType.class);
        Map<RelationshipType, long[]> ends = new EnumMap<>(RelationshipType.class);
        counts.forEach((type, count) -> {
            starts.put(type, new long[count]);
            ends.put(type, new long[count]);
        });
        counts.replaceAll((type, count) -> 0);
        for (MapRelationship r : graph.relationships()) {
            Integer from = rank.get(r.from());
            Integer to = rank.get(r.to());
            if (from == null || to == null) {
                continue;
            }
            int at = counts.merge(r.type(), 1, Integer::sum) - 1;
            starts.get(r.type())[at] = ((long) from << 32) | to;
            ends.get(r.type())[at] = ((long) to << 32) | from;
        }
        counts.forEach((type, count) -> {
            out.put(type, lists(starts.get(type), count, byRank));
            in.put(type, lists(ends.get(type), count, byRank));
        });
    }

    /** The pairs (a rank, another rank) sorted, as a list of the other nodes per node id. */
    private static Map<String, List<MapNode>> lists(long[] pairs, int count, MapNode[] byRank) {
        Arrays.sort(pairs, 0, count);
        Map<String, List<MapNode>> lists = new HashMap<>();
        for (int i = 0; i < count; ) {
            int key = (int) (pairs[i] >>> 32);
            int j = i;
            while (j < count && (int) (pairs[j] >>> 32) == key) {
                j++;
            }
            MapNode[] others = new MapNode[j - i];
            for (int k = i; k < j; k++) {
                others[k - i] = byRank[(int) pairs[k]];
            }
            lists.put(byRank[key].id(), List.of(others));
            i = j;
        }
        return lists;
    }

    /** The size of the map as read, by the one rule of {@link MapSize} (the catalogue programmes apart). */
    MapSize size() {
        return size;
    }

    /** The node with this id, or null. */
    MapNode node(String id) {
        return nodes.get(id);
    }

    /** Every node of the type, by name. */
    List<MapNode> all(NodeType type) {
        return byType.getOrDefault(type, List.of());
    }

    /** The ends of the node's relationships of this type that start at it, by type and name. */
    List<MapNode> out(RelationshipType type, String id) {
        return out.getOrDefault(type, Map.of()).getOrDefault(id, List.of());
    }

    /** The starts of the node's relationships of this type that end at it, by type and name. */
    List<MapNode> in(RelationshipType type, String id) {
        return in.getOrDefault(type, Map.of()).getOrDefault(id, List.of());
    }

    /** The ids of the nodes joined to this one by any relationship, either direction (once per relationship). */
    synchronized List<String> neighbours(String id) {
        if (neighbours == null) {
            neighbours = new HashMap<>(nodes.size() * 2);
            forEachLink((from, to) -> {
                neighbours.computeIfAbsent(from, k -> new ArrayList<>()).add(to);
                neighbours.computeIfAbsent(to, k -> new ArrayList<>()).add(from);
            });
        }
        return neighbours.getOrDefault(id, List.of());
    }

    /** Each relationship as its two ends' ids, from then to (by type; relationships between the same ends repeat). */
    void forEachLink(BiConsumer<String, String> link) {
        out.values()
                .forEach(bySource -> bySource.forEach((from, targets) -> {
                    for (MapNode to : targets) {
                        link.accept(from, to.id());
                    }
                }));
    }

    /** The intervention's stage; exploration when it has none. */
    static ImplementationStage stage(MapNode intervention) {
        return Coded.byCode(ImplementationStage.class, intervention.text("stage"))
                .orElse(ImplementationStage.EXPLORATION);
    }

    /** In delivery: initial implementation, full implementation or sustainment. */
    static boolean inDelivery(MapNode intervention) {
        return stage(intervention).inDelivery();
    }

    static boolean stopped(MapNode intervention) {
        return stage(intervention) == ImplementationStage.STOPPED;
    }

    /** The programme's evidence rating; unrated when it has none. */
    static EvidenceRating rating(MapNode programme) {
        return Coded.byCode(EvidenceRating.class, programme.text("evidenceRating"))
                .orElse(EvidenceRating.UNRATED);
    }

    /** Whether the programme is rated at or above the area's threshold (NL2, NE and unrated never are). */
    boolean strong(MapNode programme) {
        return rating(programme).atLeast(threshold);
    }

    /** An intervention has strong evidence when it implements a programme rated at or above the threshold. */
    boolean hasStrongEvidence(MapNode intervention) {
        return out(RelationshipType.IMPLEMENTS, intervention.id()).stream().anyMatch(this::strong);
    }

    /** The ids of the people who champion or lead the intervention, champions first. */
    Set<String> championsOf(MapNode intervention) {
        Set<String> people = new LinkedHashSet<>();
        in(RelationshipType.CHAMPIONS, intervention.id()).forEach(p -> people.add(p.id()));
        in(RelationshipType.LEADS, intervention.id()).forEach(p -> people.add(p.id()));
        return people;
    }

    /** Whether the barrier's status is open. */
    static boolean open(MapNode barrier) {
        return BarrierStatus.OPEN.code().equals(barrier.text("status"));
    }

    /** An open barrier that no enabler mitigates: what obstructs (gaps, blocked paths). */
    boolean unmitigatedOpen(MapNode barrier) {
        return open(barrier) && !mitigated(barrier);
    }

    /** Whether any enabler mitigates the barrier. */
    boolean mitigated(MapNode barrier) {
        return !in.getOrDefault(RelationshipType.MITIGATES, Map.of())
                .getOrDefault(barrier.id(), List.of())
                .isEmpty();
    }

    /** Whether a person's role code is that of a local evidence leader. */
    static boolean localEvidenceLeader(String role) {
        return PersonRole.LOCAL_EVIDENCE_LEADER.code().equals(role);
    }

    /**
     * A barrier category as reasons name it, by its label ("Staff capacity"), never its code; a
     * barrier without a category is counted under Other, as {@link AreaFigures} counts it.
     */
    static String categoryLabel(String code) {
        if (code == null) {
            return BarrierCategory.OTHER.label();
        }
        return Coded.byCode(BarrierCategory.class, code)
                .map(BarrierCategory::label)
                .orElse(code);
    }

    /** A whole-number property, or {@code otherwise} when it is not set. */
    static int intProperty(MapNode node, String key, int otherwise) {
        return node.property(key) instanceof Number n ? n.intValue() : otherwise;
    }
}
