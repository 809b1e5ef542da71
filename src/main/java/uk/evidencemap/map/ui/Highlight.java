package uk.evidencemap.map.ui;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;

/**
 * What a link from the analysis page highlights on the map: {@code ?show=id}, that node and its
 * neighbours; {@code ?path=id,id,...}, exactly those nodes (a blocked path and its barriers).
 *
 * @param ids         the nodes to highlight, in order; empty for none
 * @param subject     the node to select (the node shown, or the path's intervention, else its
 *                    first node); null when nothing is highlighted
 * @param description what is highlighted, for the note above the map; null when nothing is
 * @param asked       whether the address asked for a highlight at all
 */
record Highlight(List<String> ids, String subject, String description, boolean asked) {

    Highlight {
        ids = List.copyOf(ids);
    }

    /** Nothing asked for, nothing highlighted. */
    static final Highlight NONE = new Highlight(List.of(), null, null, false);

    /**
     * What {@code show} and {@code path} (the values of those parameters; only the first of each
     * counts) highlight on {@code graph}. A {@code show} of a node not on the map gives way to
     * {@code path}; ids of a path not on the map are left out.
     */
    static Highlight of(AreaGraph graph, List<String> show, List<String> path) {
        Map<String, MapNode> byId = graph.nodes().stream().collect(Collectors.toMap(MapNode::id, Function.identity()));
        boolean asked = !show.isEmpty() || !path.isEmpty();
        if (!show.isEmpty() && byId.containsKey(show.get(0))) {
            String subject = show.get(0);
            LinkedHashSet<String> ids = new LinkedHashSet<>(List.of(subject));
            for (MapRelationship r : graph.relationships()) {
                if (r.from().equals(subject)) {
                    ids.add(r.to());
                } else if (r.to().equals(subject)) {
                    ids.add(r.from());
                }
            }
            String description = "'" + byId.get(subject).name() + "' and its " + (ids.size() - 1) + " connections";
            return new Highlight(List.copyOf(ids), subject, description, true);
        }
        if (!path.isEmpty()) {
            LinkedHashSet<String> ids = new LinkedHashSet<>();
            Arrays.stream(path.get(0).split(","))
                    .map(String::strip)
                    .filter(byId::containsKey)
                    .forEach(ids::add);
            if (!ids.isEmpty()) {
                String subject = ids.stream()
                        .filter(id -> byId.get(id).type() == NodeType.INTERVENTION)
                        .findFirst()
                        .orElse(ids.iterator().next());
                return new Highlight(List.copyOf(ids), subject, pathDescription(ids, byId), true);
            }
        }
        return new Highlight(List.of(), null, null, asked);
    }

    /** "the path 'A' → 'B', blocked by 'C', 'D'": the nodes in order, then the barriers. */
    private static String pathDescription(LinkedHashSet<String> ids, Map<String, MapNode> byId) {
        String steps = ids.stream()
                .filter(id -> byId.get(id).type() != NodeType.BARRIER)
                .map(id -> "'" + byId.get(id).name() + "'")
                .collect(Collectors.joining(" → "));
        String barriers = ids.stream()
                .filter(id -> byId.get(id).type() == NodeType.BARRIER)
                .map(id -> "'" + byId.get(id).name() + "'")
                .collect(Collectors.joining(", "));
        return "the path " + steps + (barriers.isEmpty() ? "" : ", blocked by " + barriers);
    }

    /** Whether the address asked for a finding that is no longer on the map. */
    boolean missing() {
        return asked && ids.isEmpty();
    }
}
