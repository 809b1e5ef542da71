package uk.evidencemap.map;

/**
 * The one query that reads an area's whole map: its nodes, the catalogue programmes its
 * relationships reach, and its relationships. Public so that the benchmark can run it bare
 * through the driver beside the services that use it.
 */
public final class AreaGraphQuery {

    /** Parameter: {@code $areaId}. Returns one row with {@code nodes} and {@code relationships}. */
    public static final String CYPHER = """
            MATCH (n:Entity {areaId: $areaId})
            OPTIONAL MATCH (n)-[r]-(m:Entity)
            WHERE r.areaId = $areaId
            WITH collect(DISTINCT n) AS own, collect(DISTINCT m) AS linked, collect(DISTINCT r) AS rels
            RETURN [x IN own | {node: x {.*}, labels: labels(x)}]
                     + [x IN linked WHERE x.areaId IS NULL | {node: x {.*}, labels: labels(x)}] AS nodes,
                   [r IN rels | {rel: r {.*}, type: type(r), from: startNode(r).id, to: endNode(r).id}]
                     AS relationships""";

    private AreaGraphQuery() {}
}
