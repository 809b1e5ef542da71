package uk.evidencemap.area;

import java.util.Collection;
import java.util.function.Predicate;

/**
 * The size of an area's map, counted by one rule wherever a size is shown (the areas page, the
 * comparison, the map page, the table view and the analyses): <b>nodes</b> are the area's own
 * nodes (everything that belongs to the area); the shared <b>catalogue programmes</b> its
 * relationships reach are counted apart, because they belong to every area; <b>relationships</b>
 * are the area's relationships, those that touch a catalogue programme included.
 *
 * @param nodes         the area's own nodes (count, catalogue programmes not included)
 * @param programmes    the distinct catalogue programmes the area's relationships reach (count)
 * @param relationships the area's relationships (count)
 */
public record MapSize(long nodes, long programmes, long relationships) {

    public MapSize {
        if (nodes < 0 || programmes < 0 || relationships < 0) {
            throw new IllegalArgumentException("A size cannot be negative");
        }
    }

    /**
     * Counts a map held in memory by the rule above.
     *
     * @param nodes        every node of the map, the catalogue programmes it reaches included, each once
     * @param isProgramme  whether a node is a shared catalogue programme
     * @param relationships the map's relationships (count)
     */
    public static <T> MapSize of(Collection<T> nodes, Predicate<T> isProgramme, long relationships) {
        long programmes = nodes.stream().filter(isProgramme).count();
        return new MapSize(nodes.size() - programmes, programmes, relationships);
    }

    /** All nodes a picture of the map holds: the area's own and the catalogue programmes it reaches. */
    public long nodesWithProgrammes() {
        return nodes + programmes;
    }

    /** "61 nodes, plus 11 catalogue programmes" (the programmes left out when there are none). */
    public String describeNodes() {
        return count(nodes, "node", "nodes")
                + (programmes == 0 ? "" : ", plus " + count(programmes, "catalogue programme", "catalogue programmes"));
    }

    /** "61 nodes, plus 11 catalogue programmes, and 120 relationships"; "4 nodes and 3 relationships". */
    public String describe() {
        return describeNodes()
                + (programmes == 0 ? " and " : ", and ")
                + count(relationships, "relationship", "relationships");
    }

    private static String count(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
