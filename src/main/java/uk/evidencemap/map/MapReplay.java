package uk.evidencemap.map;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;

/**
 * Applies recorded changes to a map held in memory: to rebuild the map as it was at a moment, and
 * to bring an open view up to date without reading the whole map again.
 */
public final class MapReplay {

    private final String areaId;
    private final Map<String, MapNode> nodes = new LinkedHashMap<>();
    private final Map<String, MapRelationship> relationships = new LinkedHashMap<>();

    public MapReplay(String areaId) {
        this.areaId = areaId;
    }

    public static MapReplay of(AreaGraph graph) {
        MapReplay replay = new MapReplay(graph.areaId());
        graph.nodes().forEach(n -> replay.nodes.put(n.id(), n));
        graph.relationships().forEach(r -> replay.relationships.put(r.id(), r));
        return replay;
    }

    /**
     * Applies one change. Returns false when it cannot be applied from what is held (a
     * relationship to a node not held, such as a catalogue programme newly used): read the map then.
     */
    public boolean apply(Change c) {
        switch (c.action()) {
            case NODE_CREATED -> {
                nodes.put(c.subjectId(), nodeAfter(areaId, c));
                List<MapRelationship> made = relationshipsMadeWith(c);
                made.forEach(r -> relationships.put(r.id(), r));
                return made.stream().allMatch(r -> nodes.containsKey(r.from()) && nodes.containsKey(r.to()));
            }
            case NODE_UPDATED -> nodes.put(c.subjectId(), nodeAfter(areaId, c));
            case NODE_DELETED -> {
                nodes.remove(c.subjectId());
                relationships.values().removeIf(r -> r.from().equals(c.subjectId()) || r.to().equals(c.subjectId()));
            }
            case RELATIONSHIP_CREATED -> {
                MapRelationship r = relationshipOf(c);
                relationships.put(c.subjectId(), r);
                return nodes.containsKey(r.from()) && nodes.containsKey(r.to());
            }
            case RELATIONSHIP_DELETED -> relationships.remove(c.subjectId());
            case MAP_IMPORTED -> {
                if (c.after() != null) {
                    ImportContent.mapNodes(areaId, c.after()).forEach(n -> nodes.put(n.id(), n));
                    ImportContent.mapRelationships(c.after()).forEach(r -> relationships.put(r.id(), r));
                    return ImportContent.mapRelationships(c.after()).stream()
                            .allMatch(r -> nodes.containsKey(r.from()) && nodes.containsKey(r.to()));
                }
                if (c.before() != null) {
                    ImportContent.mapRelationships(c.before()).forEach(r -> relationships.remove(r.id()));
                    ImportContent.mapNodes(areaId, c.before()).forEach(n -> {
                        nodes.remove(n.id());
                        relationships.values().removeIf(r -> r.from().equals(n.id()) || r.to().equals(n.id()));
                    });
                }
            }
            case COMMENT_ADDED -> {}
        }
        return true;
    }

    /** The node as a node change left it (created or updated), as the map holds it. */
    public static MapNode nodeAfter(String areaId, Change change) {
        return ChangeStates.toNode(change.subjectId(), areaId, change.after());
    }

    /**
     * The relationships made together with a node in one change (a new barrier with what it blocks,
     * {@link MapService#createNode(String, NodeDraft, RelationshipType, List)}); empty for any other change.
     */
    public static List<MapRelationship> relationshipsMadeWith(Change change) {
        if (change.action() != ChangeAction.NODE_CREATED || change.after() == null) {
            return List.of();
        }
        return ChangeStates.relationships(change.after()).stream()
                .map(ChangeStates::toRelationship)
                .toList();
    }

    /** The relationship a relationship change made ({@code after}) or took away ({@code before}). */
    public static MapRelationship relationshipOf(Change change) {
        return ChangeStates.toRelationship(change.after() != null ? change.after() : change.before());
    }

    /** A node held now, if any. */
    public Optional<MapNode> node(String id) {
        return Optional.ofNullable(nodes.get(id));
    }

    /** The map held, with the given catalogue programmes where relationships use them. */
    public AreaGraph graph(List<MapNode> programmes) {
        List<MapNode> all = new ArrayList<>(nodes.values());
        programmes.stream()
                .filter(p -> !nodes.containsKey(p.id()))
                .filter(p ->
                        relationships.values().stream().anyMatch(r -> r.from().equals(p.id()) || r.to().equals(p.id())))
                .forEach(all::add);
        all.sort(Comparator.comparing(MapNode::type).thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER));
        return new AreaGraph(areaId, all, List.copyOf(relationships.values()));
    }

    public AreaGraph graph() {
        return graph(List.of());
    }
}
