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

    /**
     * The strongest enablers per category that mitigate a barrier of that category in another
     * area; {@code areaIds} null means every area (administrators and researchers).
     */
    List<ForeignEnabler> enablersMitigating(Collection<String> categories, Collection<String> areaIds, String except) {
        if (categories.isEmpty() || (areaIds != null && areaIds.isEmpty())) {
            return List.of();
        }
        var params = new java.util.HashMap<String, Object>();
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
                               barrier, a.id AS areaId, a.name AS areaName""")
                .bindAll(params)
                .fetch().all().stream()
                .map(r -> new ForeignEnabler((String) r.get("id"), (String) r.get("name"),
                        ((Number) r.get("strength")).longValue(), (String) r.get("category"),
                        (String) r.get("barrier"), (String) r.get("areaId"), (String) r.get("areaName")))
                .toList();
    }
}
