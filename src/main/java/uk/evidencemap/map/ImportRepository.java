package uk.evidencemap.map;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/**
 * The Cypher of imports: many nodes and relationships written or removed with a few statements
 * ({@code UNWIND} over rows, one statement per node label and relationship type), every value a
 * parameter; labels and types come only from {@link NodeType} and {@link RelationshipType}.
 */
@Repository
class ImportRepository {

    private final Neo4jClient client;

    ImportRepository(Neo4jClient client) {
        this.client = client;
    }

    /**
     * Creates nodes of one type in the area at version 0.
     *
     * @param rows {@code {id, name, properties, x, y}}; x and y (canvas units) may be null
     */
    void createNodes(NodeType type, String areaId, List<Map<String, Object>> rows) {
        client.query("""
                        UNWIND $rows AS row
                        CREATE (n:Entity:$($label) {id: row.id, name: row.name, version: 0,
                                createdAt: datetime(), updatedAt: datetime()})
                        SET n += row.properties, n.areaId = $areaId, n.layoutX = row.x, n.layoutY = row.y""")
                .bindAll(Map.of("label", type.label(), "rows", rows, "areaId", areaId))
                .run();
    }

    /**
     * Creates relationships of one type, made by the area.
     *
     * @param rows {@code {id, from, to, properties}}, from and to node ids that exist
     * @return how many were created (fewer than rows only when an end is missing)
     */
    long createRelationships(RelationshipType type, String areaId, List<Map<String, Object>> rows) {
        return client.query("""
                        UNWIND $rows AS row
                        MATCH (a:Entity {id: row.from}), (b:Entity {id: row.to})
                        CREATE (a)-[r:$($type) {id: row.id, areaId: $areaId, createdAt: datetime()}]->(b)
                        SET r += row.properties
                        RETURN count(r) AS created""")
                .bindAll(Map.of("type", type.name(), "rows", rows, "areaId", areaId))
                .fetchAs(Long.class)
                .one()
                .orElse(0L);
    }

    /**
     * The nodes with these ids, read in one statement.
     *
     * @return the nodes found, by id; ids of no node are left out
     */
    Map<String, MapNode> nodes(Collection<String> ids) {
        Map<String, MapNode> found = new HashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        client.query("UNWIND $ids AS id MATCH (n:Entity {id: id}) RETURN n {.*} AS node, labels(n) AS labels")
                .bindAll(Map.of("ids", List.copyOf(ids)))
                .fetch()
                .all()
                .forEach(row -> {
                    MapNode node = MapRepository.toNode(row);
                    found.put(node.id(), node);
                });
        return found;
    }

    /**
     * Which of these pairs of nodes a relationship of this type joins already (either way round for
     * an undirected type), read in one statement.
     *
     * @param pairs {@code {from, to}} node ids
     * @return the pairs found, each as "from to" in the direction asked
     */
    Set<String> joined(RelationshipType type, List<Map<String, Object>> pairs) {
        Set<String> found = new HashSet<>();
        if (pairs.isEmpty()) {
            return found;
        }
        String pattern = type.undirected() ? "-[:$($type)]-" : "-[:$($type)]->";
        client.query("UNWIND $pairs AS pair MATCH (:Entity {id: pair.from})" + pattern
                        + "(:Entity {id: pair.to}) RETURN DISTINCT pair.from + ' ' + pair.to AS pair")
                .bindAll(Map.of("pairs", pairs, "type", type.name()))
                .fetchAs(String.class)
                .all()
                .forEach(found::add);
        return found;
    }

    /**
     * What stands in the way of taking an import away again: of its nodes, those changed since
     * (version above 0) and those gone; of its relationships, those gone; and relationships others
     * made since to its nodes.
     */
    record Since(List<String> changed, List<String> gone, long relationshipsGone, long relationshipsAdded) {

        boolean clear() {
            return changed.isEmpty() && gone.isEmpty() && relationshipsGone == 0 && relationshipsAdded == 0;
        }
    }

    Since since(Collection<String> nodeIds, Collection<String> relationshipIds) {
        Map<String, Object> params = new HashMap<>();
        params.put("ids", List.copyOf(nodeIds));
        params.put("rels", List.copyOf(relationshipIds));
        return client.query("""
                        UNWIND $ids AS id
                        OPTIONAL MATCH (n:Entity {id: id})
                        WITH collect(CASE WHEN n IS NULL THEN id END) AS gone,
                             collect(CASE WHEN n.version > 0 THEN n.name END) AS changed,
                             collect(n) AS nodes
                        CALL (nodes) {
                            UNWIND nodes AS n
                            MATCH (n)-[r]-()
                            WITH DISTINCT r
                            RETURN collect(r.id) AS present
                        }
                        WITH gone, changed, present, $rels AS rels
                        RETURN gone, changed,
                               size([x IN rels WHERE NOT x IN present]) AS relationshipsGone,
                               size([x IN present WHERE NOT x IN rels]) AS relationshipsAdded""")
                .bindAll(params)
                .fetch()
                .one()
                .map(row -> new Since(
                        strings(row.get("changed")),
                        strings(row.get("gone")),
                        ((Number) row.get("relationshipsGone")).longValue(),
                        ((Number) row.get("relationshipsAdded")).longValue()))
                .orElseThrow();
    }

    /** Whether any of these node or relationship ids is on the database already. */
    boolean anyExists(Collection<String> nodeIds, Collection<String> relationshipIds) {
        return client.query("""
                        RETURN EXISTS { MATCH (n:Entity) WHERE n.id IN $ids }
                            OR EXISTS { MATCH ()-[r]->() WHERE r.id IN $rels } AS found""")
                .bindAll(Map.of("ids", List.copyOf(nodeIds), "rels", List.copyOf(relationshipIds)))
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    /** Deletes the nodes with these ids and every relationship they have. */
    void deleteNodes(Collection<String> nodeIds) {
        client.query("""
                        UNWIND $ids AS id
                        MATCH (n:Entity {id: id})
                        DETACH DELETE n""").bindAll(Map.of("ids", List.copyOf(nodeIds))).run();
    }

    /** Deletes relationships by id, each found from its start node. */
    void deleteRelationships(List<Map<String, Object>> rows) {
        client.query("""
                        UNWIND $rows AS row
                        MATCH (:Entity {id: row.from})-[r]->(:Entity {id: row.to})
                        WHERE r.id = row.id
                        DELETE r""").bindAll(Map.of("rows", rows)).run();
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object value) {
        return value == null ? List.of() : List.copyOf((Collection<String>) value);
    }
}
