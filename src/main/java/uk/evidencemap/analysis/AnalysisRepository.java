package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/** Cypher for the analyses: the lean read of one area, and help found in other areas. */
@Repository
class AnalysisRepository {

    /** An enabler in another area that mitigates a barrier of the given category there. */
    record ForeignEnabler(
            String id,
            String name,
            long strength,
            String barrierCategory,
            String barrierName,
            String areaId,
            String areaName) {}

    /** The strongest enablers per barrier category that are suggested from other areas. */
    static final int PER_CATEGORY = 5;

    private final Neo4jClient client;

    AnalysisRepository(Neo4jClient client) {
        this.client = client;
    }

    /**
     * An area read for the analyses, by {@link AnalysisGraphQuery}: nodes carry their name and
     * only the properties the analyses use (version 0), relationships their type and ends (no id).
     */
    AreaGraph graph(String areaId) {
        return client.query(AnalysisGraphQuery.CYPHER)
                .bind(areaId)
                .to("areaId")
                .fetchAs(AreaGraph.class)
                .mappedBy((types, record) -> toGraph(areaId, record))
                .one()
                .orElseGet(() -> new AreaGraph(areaId, List.of(), List.of()));
    }

    /**
     * Changes whenever the shared catalogue does: programmes are added (count) and every change of
     * one raises its version (sum).
     */
    String catalogueFingerprint() {
        return client.query(
                        "MATCH (p:Programme) RETURN toString(count(p)) + ':' + toString(coalesce(sum(p.version), 0))")
                .fetchAs(String.class)
                .one()
                .orElse("0:0");
    }

    /** Straight from the driver's values: the read is large, and this is the hot path of every analysis. */
    private static AreaGraph toGraph(String areaId, Record record) {
        Value nodeRows = record.get("nodes");
        int size = nodeRows.size();
        Map<String, MapNode> byElement = new HashMap<>(size * 2);
        List<MapNode> nodes = new ArrayList<>(size + 64);
        for (Value values : nodeRows.values()) {
            NodeType type = null;
            for (Value label : values.get(2).values()) {
                type = NodeType.byLabel(label.asString()).orElse(type);
            }
            String id = values.get(1).asString();
            if (type == null) {
                throw new IllegalStateException("Node without a known type: " + id);
            }
            Map<String, Object> properties = new HashMap<>();
            for (int p = 0; p < AnalysisGraphQuery.PROPERTIES.size(); p++) {
                Value value = values.get(4 + p);
                if (!value.isNull()) {
                    properties.put(AnalysisGraphQuery.PROPERTIES.get(p), value.asObject());
                }
            }
            MapNode node = new MapNode(id, type, areaId, values.get(3).asString(null), 0, properties);
            byElement.put(values.get(0).asString(), node);
            nodes.add(node);
        }
        Map<String, Value> programmes = new HashMap<>();
        for (Value values : record.get("programmes").values()) {
            programmes.put(values.get(0).asString(), values);
        }
        List<MapRelationship> relationships = new ArrayList<>(size * 4);
        int outgoing = 4 + AnalysisGraphQuery.PROPERTIES.size();
        for (Value values : nodeRows.values()) {
            String id = values.get(1).asString();
            for (int direction = 0; direction < 2; direction++) {
                for (Value relationship : values.get(outgoing + direction).values()) {
                    Optional<RelationshipType> type =
                            RelationshipType.byName(relationship.get(0).asString());
                    String element = relationship.get(1).asString();
                    MapNode other = byElement.get(element);
                    if (other == null && programmes.containsKey(element)) {
                        other = programme(programmes.get(element));
                        byElement.put(element, other);
                        nodes.add(other);
                    }
                    if (type.isPresent() && other != null) {
                        String relationshipId = null;
                        Map<String, Object> properties = Map.of();
                        if (relationship.size() > 2) {
                            relationshipId = relationship.get(2).asString(null);
                            properties = relationship.get(3).isNull()
                                    ? Map.of()
                                    : Map.of("polarity", relationship.get(3).asString());
                        }
                        relationships.add(
                                direction == 0
                                        ? new MapRelationship(
                                                relationshipId, type.get(), id, other.id(), areaId, properties)
                                        : new MapRelationship(
                                                relationshipId, type.get(), other.id(), id, areaId, properties));
                    }
                }
            }
        }
        return new AreaGraph(areaId, nodes, relationships);
    }

    private static MapNode programme(Value values) {
        Map<String, Object> properties = new HashMap<>();
        if (!values.get(3).isNull()) {
            properties.put("evidenceRating", values.get(3).asString());
        }
        if (!values.get(4).isNull()) {
            properties.put("illustrative", values.get(4).asObject());
        }
        return new MapNode(
                values.get(1).asString(),
                NodeType.PROGRAMME,
                null,
                values.get(2).asString(null),
                0,
                properties);
    }

    /**
     * The strongest enablers per category that mitigate a barrier of that category in another
     * area; {@code areaIds} null means every area (administrators and researchers).
     */
    List<ForeignEnabler> enablersMitigating(Collection<String> categories, Collection<String> areaIds, String except) {
        if (categories.isEmpty() || (areaIds != null && areaIds.isEmpty())) {
            return List.of();
        }
        var params = new HashMap<String, Object>();
        params.put("categories", List.copyOf(categories));
        params.put("areas", areaIds == null ? null : List.copyOf(areaIds));
        params.put("except", except);
        params.put("perCategory", PER_CATEGORY);
        return client.query("""
                        MATCH (b:Barrier)<-[:MITIGATES]-(e:Enabler)
                        WHERE b.category IN $categories AND e.areaId <> $except
                          AND ($areas IS NULL OR e.areaId IN $areas)
                        WITH b.category AS category, e, min(b.name) AS barrier
                        ORDER BY coalesce(e.strength, 0) DESC, e.areaId, e.name
                        WITH category, collect({enabler: e, barrier: barrier})[0..$perCategory] AS best
                        UNWIND best AS row
                        WITH category, row.enabler AS e, row.barrier AS barrier
                        MATCH (a:Area {id: e.areaId})
                        RETURN e.id AS id, e.name AS name, coalesce(e.strength, 0) AS strength, category,
                               barrier, a.id AS areaId, a.name AS areaName""").bindAll(params).fetch().all().stream()
                .map(r -> new ForeignEnabler(
                        (String) r.get("id"),
                        (String) r.get("name"),
                        ((Number) r.get("strength")).longValue(),
                        (String) r.get("category"),
                        (String) r.get("barrier"),
                        (String) r.get("areaId"),
                        (String) r.get("areaName")))
                .toList();
    }
}
