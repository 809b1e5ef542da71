package uk.evidencemap.taxonomy;

/** The role a person plays in a local evidence system. */
public enum PersonRole implements Coded {
    LOCAL_EVIDENCE_LEADER("Local evidence leader"),
    COMMISSIONER("Commissioner"),
    DMT_MEMBER("Directorate management team member"),
    SERVICE_MANAGER("Service manager"),
    PRACTITIONER("Practitioner"),
    PARENT_REPRESENTATIVE("Parent representative"),
    RESEARCHER("Researcher"),
    OTHER("Other");

    private final String label;

    PersonRole(String label) {
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
