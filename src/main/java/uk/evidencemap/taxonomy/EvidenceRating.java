package uk.evidencemap.taxonomy;

import java.util.OptionalInt;

/**
 * The Foundations (formerly EIF) Guidebook strength-of-evidence scale. Level 3 and above:
 * at least one rigorous evaluation showing impact; level 2: preliminary evidence; NL2: not
 * yet level 2; NE: evidence of no effect or harm in the Guidebook's sense.
 */
public enum EvidenceRating implements Coded {
    LEVEL_4_PLUS("4+", "Level 4+", 8),
    LEVEL_4("4", "Level 4", 7),
    LEVEL_3_PLUS("3+", "Level 3+", 6),
    LEVEL_3("3", "Level 3", 5),
    LEVEL_2_PLUS("2+", "Level 2+", 4),
    LEVEL_2("2", "Level 2", 3),
    NL2("NL2", "Not yet level 2", 2),
    NE("NE", "Evidence of no effect", 1),
    UNRATED("UNRATED", "Unrated", 0);

    private final String code;
    private final String label;
    private final int rank;

    EvidenceRating(String code, String label, int rank) {
        this.code = code;
        this.label = label;
        this.rank = rank;
    }

    @Override
    public String code() {
        return code;
    }

    @Override
    public String label() {
        return label;
    }

    /** Order on the scale: higher is stronger; NE and UNRATED rank below every level. */
    public int rank() {
        return rank;
    }

    /** The numeric level (2, 3 or 4) for rated levels, empty for NL2, NE and unrated. */
    public OptionalInt level() {
        return switch (this) {
            case LEVEL_4_PLUS, LEVEL_4 -> OptionalInt.of(4);
            case LEVEL_3_PLUS, LEVEL_3 -> OptionalInt.of(3);
            case LEVEL_2_PLUS, LEVEL_2 -> OptionalInt.of(2);
            default -> OptionalInt.empty();
        };
    }

    /** Whether this rating is at least {@code threshold} (e.g. "strong evidence" is at least 3). */
    public boolean atLeast(EvidenceRating threshold) {
        return rank >= threshold.rank && level().isPresent();
    }
}
