package uk.evidencemap.area;

/**
 * Published after anything in an area's map or settings changes; {@code areaId} null means a
 * change that can affect every area (the shared programme catalogue).
 */
public record AreaChanged(String areaId) {

    public static AreaChanged everyArea() {
        return new AreaChanged(null);
    }
}
