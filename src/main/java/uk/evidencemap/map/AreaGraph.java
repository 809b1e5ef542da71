package uk.evidencemap.map;

import java.util.List;

/** The whole map of one area: its nodes (and the catalogue programmes it uses) and relationships. */
public record AreaGraph(String areaId, List<MapNode> nodes, List<MapRelationship> relationships) {

    public AreaGraph {
        nodes = List.copyOf(nodes);
        relationships = List.copyOf(relationships);
    }
}
