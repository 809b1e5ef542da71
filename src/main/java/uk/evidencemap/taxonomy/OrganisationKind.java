package uk.evidencemap.taxonomy;

/** The kind of an organisation in a local evidence system. */
public enum OrganisationKind implements Coded {
    LOCAL_AUTHORITY("Council directorate"),
    FAMILY_HUB("Family hub"),
    NHS("NHS trust or service"),
    SCHOOL("School"),
    EARLY_YEARS("Early-years setting"),
    VOLUNTARY_COMMUNITY("Voluntary or community organisation"),
    POLICE("Police"),
    RESEARCH("Research school or university"),
    NATIONAL_BODY("National body"),
    OTHER("Other");

    private final String label;

    OrganisationKind(String label) {
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
