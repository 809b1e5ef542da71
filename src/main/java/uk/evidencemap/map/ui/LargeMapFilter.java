package uk.evidencemap.map.ui;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;

/**
 * How a map opens when it has more nodes than the canvas draws comfortably (the setting
 * {@code EVIDENCEMAP_MAX_DRAWN_NODES}): with as many node types as fit, implementation first,
 * and, if one type alone is too many, only that many of it; the page says so.
 *
 * @param types the node types drawn when the map opens
 * @param limit at most this many nodes drawn; {@link Long#MAX_VALUE} for no limit
 * @param note  what the page says about it; null when the map is drawn whole
 */
record LargeMapFilter(Set<NodeType> types, long limit, String note) {

    /** The order in which node types are drawn when a map is too large to draw whole. */
    static final List<NodeType> ORDER = List.of(
            NodeType.INTERVENTION,
            NodeType.NEED,
            NodeType.BARRIER,
            NodeType.PROGRAMME,
            NodeType.ENABLER,
            NodeType.ORGANISATION,
            NodeType.PERSON,
            NodeType.EVIDENCE,
            NodeType.FACTOR);

    LargeMapFilter {
        types = Collections.unmodifiableSet(types.isEmpty() ? EnumSet.noneOf(NodeType.class) : EnumSet.copyOf(types));
    }

    /** Every type, no limit, nothing to say: a map drawn whole. */
    static LargeMapFilter whole() {
        return new LargeMapFilter(EnumSet.allOf(NodeType.class), Long.MAX_VALUE, null);
    }

    /** How a map of these nodes opens when the canvas draws at most {@code maxDrawn} nodes at once. */
    static LargeMapFilter of(List<MapNode> nodes, int maxDrawn) {
        if (nodes.size() <= maxDrawn) {
            return whole();
        }
        Map<NodeType, Long> counts =
                nodes.stream().collect(Collectors.groupingBy(MapNode::type, Collectors.counting()));
        EnumSet<NodeType> chosen = EnumSet.noneOf(NodeType.class);
        long drawn = 0;
        for (NodeType type : ORDER) {
            long count = counts.getOrDefault(type, 0L);
            if (drawn + count > maxDrawn && !chosen.isEmpty()) {
                break;
            }
            chosen.add(type);
            drawn += count;
        }
        long limit = drawn > maxDrawn ? maxDrawn : Long.MAX_VALUE;
        String note = "This map has " + nodes.size() + " nodes, more than the " + maxDrawn
                + " the map draws at once, so it opened with "
                + chosen.stream()
                        .map(NodeType::plural)
                        .map(p -> p.toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + (limit < Long.MAX_VALUE ? " (the first " + maxDrawn + ")" : "")
                + " only. Choose other types under Show types, or use the table view, which lists everything.";
        return new LargeMapFilter(chosen, limit, note);
    }
}
