package uk.evidencemap.briefing;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.PersonRole;

/** The briefing's plain English: labels instead of codes, shares in words, dates as people write them. */
final class Words {

    /** Days and times are those of the UK, where the councils are. */
    static final ZoneId UK = ZoneId.of("Europe/London");

    /** "30 November 2026". */
    static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    /** "30 Nov 2026 14:05", in UK time. */
    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm", Locale.UK).withZone(UK);

    /** "30 November 2026 at 14:05", in UK time. */
    static final DateTimeFormatter DAY_AND_TIME =
            DateTimeFormatter.ofPattern("d MMMM yyyy 'at' HH:mm", Locale.UK).withZone(UK);

    private record Fraction(double value, String words) {}

    private static final List<Fraction> FRACTIONS = List.of(
            new Fraction(1.0 / 6, "a sixth"),
            new Fraction(1.0 / 5, "a fifth"),
            new Fraction(1.0 / 4, "a quarter"),
            new Fraction(1.0 / 3, "a third"),
            new Fraction(2.0 / 5, "two fifths"),
            new Fraction(1.0 / 2, "half"),
            new Fraction(3.0 / 5, "three fifths"),
            new Fraction(2.0 / 3, "two thirds"),
            new Fraction(3.0 / 4, "three quarters"),
            new Fraction(4.0 / 5, "four fifths"),
            new Fraction(9.0 / 10, "nine in ten"));

    private Words() {}

    /**
     * A share 0-1 in words: "none", "about one in 12" (under 15%), "fewer than one in 50",
     * "about a third" (the nearest of sixths, fifths, quarters, thirds and halves), "nearly all"
     * (95% or more) and "all".
     */
    static String share(double share) {
        if (share <= 0) {
            return "none";
        }
        if (share >= 1 - 1e-9) {
            return "all";
        }
        if (share >= 0.95) {
            return "nearly all";
        }
        if (share < 0.02) {
            return "fewer than one in 50";
        }
        if (share < 0.15) {
            return "about one in " + Math.round(1 / share);
        }
        Fraction nearest = FRACTIONS.getFirst();
        for (Fraction f : FRACTIONS) {
            if (Math.abs(f.value() - share) < Math.abs(nearest.value() - share)) {
                nearest = f;
            }
        }
        return "about " + nearest.words();
    }

    /**
     * What a betweenness means, in a sentence: "Betweenness 0.36: about a third of the shortest
     * links between people, organisations and interventions run through them."
     *
     * @param betweenness normalised 0-1, as the analysis gives it (docs/analyses.md)
     */
    static String betweenness(double betweenness) {
        return "Betweenness " + String.format(Locale.ROOT, "%.2f", betweenness) + ": " + share(betweenness)
                + " of the shortest links between people, organisations and interventions run through them.";
    }

    /** A role's label ("Local evidence leader"), or "" for none. */
    static String role(String code) {
        return Coded.byCode(PersonRole.class, code).map(PersonRole::label).orElse(code == null ? "" : code);
    }

    /** A barrier category's label ("Staff capacity"); a barrier without one counts as Other. */
    static String category(String code) {
        if (code == null) {
            return BarrierCategory.OTHER.label();
        }
        return Coded.byCode(BarrierCategory.class, code)
                .map(BarrierCategory::label)
                .orElse(code);
    }

    /** The name of a kind of change when counting them: "Nodes added". */
    static String changes(ChangeAction action) {
        return switch (action) {
            case NODE_CREATED -> "Nodes added";
            case NODE_UPDATED -> "Nodes changed";
            case NODE_DELETED -> "Nodes deleted";
            case RELATIONSHIP_CREATED -> "Connections made";
            case RELATIONSHIP_DELETED -> "Connections removed";
            case MAP_IMPORTED -> "Imports from files";
            case COMMENT_ADDED -> "Comments";
        };
    }

    /** "1 gap", "3 gaps". */
    static String count(int n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }
}
