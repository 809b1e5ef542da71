package uk.evidencemap.area;

/** An area with the size of its map, as listed on the start page and by GET /api/areas. */
public record AreaSummary(
        String id, String name, String onsCode, String region, long nodeCount, long relationshipCount) {}
