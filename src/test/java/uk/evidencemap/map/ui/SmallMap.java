package uk.evidencemap.map.ui;

import java.util.List;
import java.util.Map;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * A small hand-built map for unit tests of the map page's logic:
 *
 * <pre>
 * ann --WORKS_FOR--> council
 * ann --LEADS--> epec --ADDRESSES--> language
 * cuts --BLOCKS--> epec
 * grant --MITIGATES--> cuts
 * </pre>
 */
final class SmallMap {

    static final MapNode ANN = node("ann", NodeType.PERSON, "Ann", Map.of("role", "COMMISSIONER"));
    static final MapNode COUNCIL = node("council", NodeType.ORGANISATION, "Council", Map.of());
    static final MapNode EPEC =
            node("epec", NodeType.INTERVENTION, "EPEC groups", Map.of("stage", "FULL_IMPLEMENTATION"));
    static final MapNode LANGUAGE = node("language", NodeType.NEED, "Early language", Map.of("priority", 5L));
    static final MapNode CUTS = node(
            "cuts", NodeType.BARRIER, "Funding cuts", Map.of("severity", 4L, "status", "OPEN", "category", "FUNDING"));
    static final MapNode GRANT = node("grant", NodeType.ENABLER, "Grant", Map.of("strength", 2L));

    static final MapRelationship WORKS_FOR = relationship("r1", RelationshipType.WORKS_FOR, ANN, COUNCIL);
    static final MapRelationship LEADS = relationship("r2", RelationshipType.LEADS, ANN, EPEC);
    static final MapRelationship ADDRESSES = relationship("r3", RelationshipType.ADDRESSES, EPEC, LANGUAGE);
    static final MapRelationship BLOCKS = relationship("r4", RelationshipType.BLOCKS, CUTS, EPEC);
    static final MapRelationship MITIGATES = relationship("r5", RelationshipType.MITIGATES, GRANT, CUTS);

    static final AreaGraph GRAPH = new AreaGraph(
            "york",
            List.of(ANN, COUNCIL, EPEC, LANGUAGE, CUTS, GRANT),
            List.of(WORKS_FOR, LEADS, ADDRESSES, BLOCKS, MITIGATES));

    private SmallMap() {}

    static MapNode node(String id, NodeType type, String name, Map<String, Object> properties) {
        return new MapNode(id, type, "york", name, 0, properties);
    }

    static MapRelationship relationship(String id, RelationshipType type, MapNode from, MapNode to) {
        return new MapRelationship(id, type, from.id(), to.id(), "york", Map.of());
    }
}
