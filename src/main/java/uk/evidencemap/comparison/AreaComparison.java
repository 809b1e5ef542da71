package uk.evidencemap.comparison;

/** One area's row in a comparison. */
public record AreaComparison(AreaRef area, AreaMetrics metrics) {

    public record AreaRef(String id, String name) {}
}
