package uk.evidencemap.map.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.evidencemap.map.NodePalette;
import uk.evidencemap.map.NodeType;

/**
 * How nodes of one type are drawn on the map page: the colour of {@link NodePalette} (where the
 * colours of every picture of the map are kept), a shape and a ring. The canvas is
 * sent every type's style ({@link GraphCanvas}, property {@code typeStyles}) and the legend beside the
 * map is built from the same values.
 *
 * @param color a CSS colour ({@code #rrggbb})
 * @param shape a Cytoscape.js node shape
 * @param rank  the ring of a map too large for fcose ({@link GraphCanvas#LARGE_FOR_FORCE}), outermost highest
 */
record NodeStyle(String color, String shape, int rank) {

    /** The style of a node type. */
    static NodeStyle of(NodeType type) {
        String colour = NodePalette.colour(type);
        return switch (type) {
            case PERSON -> new NodeStyle(colour, "ellipse", 6);
            case ORGANISATION -> new NodeStyle(colour, "round-rectangle", 5);
            case INTERVENTION -> new NodeStyle(colour, "diamond", 4);
            case PROGRAMME -> new NodeStyle(colour, "hexagon", 3);
            case NEED -> new NodeStyle(colour, "triangle", 2);
            case BARRIER -> new NodeStyle(colour, "octagon", 1);
            case ENABLER -> new NodeStyle(colour, "star", 1);
            case EVIDENCE -> new NodeStyle(colour, "rectangle", 0);
            case FACTOR -> new NodeStyle(colour, "barrel", 7);
        };
    }

    /** Every type's style by the type's label (Person, Barrier ...), the key the canvas's nodes carry. */
    static Map<String, NodeStyle> byLabel() {
        Map<String, NodeStyle> styles = new LinkedHashMap<>();
        Arrays.stream(NodeType.values()).forEach(type -> styles.put(type.label(), of(type)));
        return styles;
    }
}
