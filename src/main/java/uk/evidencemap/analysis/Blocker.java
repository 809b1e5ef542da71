package uk.evidencemap.analysis;

/**
 * An open, unmitigated barrier on a path, and the node on the path it blocks.
 *
 * @param category      the barrier's category code (DOMAIN.md), or null when it has none
 * @param severity      1 (minor) to 5 (critical); 3 when not set
 * @param categoryLabel the category as people read it ("Staff capacity"); Other when it has none
 * @param cfirConstruct the CFIR 2.0 construct code it is tagged with, or null
 */
public record Blocker(
        Subject barrier, Subject at, String category, int severity, String categoryLabel, String cfirConstruct) {

    /** A blocker of a category and no CFIR construct. */
    public Blocker(Subject barrier, Subject at, String category, int severity) {
        this(barrier, at, category, severity, AreaIndex.categoryLabel(category), null);
    }

    /** "Grant ends (Funding, severity 4) at Talk groups": the category by its label, never its code. */
    public String describe() {
        return barrier.name() + " (" + categoryLabel + ", severity " + severity + ") at " + at.name();
    }
}
