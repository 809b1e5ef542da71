package uk.evidencemap.taxonomy;

/**
 * Implementation stages, in order. An intervention is "in delivery" at initial
 * implementation or later, and not stopped.
 */
public enum ImplementationStage implements Coded {
    EXPLORATION("Exploration", false),
    INSTALLATION("Installation", false),
    INITIAL_IMPLEMENTATION("Initial implementation", true),
    FULL_IMPLEMENTATION("Full implementation", true),
    SUSTAINMENT("Sustainment", true),
    STOPPED("Stopped", false);

    private final String label;
    private final boolean inDelivery;

    ImplementationStage(String label, boolean inDelivery) {
        this.label = label;
        this.inDelivery = inDelivery;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public boolean inDelivery() {
        return inDelivery;
    }
}
