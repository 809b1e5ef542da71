package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.evidencemap.analysis.ElementaryCycles;
import uk.evidencemap.analysis.FeedbackLoop;
import uk.evidencemap.map.GraphDraft;
import uk.evidencemap.map.RelationshipType;

/**
 * How many feedback loops an import's influences form, for the import report: counted by the same
 * search and length bound as the analysis's Feedback loops tab ({@link ElementaryCycles}, at most
 * {@value FeedbackLoop#MAX_LENGTH} influences), so the two agree.
 */
final class ImportLoops {

    /** The count stops here; the report then says "at least". */
    static final int CAP = ImportReport.LOOPS_COUNTED;

    private ImportLoops() {}

    /**
     * @return the number of elementary directed cycles of at most {@value FeedbackLoop#MAX_LENGTH} INFLUENCES
     *     links (self-links and repeated links between the same two ends not counted), at most {@link #CAP}
     */
    static int count(List<GraphDraft.Link> links) {
        Map<String, Integer> place = new HashMap<>();
        List<Set<Integer>> successors = new ArrayList<>();
        for (GraphDraft.Link link : links) {
            if (link.type() == RelationshipType.INFLUENCES && !link.from().equals(link.to())) {
                int from = place.computeIfAbsent(link.from(), id -> add(successors));
                int to = place.computeIfAbsent(link.to(), id -> add(successors));
                successors.get(from).add(to);
            }
        }
        int[][] next = successors.stream()
                .map(s -> s.stream().mapToInt(Integer::intValue).toArray())
                .toArray(int[][]::new);
        int[] count = {0};
        ElementaryCycles.search(next, FeedbackLoop.MAX_LENGTH, cycle -> ++count[0] < CAP);
        return count[0];
    }

    private static int add(List<Set<Integer>> successors) {
        successors.add(new HashSet<>());
        return successors.size() - 1;
    }
}
