package uk.evidencemap.taxonomy;

import java.util.List;

/**
 * Seed groups for barriers, each mapped onto the CFIR 2.0 constructs it typically means,
 * so that a tag means the same thing in every area.
 */
public enum BarrierCategory implements Coded {
    FUNDING("Funding", "Insufficient or insecure funding", List.of("C10a", "B6")),
    STAFF_CAPACITY("Staff capacity", "Lack of time and staff capacity", List.of("C10", "C1c")),
    CULTURE_AND_LEADERSHIP(
            "Culture and leadership", "Evidence use not embedded in culture or leadership", List.of("C4d", "D1")),
    LOCAL_IMPLEMENTATION(
            "Local implementation", "Local implementation problems: recruitment, retention, fit", List.of("C6", "E5")),
    PARENT_ENGAGEMENT("Parent engagement", "Families not reached or not engaged", List.of("D9", "E6b")),
    POLICY_AND_COMMISSIONING(
            "Policy and commissioning",
            "National or local policy, commissioning cycles, procurement",
            List.of("B5", "B4")),
    OTHER("Other", "Anything else (name the CFIR construct)", List.of());

    private final String label;
    private final String meaning;
    private final List<String> typicalConstructs;

    BarrierCategory(String label, String meaning, List<String> typicalConstructs) {
        this.label = label;
        this.meaning = meaning;
        this.typicalConstructs = typicalConstructs;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    public String meaning() {
        return meaning;
    }

    /** Codes of the CFIR 2.0 constructs this category typically maps to (see {@link Cfir}). */
    public List<String> typicalConstructs() {
        return typicalConstructs;
    }
}
