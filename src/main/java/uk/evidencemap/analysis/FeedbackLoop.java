package uk.evidencemap.analysis;

import java.util.List;

/**
 * One feedback loop of the wider context: an elementary directed cycle of INFLUENCES relationships
 * (DOMAIN.md, "Feedback loops").
 *
 * @param kind          reinforcing (an even number of OPPOSITE links), balancing (odd), or
 *                      undetermined (a link of UNKNOWN polarity)
 * @param members       the nodes in the order the influence runs, starting from the one whose name
 *                      sorts first; the last influences the first
 * @param relationships the ids of the influences, in the same order: relationship i runs from member
 *                      i to member i+1 (the last back to the first)
 * @param barriers      the barriers on the loop
 * @param needs         the needs on the loop
 */
public record FeedbackLoop(
        Kind kind, List<Subject> members, List<String> relationships, List<Subject> barriers, List<Subject> needs) {

    /** The longest loop reported, in influences (the analysis and an import's report alike). */
    public static final int MAX_LENGTH = 12;

    public FeedbackLoop {
        members = List.copyOf(members);
        relationships = List.copyOf(relationships);
        barriers = List.copyOf(barriers);
        needs = List.copyOf(needs);
    }

    /** The number of influences around the loop (as many as its members). */
    public int length() {
        return members.size();
    }

    /** What a loop does: DOMAIN.md's classification by the polarities of its links. */
    public enum Kind {
        /** An even number of OPPOSITE links: a change goes round and grows (a virtuous or vicious circle). */
        REINFORCING("Reinforcing"),
        /** An odd number of OPPOSITE links: a change goes round and is pushed back (it steadies itself). */
        BALANCING("Balancing"),
        /** A link of unknown polarity: what the loop does cannot be said yet. */
        UNDETERMINED("Undetermined");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** An area's loops, and whether the search stopped at a cap. */
    public record Report(List<FeedbackLoop> loops, boolean capped, int maxLength, int maxLoops) {

        public Report {
            loops = List.copyOf(loops);
        }
    }
}
