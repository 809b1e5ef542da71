package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each figure of the analyses means, in plain English, written once and shown wherever the
 * figure is: on the analysis page's tabs, on the Help page and in docs/analyses.md "In plain
 * English" (ExplanationsTest holds the three to the same words). The definitions behind them are
 * those of docs/domain.md and docs/analyses.md.
 */
public final class Explanations {

    private Explanations() {}

    /** What the count on the Gaps tab counts. */
    public static final String GAPS_COUNT = "The count on the tab is the number of gaps found: each is one thing"
            + " that keeps proven support from reaching families, with the reason and a severity from 1 (minor) to 5"
            + " (critical). One need, intervention, barrier or organisation can be a gap of more than one kind.";

    /** What each kind of gap means. */
    public static final Map<GapKind, String> GAP_KINDS = kinds();

    private static Map<GapKind, String> kinds() {
        Map<GapKind, String> kinds = new LinkedHashMap<>();
        kinds.put(
                GapKind.UNMET_NEED,
                "a need that no intervention in delivery with strong evidence addresses; the suggestions name"
                        + " programmes with strong evidence for it.");
        kinds.put(
                GapKind.WEAK_EVIDENCE_DELIVERY,
                "an intervention in delivery without strong evidence, where a programme with strong evidence"
                        + " targets the same need.");
        kinds.put(GapKind.UNCHAMPIONED_INTERVENTION, "an intervention that nobody champions or leads.");
        kinds.put(GapKind.UNMITIGATED_BARRIER, "an open barrier that no enabler is tackling yet.");
        kinds.put(GapKind.UNCOMMISSIONED_INTERVENTION, "an intervention that no organisation commissions.");
        kinds.put(
                GapKind.OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP,
                "an organisation that commissions or delivers an intervention but is more than three"
                        + " relationships away from a local evidence leader.");
        return Map.copyOf(kinds);
    }

    /** The kinds of gap in the order of the list, each "Label: meaning". */
    public static List<String> gapKinds() {
        return Arrays.stream(GapKind.values())
                .map(k -> k.label() + ": " + GAP_KINDS.get(k))
                .toList();
    }

    /** What betweenness means for a person. */
    public static final String BETWEENNESS = "Betweenness says how much of the network runs through a person:"
            + " the share of the shortest links between any two people, organisations and interventions that pass"
            + " through them, from 0 (none) to 1 (all). A person with high betweenness is a broker: news, evidence and"
            + " introductions travel through them, and if they left, others would be further apart or cut off."
            + " 0.36 means about a third of those shortest links run through them.";

    /** What "organisations bridged" means. */
    public static final String ORGANISATIONS_BRIDGED = "Organisations bridged counts the different organisations a"
            + " person works for or whose people they work with: how many parts of the system they connect.";

    /** Why someone is a potential champion. */
    public static final String POTENTIAL_CHAMPION = "A potential champion champions and leads nothing yet, but"
            + " is already a broker: their betweenness is above zero and among the top quarter of the area's people,"
            + " or they bridge three or more organisations. Asking them to champion an intervention would use"
            + " connections they already have.";

    /** What a single point of failure is. */
    public static final String SINGLE_POINT_OF_FAILURE = "A single point of failure is something the system"
            + " depends on one person for. \"Only champion\": an intervention that only one person champions or leads,"
            + " so it loses its advocate if they move on. \"Only link\": a person whose absence would split the"
            + " network, cutting the people, organisations or interventions named off from the rest.";

    /**
     * What the count on the Champions tab counts, and that the list holds everyone.
     *
     * @param champions the people who champion or lead something (count)
     * @param people    every person listed (count)
     */
    public static String championsCount(long champions, long people) {
        return champions + " of the " + people + " people on the map champion or lead something (the count on the"
                + " tab); all " + people + " are listed, the most central first.";
    }

    /** The Champions tab's label: what the count counts, said in the label. */
    public static String championsTab(long champions, long people) {
        return "Champions: " + champions + " of " + people + " people";
    }

    /** What the count on the Blocked paths tab counts. */
    public static final String BLOCKED_PATHS_COUNT = "The count on the tab is the number of implementation"
            + " paths (commissioner, intervention, deliverer and the need it meets) on which something is held up by an"
            + " open barrier that no enabler tackles.";

    /** What the per-node figures of the Network tab mean, each "Name: meaning". */
    public static final List<String> NODE_FIGURES = List.of(
            "Degree: the share of everyone else on the map a node is directly related to (1 means related to all).",
            "Closeness: how few steps it takes to reach everyone else, so how fast news and evidence from this node"
                    + " can spread; lower for a node in a small separate part of the map.",
            "Eigenvector: being related to nodes that are themselves well related, influence through influential"
                    + " contacts; compared within the node's own part of the map.",
            "Betweenness: how often the node lies on the shortest route between two others, a broker whose absence"
                    + " would slow or cut the flow between them.",
            "2-step reach: how many others can be reached through at most one go-between.",
            "Community: the closely knit group the node belongs to (Leiden), numbered from 1, the largest.");

    /** What the figures of the whole network mean, each "Name: meaning". */
    public static final List<String> NETWORK_FIGURES = List.of(
            "Density: the share of all possible relationships between the people, organisations and interventions"
                    + " that exist, from 0 to 1; a dense network spreads news quickly but costs time to keep up.",
            "Separate parts (components): groups with no route at all between them; more than one means some"
                    + " people or services cannot hear from the others through the map.",
            "Diameter: the longest of the shortest routes in the largest part, in steps: how far apart the two most"
                    + " distant members are.",
            "Average shortest route (average path length): how many steps separate two members of the largest part"
                    + " on average; lower means evidence travels faster.",
            "Communities: how many closely knit groups (Leiden) the network falls into, and modularity (up to 1):"
                    + " how clearly it splits into them.");

    /** What the count on the Feedback loops tab counts. */
    public static final String LOOPS_COUNT = "The count on the tab is the number of feedback loops: chains of"
            + " influences that come back to where they started, each counted once however it is entered.";

    /** How many loops of each kind, in words. */
    public static String loopKinds(long reinforcing, long balancing, long undetermined) {
        return reinforcing + " reinforcing, " + balancing + " balancing, " + undetermined + " undetermined.";
    }

    /** Every explanation under its heading, in the order of the analysis page (Help and docs/analyses.md). */
    public static Map<String, List<String>> all() {
        Map<String, List<String>> all = new LinkedHashMap<>();
        List<String> gaps = new ArrayList<>(List.of(GAPS_COUNT));
        gaps.addAll(gapKinds());
        all.put("Gaps", List.copyOf(gaps));
        all.put(
                "Champions",
                List.of(
                        "The count on the tab is the number of people who champion or lead something; the list holds"
                                + " every person on the map, the most central first.",
                        BETWEENNESS,
                        ORGANISATIONS_BRIDGED,
                        POTENTIAL_CHAMPION,
                        SINGLE_POINT_OF_FAILURE));
        all.put("Blocked paths", List.of(BLOCKED_PATHS_COUNT));
        List<String> network = new ArrayList<>(NODE_FIGURES);
        network.addAll(NETWORK_FIGURES);
        all.put("Network", List.copyOf(network));
        all.put("Feedback loops", List.of(LOOPS_COUNT));
        return all;
    }
}
