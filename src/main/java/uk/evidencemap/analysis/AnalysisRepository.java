package uk.evidencemap.analysis;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.data.neo4j.core.Neo4jClient;
import org.springframework.stereotype.Repository;

/** Cypher for the analyses beyond one area's own map: help found in other areas. */
@Repository
class AnalysisRepository {

    /** An enabler in another area that mitigates a barrier of the given category there. */
    record ForeignEnabler(String id, String name, long strength, String barrierCategory, String barrierName,
                          String areaId, String areaName) {
    }

    /** The strongest enablers per barrier category that are suggested from other areas. */
    static final int PER_CATEGORY = 5;

    private final Neo4jClient client;

    AnalysisRepository(Neo4jClient client) {
        this.client = client;
    }

    List<ForeignEnabler> enablersMitigating(Collection<String> categories, Collection<String> areaIds, String except) {
        if (categories.isEmpty() || areaIds.isEmpty()) {
            return List.of();
        }
        return client.query("""
                        MATCH (e:Enabler)-[:MITIGATES]->(b:Barrier)
                        WHERE b.category IN $categories AND e.areaId IN $areas AND e.areaId <> $except
                        MATCH (a:Area {id: e.areaId})
                        WITH b.category AS category, e, head(collect(b.name)) AS barrier, a
                        ORDER BY coalesce(e.strength, 0) DESC, a.name, e.name
                        WITH category, collect({id: e.id, name: e.name, strength: coalesce(e.strength, 0),
                                barrier: barrier, areaId: a.id, areaName: a.name})[0..$perCategory] AS best
                        UNWIND best AS row
                        RETURN row.id AS id, row.name AS name, row.strength AS strength, category, row.barrier AS barrier,
                               row.areaId AS areaId, row.areaName AS areaName""")
                .bindAll(Map.of("categories", List.copyOf(categories), "areas", List.copyOf(areaIds), "except", except,
                        "perCategory", PER_CATEGORY))
                .fetch().all().stream()
                .map(r -> new ForeignEnabler((String) r.get("id"), (String) r.get("name"),
                        ((Number) r.get("strength")).longValue(), (String) r.get("category"),
                        (String) r.get("barrier"), (String) r.get("areaId"), (String) r.get("areaName")))
                .toList();
    }
}
