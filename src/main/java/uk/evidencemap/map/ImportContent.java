package uk.evidencemap.map;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.ChangeLog;

/**
 * What one import brought in, as its change-log record holds it, and the writing and taking away
 * of all of it at once: for the import itself, its undo and its redo. The record's state is
 * {@code {source, nodes: [{id, type, name, version, properties, x, y}], relationships: [as
 * ChangeStates.relationship], used: [ids of nodes that were there already]}}. Runs inside the
 * caller's transaction, which holds the area's lock.
 */
@Component
class ImportContent {

    private final ImportRepository repository;
    private final ChangeLog log;

    ImportContent(ImportRepository repository, ChangeLog log) {
        this.repository = repository;
        this.log = log;
    }

    /** The state of an import: the nodes created (with their places) and the relationships. */
    static Map<String, Object> state(
            String source,
            List<MapNode> nodes,
            Map<String, NodePosition> places,
            List<MapRelationship> relationships,
            Map<String, String> names,
            List<String> used) {
        Map<String, Object> state = new LinkedHashMap<>();
        state.put("source", source);
        state.put(
                "nodes",
                nodes.stream()
                        .map(n -> {
                            Map<String, Object> node = new LinkedHashMap<>();
                            node.put("id", n.id());
                            node.putAll(ChangeStates.node(n));
                            NodePosition place = places.get(n.id());
                            if (place != null) {
                                node.put("x", place.x());
                                node.put("y", place.y());
                            }
                            return node;
                        })
                        .toList());
        state.put(
                "relationships",
                relationships.stream()
                        .map(r -> ChangeStates.relationship(r, names))
                        .toList());
        state.put("used", List.copyOf(used));
        return state;
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> nodes(Map<String, Object> state) {
        return (List<Map<String, Object>>) state.getOrDefault("nodes", List.of());
    }

    @SuppressWarnings("unchecked")
    static List<Map<String, Object>> relationships(Map<String, Object> state) {
        return (List<Map<String, Object>>) state.getOrDefault("relationships", List.of());
    }

    /** The nodes of a state as the map holds them. */
    static List<MapNode> mapNodes(String areaId, Map<String, Object> state) {
        return nodes(state).stream()
                .map(n -> ChangeStates.toNode((String) n.get("id"), areaId, n))
                .toList();
    }

    /** The relationships of a state as the map holds them. */
    static List<MapRelationship> mapRelationships(Map<String, Object> state) {
        return relationships(state).stream().map(ChangeStates::toRelationship).toList();
    }

    /** Writes every node and relationship of the state, as they are there (ids, versions, places). */
    void write(String areaId, Map<String, Object> state) {
        Map<NodeType, List<Map<String, Object>>> byType = new TreeMap<>();
        for (Map<String, Object> node : nodes(state)) {
            MapNode n = ChangeStates.toNode((String) node.get("id"), areaId, node);
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("id", n.id());
            row.put("name", n.name());
            row.put("properties", n.properties());
            row.put("x", node.get("x"));
            row.put("y", node.get("y"));
            byType.computeIfAbsent(n.type(), t -> new ArrayList<>()).add(row);
        }
        byType.forEach((type, rows) -> repository.createNodes(type, areaId, rows));
        Map<RelationshipType, List<Map<String, Object>>> links = new TreeMap<>();
        for (MapRelationship r : mapRelationships(state)) {
            links.computeIfAbsent(r.type(), t -> new ArrayList<>()).add(row(r));
        }
        links.forEach((type, rows) -> repository.createRelationships(type, areaId, rows));
    }

    /** Records the import (or its redo) whose state was just written. */
    Change recordWritten(String areaId, String importId, Map<String, Object> state, ChangeLog.Link link) {
        return log.record(
                areaId,
                ChangeAction.MAP_IMPORTED,
                importId,
                Change.IMPORT,
                String.valueOf(state.get("source")),
                null,
                state,
                link);
    }

    /**
     * Takes away everything the import brought in, refusing when anyone has since changed or deleted
     * one of its nodes or relationships or connected something to its nodes: that work would be lost.
     *
     * @throws StepConflictException naming what was done since
     */
    void remove(Change change, Map<String, Object> state, ChangeLog.Link link, String refusal) {
        List<String> nodeIds =
                nodes(state).stream().map(n -> (String) n.get("id")).toList();
        List<MapRelationship> relationships = mapRelationships(state);
        ImportRepository.Since since = repository.since(
                nodeIds, relationships.stream().map(MapRelationship::id).toList());
        if (!since.clear()) {
            throw new StepConflictException(
                    refusal + ": " + sentence(since) + ". Take that back first.", null, List.of());
        }
        repository.deleteRelationships(
                relationships.stream().map(ImportContent::row).toList());
        repository.deleteNodes(nodeIds);
        log.record(
                change.areaId(),
                ChangeAction.MAP_IMPORTED,
                change.subjectId(),
                Change.IMPORT,
                change.subjectName(),
                state,
                null,
                link);
    }

    /**
     * Writes the import again (a redo), refusing when any of its nodes or relationships is on the map
     * already or a node it connected to is gone.
     */
    void bringBack(Change change, Map<String, Object> state, ChangeLog.Link link, String refusal) {
        List<String> nodeIds =
                nodes(state).stream().map(n -> (String) n.get("id")).toList();
        List<MapRelationship> relationships = mapRelationships(state);
        if (repository.anyExists(
                nodeIds, relationships.stream().map(MapRelationship::id).toList())) {
            throw new StepConflictException(
                    refusal + ": some of what the import brought in is on the map again", null, List.of());
        }
        @SuppressWarnings("unchecked")
        List<String> used = (List<String>) state.getOrDefault("used", List.of());
        ImportRepository.Since usedSince = repository.since(used, List.of());
        if (!usedSince.gone().isEmpty()) {
            throw new StepConflictException(
                    refusal + ": " + usedSince.gone().size() + " of the nodes it connected to have been deleted since",
                    null,
                    List.of());
        }
        write(change.areaId(), state);
        recordWritten(change.areaId(), change.subjectId(), state, link);
    }

    private static String sentence(ImportRepository.Since since) {
        List<String> parts = new ArrayList<>();
        if (!since.changed().isEmpty()) {
            parts.add(count(since.changed().size(), "of its nodes", "has", "have") + " been changed since ("
                    + since.changed().stream().limit(3).map(n -> "'" + n + "'").collect(Collectors.joining(", "))
                    + (since.changed().size() > 3 ? ", ..." : "") + ")");
        }
        if (!since.gone().isEmpty()) {
            parts.add(count(since.gone().size(), "of its nodes", "has", "have") + " been deleted since");
        }
        if (since.relationshipsGone() > 0) {
            parts.add(count(since.relationshipsGone(), "of its relationships", "has", "have") + " been removed since");
        }
        if (since.relationshipsAdded() > 0) {
            parts.add(since.relationshipsAdded()
                    + (since.relationshipsAdded() == 1 ? " relationship has" : " relationships have")
                    + " been made to its nodes since");
        }
        return String.join("; ", parts);
    }

    private static String count(long n, String noun, String one, String many) {
        return n + " " + noun + " " + (n == 1 ? one : many);
    }

    private static Map<String, Object> row(MapRelationship r) {
        Map<String, Object> row = new LinkedHashMap<>();
        row.put("id", r.id());
        row.put("from", r.from());
        row.put("to", r.to());
        row.put("properties", r.properties());
        return row;
    }
}
