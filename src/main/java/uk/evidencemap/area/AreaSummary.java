package uk.evidencemap.area;

/**
 * An area with the size of its map, as listed on the start page and by GET /api/areas, counted by
 * the rule of {@link MapSize}.
 *
 * @param nodeCount         the area's own nodes (catalogue programmes not included)
 * @param programmeCount    the distinct catalogue programmes the area's relationships reach
 * @param relationshipCount the area's relationships, those to catalogue programmes included
 */
public record AreaSummary(
        String id,
        String name,
        String onsCode,
        String region,
        long nodeCount,
        long programmeCount,
        long relationshipCount) {

    /** The size by the one rule of {@link MapSize}. */
    public MapSize size() {
        return new MapSize(nodeCount, programmeCount, relationshipCount);
    }
}
