package uk.evidencemap.map;

import java.util.List;

/**
 * The colour of each node type, the one place it is kept for every picture of a map: the map
 * page's canvas and legend ({@code map.ui.NodeStyle}) and the briefing's picture of the map; and
 * the colours of "colour by community". Chosen for people with colour-vision deficiency (decision
 * 021): Okabe-Ito and Paul Tol colours, every two type colours at least 12 CIE76 units apart under
 * simulated protanopia, deuteranopia and tritanopia (Machado et al. 2009, severity 1), each with a
 * contrast of at least 3:1 on white (WCAG 2.2 1.4.11, non-text contrast). Labels are drawn in dark
 * text on white beside the shapes, never on these colours; each type also keeps its own shape.
 */
public final class NodePalette {

    private NodePalette() {}

    /**
     * The colours of communities 1 to 9 (Paul Tol's "muted" scheme, made for colour-blind readers):
     * community 10 and beyond share {@link #OTHER_COMMUNITIES}.
     */
    public static final List<String> COMMUNITIES =
            List.of("#CC6677", "#332288", "#DDCC77", "#117733", "#88CCEE", "#882255", "#44AA99", "#999933", "#AA4499");

    /** The colour of communities after the ninth (Tol's "pale grey"). */
    public static final String OTHER_COMMUNITIES = "#DDDDDD";

    /** The colour of a node that has no community (not in the network of people, organisations and interventions). */
    public static final String NO_COMMUNITY = "#FFFFFF";

    /** @return the type's colour as CSS writes it, {@code #rrggbb} */
    public static String colour(NodeType type) {
        return switch (type) {
            case PERSON -> "#0072B2"; // Okabe-Ito blue
            case ORGANISATION -> "#999933"; // Tol olive
            case INTERVENTION -> "#009E73"; // Okabe-Ito bluish green
            case PROGRAMME -> "#117733"; // Tol green
            case NEED -> "#332288"; // Tol indigo
            case BARRIER -> "#D55E00"; // Okabe-Ito vermillion
            case ENABLER -> "#CC79A7"; // Okabe-Ito reddish purple
            case EVIDENCE -> "#555555"; // grey
            case FACTOR -> "#663333"; // Tol dark red
        };
    }

    /**
     * @param community a community's number, from 1 (the largest)
     * @return its colour as CSS writes it: {@link #COMMUNITIES} for 1 to 9, {@link #OTHER_COMMUNITIES} beyond
     */
    public static String community(int community) {
        return community >= 1 && community <= COMMUNITIES.size() ? COMMUNITIES.get(community - 1) : OTHER_COMMUNITIES;
    }
}
