package uk.evidencemap.taxonomy;

/** Whether a barrier still obstructs implementation. */
public enum BarrierStatus implements Coded {
    OPEN("Open"),
    MITIGATED("Mitigated"),
    RESOLVED("Resolved");

    private final String label;

    BarrierStatus(String label) {
        this.label = label;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }
}
