package uk.evidencemap.exchange;

import java.util.List;
import org.jgrapht.alg.cycle.JohnsonSimpleCycles;
import org.jgrapht.graph.DefaultDirectedGraph;
import org.jgrapht.graph.DefaultEdge;
import uk.evidencemap.map.GraphDraft;
import uk.evidencemap.map.RelationshipType;

/** How many feedback loops an import's influences form, for the import report. */
final class ImportLoops {

    /** The count stops here; the report then says "at least". */
    static final int CAP = 1000;

    private ImportLoops() {}

    /**
     * The number of elementary directed cycles of INFLUENCES links (Johnson's algorithm, JGraphT),
     * counting at most {@link #CAP}.
     */
    static int count(List<GraphDraft.Link> links) {
        var graph = new DefaultDirectedGraph<String, DefaultEdge>(DefaultEdge.class);
        for (GraphDraft.Link link : links) {
            if (link.type() == RelationshipType.INFLUENCES) {
                graph.addVertex(link.from());
                graph.addVertex(link.to());
                graph.addEdge(link.from(), link.to());
            }
        }
        int[] count = {0};
        try {
            new JohnsonSimpleCycles<>(graph).findSimpleCycles(cycle -> {
                if (++count[0] >= CAP) {
                    throw new CapReached();
                }
            });
        } catch (CapReached reached) {
            return CAP;
        }
        return count[0];
    }

    private static final class CapReached extends RuntimeException {
        CapReached() {
            super(null, null, false, false);
        }
    }
}
