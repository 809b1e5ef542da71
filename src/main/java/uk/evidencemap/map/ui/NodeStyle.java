package uk.evidencemap.map.ui;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import uk.evidencemap.map.NodeType;

/**
 * How nodes of one type are drawn: the one place the colours of the map are kept. The canvas is
 * sent every type's style ({@link GraphCanvas}, property {@code typeStyles}) and the legend beside the
 * map is built from the same values.
 *
 * @param color a CSS colour ({@code #rrggbb})
 * @param shape a Cytoscape.js node shape
 * @param rank  the ring of the "grouped by type" layout, outermost highest
 */
record NodeStyle(String color, String shape, int rank) {

    /** The style of a node type. */
    static NodeStyle of(NodeType type) {
        return switch (type) {
            case PERSON -> new NodeStyle("#1f6fb2", "ellipse", 6);
            case ORGANISATION -> new NodeStyle("#5b4a9e", "round-rectangle", 5);
            case INTERVENTION -> new NodeStyle("#1d7d4f", "diamond", 4);
            case PROGRAMME -> new NodeStyle("#0b5e5e", "hexagon", 3);
            case NEED -> new NodeStyle("#8a5a00", "triangle", 2);
            case BARRIER -> new NodeStyle("#b3261e", "octagon", 1);
            case ENABLER -> new NodeStyle("#2e7d32", "star", 1);
            case EVIDENCE -> new NodeStyle("#555555", "rectangle", 0);
            case FACTOR -> new NodeStyle("#a23e72", "barrel", 7);
        };
    }

    /** Every type's style by the type's label (Person, Barrier ...), the key the canvas's nodes carry. */
    static Map<String, NodeStyle> byLabel() {
        Map<String, NodeStyle> styles = new LinkedHashMap<>();
        Arrays.stream(NodeType.values()).forEach(type -> styles.put(type.label(), of(type)));
        return styles;
    }
}
