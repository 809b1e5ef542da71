package uk.evidencemap.taxonomy;

/**
 * The polarity of an influence between two things in the wider context (DOMAIN.md, "The wider
 * context"): whether a change in one tends to move the other the same way or the opposite way.
 * Kumu writes SAME as "++" or "--" and OPPOSITE as "+-" or "-+"; causal loop diagrams write "+"
 * and "-".
 */
public enum Polarity implements Coded {
    SAME("Same direction (+)", "+"),
    OPPOSITE("Opposite direction (−)", "−"),
    UNKNOWN("Not known (?)", "?");

    private final String label;
    private final String sign;

    Polarity(String label, String sign) {
        this.label = label;
        this.sign = sign;
    }

    @Override
    public String code() {
        return name();
    }

    @Override
    public String label() {
        return label;
    }

    /** The sign drawn on an influence arrow: "+", "−" (U+2212) or "?". */
    public String sign() {
        return sign;
    }
}
