package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import uk.evidencemap.area.AreaChanged;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeLog;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.MapReplay;
import uk.evidencemap.map.RelationshipType;

/**
 * The analyses' copy of each area's map (the lean read of {@link AnalysisGraphQuery}), kept in
 * memory and brought up to date from the change log instead of being read again after every
 * change: the analyses of a large area after a change then cost their computation, not a read
 * of the whole map (decision 012).
 *
 * <p>A copy is the map as it was at a change number. Bringing it up to date reads the area's
 * changes after that number (numbers commit in order, so that is always a complete run) and
 * applies them; every change to an area's nodes and relationships is in the log, written in
 * the change's own transaction. The area is read whole again when nothing is held, when the run
 * is long, when a change cannot be applied from what is held (a relationship to a catalogue
 * programme the copy does not hold), and when the shared catalogue has changed since the copy was
 * made (compared by a fingerprint read each time, so a change made on another application
 * instance is seen too).
 */
@Component
class AnalysisGraphs {

    /** Runs of changes longer than this are not applied one by one: the area is read whole. */
    static final int MAX_CHANGES_APPLIED = 500;

    /** An area's map as it was after change {@code seq}, with the catalogue it was read with. */
    record Held(AreaGraph graph, long seq, String catalogue) {}

    private final Map<String, Held> held = new ConcurrentHashMap<>();
    private final Map<String, Long> wholeReads = new ConcurrentHashMap<>();
    private final AnalysisRepository repository;
    private final ChangeLog log;

    AnalysisGraphs(AnalysisRepository repository, ChangeLog log) {
        this.repository = repository;
        this.log = log;
    }

    /** The area's map now, as the analyses read it. Call inside a read transaction. */
    AreaGraph current(String areaId) {
        String catalogue = repository.catalogueFingerprint();
        Held copy = held.get(areaId);
        if (copy != null && copy.catalogue().equals(catalogue)) {
            List<Change> run = log.mapChangesAfter(areaId, copy.seq(), MAX_CHANGES_APPLIED);
            if (run.isEmpty()) {
                return copy.graph();
            }
            if (run.size() < MAX_CHANGES_APPLIED) {
                Optional<AreaGraph> applied = apply(copy.graph(), run);
                if (applied.isPresent()) {
                    keep(new Held(applied.get(), run.getLast().seq(), catalogue));
                    return applied.get();
                }
            }
        }
        long seq = log.lastSeq();
        wholeReads.merge(areaId, 1L, Long::sum);
        AreaGraph graph = repository.graph(areaId);
        // The read may have seen a change committed while it ran; then the copy would not be the
        // map at seq, so it is used this once and not kept.
        if (log.mapChangesAfter(areaId, seq, 1).isEmpty()) {
            keep(new Held(graph, seq, catalogue));
        }
        return graph;
    }

    /**
     * The maps now of several areas of which nothing is held, read whole in one query (the comparison
     * of many areas): as {@link #current} would read each. Call inside a read transaction.
     *
     * @return by area id, its map
     */
    Map<String, AreaGraph> readWhole(List<String> areaIds) {
        String catalogue = repository.catalogueFingerprint();
        long seq = log.lastSeq();
        Map<String, AreaGraph> graphs = repository.graphs(areaIds);
        // as in current(): a copy that may have seen a change committed while it was read is not kept
        Set<String> changed = log.areasWithMapChangesAfter(areaIds, seq);
        graphs.forEach((areaId, graph) -> {
            wholeReads.merge(areaId, 1L, Long::sum);
            if (!changed.contains(areaId)) {
                keep(new Held(graph, seq, catalogue));
            }
        });
        return graphs;
    }

    /** Whether a copy of the area's map is held (it may be out of date). */
    boolean holds(String areaId) {
        return held.containsKey(areaId);
    }

    /** How many times the area has been read whole since start-up (the tests see the copy used with it). */
    long wholeReads(String areaId) {
        return wholeReads.getOrDefault(areaId, 0L);
    }

    private void keep(Held fresh) {
        held.merge(fresh.graph().areaId(), fresh, (old, next) -> next.seq() >= old.seq() ? next : old);
    }

    /**
     * The shared catalogue changed: every copy is dropped at once (the fingerprint would catch it
     * at the next read too; this frees the memory and is how the benchmark times a cold read).
     */
    @TransactionalEventListener(fallbackExecution = true)
    void changed(AreaChanged event) {
        if (event.areaId() == null) {
            held.clear();
        }
    }

    /**
     * The lean map after the changes, or empty when one of them cannot be applied from what the
     * map holds (read the area whole then). Pure, for the tests.
     */
    static Optional<AreaGraph> apply(AreaGraph graph, List<Change> changes) {
        Map<String, MapNode> nodes = new LinkedHashMap<>(graph.nodes().size() * 2);
        graph.nodes().forEach(n -> nodes.put(n.id(), n));
        List<MapRelationship> relationships = new ArrayList<>(graph.relationships());
        for (Change change : changes) {
            switch (change.action()) {
                case NODE_CREATED, NODE_UPDATED -> {
                    nodes.put(change.subjectId(), lean(MapReplay.nodeAfter(graph.areaId(), change)));
                    for (MapRelationship r : MapReplay.relationshipsMadeWith(change)) {
                        if (!nodes.containsKey(r.from()) || !nodes.containsKey(r.to())) {
                            return Optional.empty();
                        }
                        relationships.add(lean(graph.areaId(), r));
                    }
                }
                case NODE_DELETED -> {
                    nodes.remove(change.subjectId());
                    relationships.removeIf(
                            r -> r.from().equals(change.subjectId()) || r.to().equals(change.subjectId()));
                }
                case RELATIONSHIP_CREATED -> {
                    MapRelationship r = MapReplay.relationshipOf(change);
                    if (!nodes.containsKey(r.from()) || !nodes.containsKey(r.to())) {
                        return Optional.empty();
                    }
                    relationships.add(lean(graph.areaId(), r));
                }
                case RELATIONSHIP_DELETED -> {
                    // The lean read has no relationship ids; relationships of one type between the
                    // same two nodes are alike to the analyses, so any one of them is the one.
                    MapRelationship r = MapReplay.relationshipOf(change);
                    int at = -1;
                    for (int i = relationships.size() - 1; i >= 0 && at < 0; i--) {
                        MapRelationship held = relationships.get(i);
                        if (held.type() == r.type()
                                && held.from().equals(r.from())
                                && held.to().equals(r.to())) {
                            at = i;
                        }
                    }
                    if (at < 0) {
                        return Optional.empty();
                    }
                    relationships.remove(at);
                }
                case MAP_IMPORTED -> {
                    // many nodes at once, with places the lean read does not need: read the area whole
                    return Optional.empty();
                }
                case COMMENT_ADDED -> {}
            }
        }
        // the read holds only the catalogue programmes the area's relationships reach
        Set<String> reached = new HashSet<>(relationships.size());
        for (MapRelationship r : relationships) {
            reached.add(r.from());
            reached.add(r.to());
        }
        nodes.values().removeIf(n -> n.areaId() == null && !reached.contains(n.id()));
        return Optional.of(new AreaGraph(graph.areaId(), new ArrayList<>(nodes.values()), relationships));
    }

    /** A node as the lean read has it: name, type and only the properties the analyses use. */
    static MapNode lean(MapNode node) {
        Map<String, Object> properties = new HashMap<>();
        for (String key : AnalysisGraphQuery.PROPERTIES) {
            Object value = node.property(key);
            if (value != null) {
                properties.put(key, value);
            }
        }
        return new MapNode(node.id(), node.type(), node.areaId(), node.name(), 0, properties);
    }

    /** A relationship as the lean read has it: type and ends; an influence also its id and polarity. */
    static MapRelationship lean(String areaId, MapRelationship r) {
        if (r.type() == RelationshipType.INFLUENCES) {
            Object polarity = r.properties().get("polarity");
            return new MapRelationship(
                    r.id(),
                    r.type(),
                    r.from(),
                    r.to(),
                    areaId,
                    polarity == null ? Map.of() : Map.of("polarity", polarity));
        }
        return new MapRelationship(null, r.type(), r.from(), r.to(), areaId, Map.of());
    }
}
