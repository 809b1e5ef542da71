package uk.evidencemap.map;

/**
 * The colour of each node type, the one place it is kept for every picture of a map: the map
 * page's canvas and legend ({@code map.ui.NodeStyle}) and the briefing's picture of the map. Dark
 * enough for white text and a contrast of at least 4.5:1 on white.
 */
public final class NodePalette {

    private NodePalette() {}

    /** @return the type's colour as CSS writes it, {@code #rrggbb} */
    public static String colour(NodeType type) {
        return switch (type) {
            case PERSON -> "#1f6fb2";
            case ORGANISATION -> "#5b4a9e";
            case INTERVENTION -> "#1d7d4f";
            case PROGRAMME -> "#0b5e5e";
            case NEED -> "#8a5a00";
            case BARRIER -> "#b3261e";
            case ENABLER -> "#2e7d32";
            case EVIDENCE -> "#555555";
            case FACTOR -> "#a23e72";
        };
    }
}
