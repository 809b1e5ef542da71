package uk.evidencemap.analysis;

import java.util.List;

/**
 * The one query the analyses read an area through: every node of the area with its name and
 * the few properties the analyses use, the catalogue programmes the area's relationships
 * reach, and every relationship as its type and its two ends. It is leaner than the map's own
 * read ({@code AreaGraphQuery}, every property of everything), which is what makes the
 * analyses fast on very large areas. Public so that the benchmark can run it bare.
 */
public final class AnalysisGraphQuery {

    /** The properties read for each node, in the order they follow element id, id, labels and name in a node row. */
    public static final List<String> PROPERTIES = List.of(
            "role",
            "kind",
            "stage",
            "priority",
            "status",
            "category",
            "severity",
            "strength",
            "evidenceRating",
            "illustrative",
            "cfirConstruct",
            "ericStrategies");

    /**
     * Parameter: {@code $areaId}. At most one row (none for an area without nodes):
     * {@code nodes}, each {@code [elementId, id, labels, name, role, kind, stage, priority,
     * status, category, severity, strength, evidenceRating, illustrative, cfirConstruct, ericStrategies, outgoing]} where
     * outgoing lists the node's relationships as {@code [type, elementId of the other end]} (an
     * influence adds its id and polarity, which the feedback loops need) and
     * fromCatalogue, alike, those that come to it from a programme (in the model only a
     * programme TARGETS a need; {@code AnalysisGraphQueryTest} fails if that changes); and
     * {@code programmes}, the catalogue, each {@code [elementId, id, name, evidenceRating,
     * illustrative]}, of which the caller keeps those the area's relationships reach. Every
     * relationship of an area touches one of its nodes, so this reads each one once. Element
     * ids are only used within the one transaction of the read.
     */
    public static final String CYPHER =
            Parts.PROGRAMMES + "MATCH (n:Entity {areaId: $areaId})\n" + "RETURN programmes, " + Parts.NODE_ROWS;

    /**
     * The same read of several areas at once. Parameter: {@code $areaIds}. One row per area asked for
     * (in their order): {@code areaId}, {@code programmes} and {@code nodes} as in {@link #CYPHER}; an
     * area without nodes (or no such area) has an empty {@code nodes}.
     */
    public static final String AREAS_CYPHER = Parts.PROGRAMMES
            + "UNWIND $areaIds AS areaId\n"
            + "CALL (areaId) {\n"
            + "MATCH (n:Entity {areaId: areaId})\n"
            + "RETURN "
            + Parts.NODE_ROWS
            + "\n}\n"
            + "RETURN areaId, programmes, nodes";

    /** The pieces both reads are made of. */
    private static final class Parts {
        static final String PROGRAMMES = """
                CALL () {
                  MATCH (p:Programme)
                  RETURN collect([elementId(p), p.id, p.name, p.evidenceRating, p.illustrative]) AS programmes
                }
                """;

        /**
         * A node's relationships by pattern comprehensions, evaluated row by row: a subquery with
         * {@code collect} per node made an aggregation table for each node, which cost more than the
         * relationships themselves on a typical area.
         */
        static final String NODE_ROWS = """
                collect([elementId(n), n.id, labels(n), n.name, n.role, n.kind, n.stage, n.priority, n.status,
                         n.category, n.severity, n.strength, n.evidenceRating, n.illustrative, n.cfirConstruct,
                         n.ericStrategies,
                         [(n)-[r]->(m) | CASE type(r) WHEN 'INFLUENCES' THEN [type(r), elementId(m), r.id, r.polarity]
                                         ELSE [type(r), elementId(m)] END],
                         [(n)<-[r:TARGETS]-(m:Programme) WHERE n:Need | [type(r), elementId(m)]]]) AS nodes""";

        private Parts() {}
    }

    private AnalysisGraphQuery() {}
}
