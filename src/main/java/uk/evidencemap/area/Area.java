package uk.evidencemap.area;

/**
 * A local authority's evidence system: one map.
 *
 * @param id      a slug such as {@code york}, used in addresses and the API
 * @param onsCode the ONS code of the local authority, e.g. E06000014 for York
 */
public record Area(String id, String name, String onsCode, String region) {}
