package uk.evidencemap.map;

import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * All Cypher for map nodes and relationships. Every value is a parameter; labels and
 * relationship types are passed as parameters too (Cypher's dynamic {@code $(...)} form) and
 * only ever come from {@link NodeType} and {@link RelationshipType}.
 * <p>
 * Area-scoped nodes carry the shared label {@code Entity} and an {@code areaId}; catalogue
 * programmes carry {@code Entity} without an area. Relationships carry the {@code areaId} of
 * the area that made them, so a shared programme's relationships stay separate per area.
 */
@Repository
class MapRepository {

    /** Properties the system keeps on every node, as opposed to a type's own properties. */
    static final Set<String> SYSTEM_KEYS =
            Set.of("id", "name", "version", "areaId", "createdAt", "updatedAt", "layoutX", "layoutY");

    private static final Set<String> RELATIONSHIP_SYSTEM_KEYS = Set.of("id", "areaId", "createdAt");

    private static final String NODE = "n {.*} AS node, labels(n) AS labels";

    private final Neo4jClient client;

    MapRepository(Neo4jClient client) {
        this.client = client;
    }

    MapNode create(String id, NodeType type, String areaId, String name, Map<String, Object> properties) {
        return client.query("""
                        CREATE (n:Entity:$($label) {id: $id, name: $name, version: 0,
                                createdAt: datetime(), updatedAt: datetime()})
                        SET n += $properties, n.areaId = $areaId
                        RETURN\s""" + NODE)
                .bindAll(params(
                        "label", type.label(), "id", id, "name", name, "properties", properties, "areaId", areaId))
                .fetch()
                .one()
                .map(MapRepository::toNode)
                .orElseThrow();
    }

    Optional<MapNode> find(String id) {
        return client.query("MATCH (n:Entity {id: $id}) RETURN " + NODE)
                .bind(id)
                .to("id")
                .fetch()
                .one()
                .map(MapRepository::toNode);
    }

    /**
     * Reads a node after taking its write lock, so that the version seen cannot change
     * before this transaction ends: the basis of optimistic locking under concurrency.
     */
    Optional<MapNode> lock(String id) {
        return client.query("""
                        MATCH (n:Entity {id: $id})
                        SET n.lockedBy = 'update' REMOVE n.lockedBy
                        RETURN\s""" + NODE).bind(id).to("id").fetch().one().map(MapRepository::toNode);
    }

    /**
     * Takes the write lock of the area's node, held until this transaction ends. Every change of an
     * area's map, and every step through its history, takes it first, so that a check ("is this
     * relationship there already?", "has anyone changed this since?") and the write that follows
     * cannot interleave with another change of the area (decision 016). Setting a property takes
     * Neo4j's exclusive node lock even though it is removed again at once; setting one to null alone
     * would take none when no node has ever had that property.
     */
    void lockArea(String areaId) {
        client.query("""
                        MATCH (a:Area {id: $id})
                        SET a.lockedBy = 'map' REMOVE a.lockedBy""").bind(areaId).to("id").run();
    }

    MapNode replace(MapNode current, String name, Map<String, Object> properties) {
        return client.query("""
                        MATCH (n:Entity {id: $id})
                        WITH n, n.createdAt AS createdAt
                        SET n = $properties
                        SET n.id = $id, n.name = $name, n.areaId = $areaId, n.version = $version,
                            n.createdAt = createdAt, n.updatedAt = datetime()
                        RETURN\s""" + NODE)
                .bindAll(params(
                        "id",
                        current.id(),
                        "name",
                        name,
                        "properties",
                        properties,
                        "areaId",
                        current.areaId(),
                        "version",
                        current.version() + 1))
                .fetch()
                .one()
                .map(MapRepository::toNode)
                .orElseThrow();
    }

    /** Deletes a node and its relationships; returns how many relationships went with it. */
    long delete(String id) {
        return client.query("""
                        MATCH (n:Entity {id: $id})
                        WITH n, COUNT { (n)--() } AS relationships
                        DETACH DELETE n
                        RETURN relationships""").bind(id).to("id").fetchAs(Long.class).one().orElse(0L);
    }

    /** Brings back a deleted node under its old id, at the version given. */
    MapNode restore(MapNode node) {
        return client.query("""
                        CREATE (n:Entity:$($label) {id: $id, name: $name, version: $version,
                                createdAt: datetime(), updatedAt: datetime()})
                        SET n += $properties, n.areaId = $areaId
                        RETURN\s""" + NODE)
                .bindAll(params(
                        "label",
                        node.type().label(),
                        "id",
                        node.id(),
                        "name",
                        node.name(),
                        "version",
                        node.version(),
                        "properties",
                        node.properties(),
                        "areaId",
                        node.areaId()))
                .fetch()
                .one()
                .map(MapRepository::toNode)
                .orElseThrow();
    }

    /** Every relationship that starts or ends at a node. */
    List<MapRelationship> relationshipsOf(String nodeId) {
        return client.query("""
                        MATCH (n:Entity {id: $id})-[r]-(:Entity)
                        RETURN DISTINCT r {.*} AS rel, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to""").bind(nodeId).to("id").fetch().all().stream()
                .map(MapRepository::toRelationship)
                .toList();
    }

    boolean relationshipIdExists(String id) {
        return client.query("MATCH (:Entity)-[r]->(:Entity) WHERE r.id = $id RETURN count(r) > 0")
                .bind(id)
                .to("id")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    /** Node names by id, for the sentences of the change log. */
    Map<String, String> names(Collection<String> ids) {
        Map<String, String> names = new HashMap<>();
        client.query("MATCH (n:Entity) WHERE n.id IN $ids RETURN n.id AS id, n.name AS name")
                .bind(ids)
                .to("ids")
                .fetch()
                .all()
                .forEach(r -> names.put((String) r.get("id"), (String) r.get("name")));
        return names;
    }

    List<MapNode> programmes() {
        return client.query("MATCH (n:Programme) RETURN " + NODE + " ORDER BY n.name").fetch().all().stream()
                .map(MapRepository::toNode)
                .toList();
    }

    MapRelationship createRelationship(
            String id, RelationshipType type, String areaId, String from, String to, Map<String, Object> properties) {
        return client.query("""
                        MATCH (a:Entity {id: $from}), (b:Entity {id: $to})
                        CREATE (a)-[r:$($type) {id: $id, areaId: $areaId, createdAt: datetime()}]->(b)
                        SET r += $properties
                        RETURN r {.*} AS rel, type(r) AS type, a.id AS from, b.id AS to""")
                .bindAll(params(
                        "from",
                        from,
                        "to",
                        to,
                        "type",
                        type.name(),
                        "id",
                        id,
                        "areaId",
                        areaId,
                        "properties",
                        properties))
                .fetch()
                .one()
                .map(MapRepository::toRelationship)
                .orElseThrow();
    }

    /**
     * A relationship of this type from one node to another; for an undirected type, either way
     * round. Only a check made under {@link #lockArea} is reliable: without the lock another
     * transaction may make one after this read.
     */
    Optional<MapRelationship> relationshipBetween(RelationshipType type, String from, String to) {
        String pattern = type.undirected() ? "-[r:$($type)]-" : "-[r:$($type)]->";
        return client.query("MATCH (:Entity {id: $from})" + pattern + """
                        (:Entity {id: $to})
                        RETURN r {.*} AS rel, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
                        ORDER BY r.createdAt LIMIT 1""")
                .bindAll(params("from", from, "to", to, "type", type.name()))
                .fetch()
                .one()
                .map(MapRepository::toRelationship);
    }

    Optional<MapRelationship> findRelationship(String areaId, String id) {
        return client.query("""
                        MATCH (:Entity {areaId: $areaId})-[r]-(:Entity)
                        WHERE r.id = $id
                        RETURN r {.*} AS rel, type(r) AS type, startNode(r).id AS from, endNode(r).id AS to
                        LIMIT 1""")
                .bindAll(params("areaId", areaId, "id", id))
                .fetch()
                .one()
                .map(MapRepository::toRelationship);
    }

    void deleteRelationship(String areaId, String id) {
        client.query("""
                        MATCH (:Entity {areaId: $areaId})-[r]-(:Entity)
                        WHERE r.id = $id
                        WITH DISTINCT r
                        DELETE r""").bindAll(params("areaId", areaId, "id", id)).run();
    }

    /** Where people placed the area's nodes on the canvas. */
    Map<String, double[]> positions(String areaId) {
        Map<String, double[]> positions = new HashMap<>();
        client.query("""
                        MATCH (n:Entity {areaId: $areaId}) WHERE n.layoutX IS NOT NULL
                        RETURN n.id AS id, n.layoutX AS x, n.layoutY AS y""")
                .bind(areaId)
                .to("areaId")
                .fetch()
                .all()
                .forEach(r -> positions.put(
                        (String) r.get("id"),
                        new double[] {((Number) r.get("x")).doubleValue(), ((Number) r.get("y")).doubleValue()}));
        return positions;
    }

    /** Keeps where nodes were placed; not a change of the map (no new version). Returns how many exist. */
    int savePositions(String areaId, Map<String, NodePosition> positions) {
        List<Map<String, Object>> rows = positions.entrySet().stream()
                .map(e -> Map.<String, Object>of(
                        "id",
                        e.getKey(),
                        "x",
                        e.getValue().x(),
                        "y",
                        e.getValue().y()))
                .toList();
        return client.query("""
                        UNWIND $rows AS row
                        MATCH (n:Entity {id: row.id, areaId: $areaId})
                        SET n.layoutX = row.x, n.layoutY = row.y
                        RETURN count(n) AS saved""")
                .bindAll(params("rows", rows, "areaId", areaId))
                .fetchAs(Long.class)
                .one()
                .orElse(0L)
                .intValue();
    }

    /** The whole map of an area in one query: its nodes, the programmes it uses, its relationships. */
    AreaGraph graph(String areaId) {
        Map<String, Object> row = client.query(AreaGraphQuery.CYPHER)
                .bind(areaId)
                .to("areaId")
                .fetch()
                .one()
                .orElseThrow();
        List<MapNode> nodes = maps(row.get("nodes")).stream()
                .map(MapRepository::toNode)
                .sorted(Comparator.comparing(MapNode::type).thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
        List<MapRelationship> relationships = maps(row.get("relationships")).stream()
                .map(MapRepository::toRelationship)
                .toList();
        return new AreaGraph(areaId, nodes, relationships);
    }

    @SuppressWarnings("unchecked")
    private static Collection<Map<String, Object>> maps(Object value) {
        return (Collection<Map<String, Object>>) value;
    }

    @SuppressWarnings("unchecked")
    static MapNode toNode(Map<String, Object> row) {
        Map<String, Object> values = (Map<String, Object>) row.get("node");
        Collection<String> labels = (Collection<String>) row.get("labels");
        NodeType type = labels.stream()
                .map(NodeType::byLabel)
                .flatMap(Optional::stream)
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Node without a known type: " + labels));
        Map<String, Object> properties = new HashMap<>(values);
        properties.keySet().removeAll(SYSTEM_KEYS);
        properties.values().removeIf(Objects::isNull);
        return new MapNode(
                (String) values.get("id"),
                type,
                (String) values.get("areaId"),
                (String) values.get("name"),
                ((Number) values.get("version")).longValue(),
                properties);
    }

    @SuppressWarnings("unchecked")
    static MapRelationship toRelationship(Map<String, Object> row) {
        Map<String, Object> values = (Map<String, Object>) row.get("rel");
        Map<String, Object> properties = new HashMap<>(values);
        properties.keySet().removeAll(RELATIONSHIP_SYSTEM_KEYS);
        return new MapRelationship(
                (String) values.get("id"),
                RelationshipType.byName((String) row.get("type")).orElseThrow(),
                (String) row.get("from"),
                (String) row.get("to"),
                (String) values.get("areaId"),
                properties);
    }

    private static Map<String, Object> params(Object... keysAndValues) {
        Map<String, Object> params = new HashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            params.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return params;
    }
}
