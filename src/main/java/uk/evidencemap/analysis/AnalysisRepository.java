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
    record ForeignEnabler(String id, String name, String barrierCategory, String barrierName, String areaId,
                          String areaName) {
    }

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
                        RETURN DISTINCT e.id AS id, e.name AS name, b.category AS category, b.name AS barrier,
                               a.id AS areaId, a.name AS areaName
                        ORDER BY areaName, name""")
                .bindAll(Map.of("categories", List.copyOf(categories), "areas", List.copyOf(areaIds), "except", except))
                .fetch().all().stream()
                .map(r -> new ForeignEnabler((String) r.get("id"), (String) r.get("name"), (String) r.get("category"),
                        (String) r.get("barrier"), (String) r.get("areaId"), (String) r.get("areaName")))
                .toList();
    }
}
