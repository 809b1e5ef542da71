package uk.evidencemap.taxonomy;

import java.util.List;

/** Seed groups for enablers, each mapped onto the CFIR 2.0 constructs it typically means. */
public enum EnablerCategory implements Coded {
    EVIDENCE_RESOURCES("Evidence resources", "Resources to find, review and apply research evidence", List.of("C11")),
    RESEARCH_CHAMPIONS(
            "Research champions",
            "People who raise awareness and guide others to the best evidence",
            List.of("D3", "D4")),
    EVIDENCE_LEADERSHIP(
            "Evidence leadership", "Leadership that models and promotes evidence use", List.of("D1", "D2", "C4d")),
    FUNDING_AND_CAPACITY("Funding and capacity", "Money, time or staff made available", List.of("C10", "C10a")),
    PARTNERSHIP("Partnership", "Relationships across organisations (e.g. a research school)", List.of("B4", "C2")),
    WORKFORCE_DEVELOPMENT("Workforce development", "Training, supervision, coaching", List.of("D11", "C11")),
    FAMILY_VOICE("Family voice", "Parents involved in design and delivery", List.of("E6b", "C4b")),
    OTHER("Other", "Anything else", List.of());

    private final String label;
    private final String meaning;
    private final List<String> typicalConstructs;

    EnablerCategory(String label, String meaning, List<String> typicalConstructs) {
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
