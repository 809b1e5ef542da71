package uk.evidencemap.area;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** All Cypher for areas. */
@Repository
class AreaRepository {

    private final Neo4jClient client;

    AreaRepository(Neo4jClient client) {
        this.client = client;
    }

    /** Every area when {@code member} is null, else the areas that user is a member of. */
    List<AreaSummary> findAllSummaries(String member) {
        var params = new HashMap<String, Object>();
        params.put("member", member);
        return client.query("""
                        MATCH (a:Area)
                        WHERE $member IS NULL OR EXISTS { (:User {username: $member})-[:MEMBER_OF]->(a) }
                        RETURN a.id AS id, a.name AS name, a.onsCode AS onsCode, a.region AS region,
                               COUNT { MATCH (n:Entity {areaId: a.id}) } AS nodeCount,
                               COUNT { MATCH (p:Programme)
                                       WHERE EXISTS { MATCH (p)-[r]-(:Entity {areaId: a.id}) WHERE r.areaId = a.id } }
                                 AS programmeCount,
                               COUNT { MATCH (:Entity {areaId: a.id})-[r]->() WHERE r.areaId = a.id }
                                 + COUNT { MATCH (:Programme)-[r]->(:Entity {areaId: a.id}) WHERE r.areaId = a.id }
                                 AS relationshipCount
                        ORDER BY a.name""").bindAll(params).fetch().all().stream()
                .map(row -> new AreaSummary(
                        (String) row.get("id"),
                        (String) row.get("name"),
                        (String) row.get("onsCode"),
                        (String) row.get("region"),
                        ((Number) row.get("nodeCount")).longValue(),
                        ((Number) row.get("programmeCount")).longValue(),
                        ((Number) row.get("relationshipCount")).longValue()))
                .toList();
    }

    /** Like {@link #findAllSummaries} without counting anything: cheap enough for every request. */
    List<Area> findAll(String member) {
        var params = new HashMap<String, Object>();
        params.put("member", member);
        return client.query("""
                        MATCH (a:Area)
                        WHERE $member IS NULL OR EXISTS { (:User {username: $member})-[:MEMBER_OF]->(a) }
                        RETURN a.id AS id, a.name AS name, a.onsCode AS onsCode, a.region AS region
                        ORDER BY a.name""").bindAll(params).fetch().all().stream()
                .map(AreaRepository::toArea)
                .toList();
    }

    Optional<Area> findById(String id) {
        return client.query("MATCH (a:Area {id: $id}) RETURN a.id AS id, a.name AS name, a.onsCode AS onsCode,"
                        + " a.region AS region")
                .bind(id)
                .to("id")
                .fetch()
                .one()
                .map(AreaRepository::toArea);
    }

    boolean existsById(String id) {
        return client.query("MATCH (a:Area {id: $id}) RETURN count(a) > 0")
                .bind(id)
                .to("id")
                .fetchAs(Boolean.class)
                .one()
                .orElse(false);
    }

    Optional<Area> findByOnsCode(String onsCode) {
        return client.query("MATCH (a:Area {onsCode: $onsCode}) RETURN a.id AS id, a.name AS name,"
                        + " a.onsCode AS onsCode, a.region AS region")
                .bind(onsCode)
                .to("onsCode")
                .fetch()
                .one()
                .map(AreaRepository::toArea);
    }

    /** The area's strong-evidence threshold (a rating code), or null for the default. */
    /** Each existing area's strong-evidence code (null when it has set none), by area id. */
    Map<String, String> strongEvidence(Collection<String> ids) {
        Map<String, String> codes = new HashMap<>();
        client.query("MATCH (a:Area) WHERE a.id IN $ids RETURN a.id AS id, a.strongEvidence AS code")
                .bind(List.copyOf(ids))
                .to("ids")
                .fetch()
                .all()
                .forEach(row -> codes.put((String) row.get("id"), (String) row.get("code")));
        return codes;
    }

    void setStrongEvidence(String id, String code) {
        client.query("MATCH (a:Area {id: $id}) SET a.strongEvidence = $code")
                .bindAll(Map.of("id", id, "code", code))
                .run();
    }

    Area create(Area area) {
        client.query("""
                        CREATE (a:Area {id: $id, name: $name, region: $region, createdAt: datetime()})
                        SET a.onsCode = $onsCode""").bindAll(params(area)).run();
        return area;
    }

    Area update(Area area) {
        client.query("MATCH (a:Area {id: $id}) SET a.name = $name, a.onsCode = $onsCode, a.region = $region")
                .bindAll(params(area))
                .run();
        return area;
    }

    private static Map<String, Object> params(Area area) {
        var params = new HashMap<String, Object>();
        params.put("id", area.id());
        params.put("name", area.name());
        params.put("onsCode", area.onsCode());
        params.put("region", area.region());
        return params;
    }

    private static Area toArea(Map<String, Object> row) {
        return new Area((String) row.get("id"), (String) row.get("name"), (String) row.get("onsCode"), (String)
                row.get("region"));
    }
}
