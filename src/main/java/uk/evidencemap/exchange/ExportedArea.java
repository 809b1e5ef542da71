package uk.evidencemap.exchange;

import java.util.Map;
import java.util.Objects;
import uk.evidencemap.area.Area;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.NodePosition;

/**
 * What every export writer is given: an area, its settings and its whole map as the map service
 * reads it.
 *
 * @param area           the area (id, name, ONS code, region)
 * @param strongEvidence the code of the area's strong-evidence threshold on the Foundations Guidebook
 *                       scale (e.g. {@code 3}), as {@code AreaService.strongEvidence} gives it
 * @param graph          the area's nodes (with the catalogue programmes its relationships reach,
 *                       whose {@code areaId} is null) and relationships
 * @param positions      where people placed nodes on the canvas, by node id, in the canvas's
 *                       coordinates (x to the right, y downwards); nodes never placed, and catalogue
 *                       programmes, have none
 */
public record ExportedArea(Area area, String strongEvidence, AreaGraph graph, Map<String, NodePosition> positions) {

    public ExportedArea {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(graph, "graph");
        positions = positions == null ? Map.of() : Map.copyOf(positions);
    }

    /** Where the node was placed, or null when it never was. */
    public NodePosition position(String nodeId) {
        return positions.get(nodeId);
    }
}
