package uk.evidencemap.area;

/**
 * An area to create. {@code id} is optional: when absent a slug is made from the name.
 */
public record AreaDraft(String id, String name, String onsCode, String region) {}
