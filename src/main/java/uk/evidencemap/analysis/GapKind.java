package uk.evidencemap.analysis;

/** The six kinds of gap of docs/domain.md. */
public enum GapKind {
    UNMET_NEED("Unmet need"),
    WEAK_EVIDENCE_DELIVERY("Weak-evidence delivery"),
    UNCHAMPIONED_INTERVENTION("Unchampioned intervention"),
    UNMITIGATED_BARRIER("Unmitigated barrier"),
    UNCOMMISSIONED_INTERVENTION("Uncommissioned intervention"),
    OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP("Out of reach of evidence leadership");

    private final String label;

    GapKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
