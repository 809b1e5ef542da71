package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
     * Several areas read for the analyses in one query ({@link AnalysisGraphQuery#AREAS_CYPHER}), each as
     * {@link #graph} reads it.
     *
     * @return by area id, its map (empty for an area without nodes)
     */
    Map<String, AreaGraph> graphs(Collection<String> areaIds) {
        Map<String, AreaGraph> graphs = new HashMap<>();
        client.query(AnalysisGraphQuery.AREAS_CYPHER)
                .bind(List.copyOf(areaIds))
                .to("areaIds")
                .fetchAs(AreaGraph.class)
                .mappedBy((types, record) -> toGraph(record.get("areaId").asString(), record))
                .all()
                .forEach(graph -> graphs.put(graph.areaId(), graph));
        return graphs;
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

    /** Every area's name, by area id. */
    Map<String, String> areaNames() {
        Map<String, String> names = new HashMap<>();
        client.query("MATCH (a:Area) RETURN a.id AS id, a.name AS name")
                .fetch()
                .all()
                .forEach(row -> names.put((String) row.get("id"), (String) row.get("name")));
        return names;
    }

    /**
     * Every enabler that MITIGATES a barrier of its area, in the given areas or in every area: the one
     * cross-area read behind the suggestions of blocked paths (decision 021). It names every area; what
     * the reader may see of it is decided by the caller ({@link BarrierAdvice}).
     *
     * @param areaIds the areas to read, or null for every area
     * @return by area id, its mitigations (enabler, barrier and area ids order them); an area without any
     *     is left out
     */
    Map<String, List<BarrierAdvice.Mitigation>> mitigations(Collection<String> areaIds) {
        // each area's barriers through the area index (Entity.areaId), or every barrier
        String barriers =
                areaIds == null ? "MATCH (b:Barrier)" : "MATCH (b:Entity) WHERE b.areaId IN $areaIds AND b:Barrier";
        return client
                .query(barriers + """

                        MATCH (e:Enabler)-[:MITIGATES]->(b)
                        MATCH (a:Area {id: b.areaId})
                        RETURN e.id AS enablerId, e.name AS enablerName, e.category AS enablerCategory,
                               coalesce(e.strength, 0) AS strength, coalesce(e.ericStrategies, []) AS strategies,
                               b.id AS barrierId, b.name AS barrierName, b.category AS barrierCategory,
                               b.cfirConstruct AS barrierConstruct, b.status AS barrierStatus,
                               a.id AS areaId, a.name AS areaName
                        ORDER BY areaId, enablerId, barrierId""")
                .bind(areaIds == null ? List.of() : List.copyOf(areaIds))
                .to("areaIds")
                .fetch()
                .all()
                .stream()
                .map(r -> new BarrierAdvice.Mitigation(
                        (String) r.get("enablerId"),
                        (String) r.get("enablerName"),
                        (String) r.get("enablerCategory"),
                        ((Number) r.get("strength")).longValue(),
                        strings(r.get("strategies")),
                        (String) r.get("barrierId"),
                        (String) r.get("barrierName"),
                        (String) r.get("barrierCategory"),
                        (String) r.get("barrierConstruct"),
                        (String) r.get("barrierStatus"),
                        (String) r.get("areaId"),
                        (String) r.get("areaName")))
                .collect(Collectors.groupingBy(BarrierAdvice.Mitigation::areaId, Collectors.toList()));
    }

    private static List<String> strings(Object value) {
        if (value instanceof Collection<?> c) {
            return c.stream().map(String::valueOf).toList();
        }
        return value == null ? List.of() : List.of(String.valueOf(value));
    }
}
