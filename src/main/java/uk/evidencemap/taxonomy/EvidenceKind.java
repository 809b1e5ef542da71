package uk.evidencemap.taxonomy;

/** Kinds of evidence. Not a hierarchy: different questions need different kinds. */
public enum EvidenceKind implements Coded {
    SYSTEMATIC_REVIEW("Systematic review"),
    RCT("Randomised controlled trial"),
    QUASI_EXPERIMENTAL("Quasi-experimental study"),
    OBSERVATIONAL("Observational study"),
    CASE_STUDY("Case study"),
    EXPERT_OPINION("Expert opinion"),
    LOCAL_DATA("Local data"),
    USER_VOICE("User voice"),
    PRACTITIONER_KNOWLEDGE("Practitioner knowledge");

    private final String label;

    EvidenceKind(String label) {
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
