package uk.evidencemap.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import uk.evidencemap.area.Area;

/**
 * The briefing of one area for its directorate management team, in plain English: every text is
 * a label people read ("Staff capacity", "Local evidence leader"), never a code. The PDF and the
 * printable page are both written from one of these, so they say the same.
 *
 * @param preparedAt    when it was put together
 * @param figures       the headline figures of {@code comparison.Metric}, now and since the last snapshot
 * @param baseline      the snapshot the changes are counted from; null when the area has none yet
 * @param gapCount      the area's gaps (count); {@code topGaps} holds the five most severe
 * @param champions     the five people of highest betweenness, highest first
 * @param failures      single points of failure, at most {@link #MOST_FAILURES}; {@code failureCount} counts them all
 * @param blockedPaths  blocked paths, most severe blocker first, at most {@link #MOST_PATHS};
 *                      {@code blockedPathCount} counts them all
 * @param changes       what changed in the map since a chosen day
 * @param picture       the map drawn as a picture
 */
public record Briefing(
        Area area,
        Instant preparedAt,
        List<Figure> figures,
        Baseline baseline,
        int gapCount,
        List<GapLine> topGaps,
        List<ChampionLine> champions,
        int failureCount,
        List<String> failures,
        int blockedPathCount,
        List<PathLine> blockedPaths,
        Changes changes,
        Picture picture) {

    /** Gaps listed (count). */
    public static final int TOP_GAPS = 5;

    /** People listed as champions (count). */
    public static final int TOP_CHAMPIONS = 5;

    /** Single points of failure listed (count). */
    public static final int MOST_FAILURES = 10;

    /** Blocked paths listed (count). */
    public static final int MOST_PATHS = 10;

    /** Suggestions listed under one blocked path (count). */
    public static final int MOST_SUGGESTIONS = 5;

    /** Changes listed one by one (count). */
    public static final int MOST_CHANGES = 15;

    /** Without a chosen day, the changes of this many days are summarised. */
    public static final int DEFAULT_DAYS = 30;

    public Briefing {
        figures = List.copyOf(figures);
        topGaps = List.copyOf(topGaps);
        champions = List.copyOf(champions);
        failures = List.copyOf(failures);
        blockedPaths = List.copyOf(blockedPaths);
    }

    /** The first day whose changes are summarised when none is chosen: {@value #DEFAULT_DAYS} days before {@code now}'s day, UK time. */
    public static LocalDate defaultSince(Instant now) {
        return now.atZone(Words.UK).toLocalDate().minusDays(DEFAULT_DAYS);
    }

    /** "Prepared on 30 November 2026 at 14:05 (UK time) from the map as it is now. ..." */
    public String prepared() {
        return "Prepared on " + Words.DAY_AND_TIME.format(preparedAt) + " (UK time) from the map as it is now. The"
                + " findings are those of the area's Analysis page in Evidence Map.";
    }

    /** What the change of the figures is counted from, or why there is none. */
    public String figuresIntro() {
        if (baseline == null) {
            return "There is no snapshot of this area yet, so no change can be shown. Snapshots are taken on the"
                    + " first of each month.";
        }
        return "The change is counted since the area's last snapshot, taken on "
                + Words.DAY.format(baseline.takenAt().atZone(Words.UK))
                + (baseline.illustrative() ? " (made-up history of the demo, marked illustrative)." : ".");
    }

    /** How many gaps there are and which are listed. */
    public String gapsIntro() {
        if (topGaps.isEmpty()) {
            return "The analysis finds no gaps in this map.";
        }
        return "The map has " + Words.count(gapCount, "gap", "gaps")
                + (gapCount > topGaps.size() ? "; the " + topGaps.size() + " most severe" : "")
                + " (severity 1 = minor to 5 = critical):";
    }

    /** What the champions list shows. */
    public String championsIntro() {
        return champions.isEmpty()
                ? "The map has no people yet."
                : "The people through whom most of the network runs (betweenness, from 0 to 1), with what they"
                        + " champion or lead:";
    }

    /** What a single point of failure is, and how many are listed. */
    public String failuresIntro() {
        if (failures.isEmpty()) {
            return "None: no intervention rests on one champion, and no one person holds the network together.";
        }
        return "An intervention with only one champion, or a person without whom part of the network would be cut"
                + " off"
                + (failureCount > failures.size()
                        ? " (" + failures.size() + " of " + failureCount + "; the rest are on the Analysis page):"
                        : ":");
    }

    /** How many paths are blocked and which are listed. */
    public String pathsIntro() {
        if (blockedPaths.isEmpty()) {
            return "No implementation path is blocked by an open barrier that nothing mitigates.";
        }
        return Words.count(blockedPathCount, "path", "paths") + " from commissioner to intervention to deliverer"
                + " and need " + (blockedPathCount == 1 ? "is" : "are")
                + " blocked by an open barrier that no enabler mitigates"
                + (blockedPathCount > blockedPaths.size()
                        ? "; the " + blockedPaths.size() + " with the most severe barriers (the rest are on the"
                                + " Analysis page):"
                        : ":");
    }

    /** The heading of the changes: "What changed in the map since 31 October 2026". */
    public String changesHeading() {
        return Section.CHANGES.heading() + " since " + Words.DAY.format(changes.since());
    }

    /** How many changes of each kind there were, or that there were none. */
    public String changesIntro() {
        String since = Words.DAY.format(changes.since());
        if (changes.total() == 0) {
            return "Nothing changed in the map, and no one commented, since " + since + ".";
        }
        return (changes.capped() ? "At least " : "") + Words.count(changes.total(), "change", "changes") + " since "
                + since + (changes.capped() ? " (the newest " + changes.total() + " are counted)" : "") + ": "
                + String.join(
                        ", ",
                        changes.byKind().stream()
                                .map(c -> c.kind() + " " + c.count())
                                .toList())
                + ".";
    }

    /** Which changes are listed. */
    public String changesListed() {
        return changes.latest().size() < changes.total()
                ? "The newest " + changes.latest().size() + ", newest first (the Activity page has them all):"
                : "Newest first:";
    }

    /** The sections, in order, with the headings the PDF and the page give them. */
    public enum Section {
        FIGURES("Headline figures"),
        GAPS("The most severe gaps"),
        CHAMPIONS("Champions"),
        FAILURES("Single points of failure"),
        PATHS("Blocked implementation paths"),
        CHANGES("What changed in the map"),
        MAP("The map");

        private final String heading;

        Section(String heading) {
            this.heading = heading;
        }

        public String heading() {
            return heading;
        }
    }

    /**
     * One headline figure.
     *
     * @param value  as people read it: a whole number or a percentage
     * @param change since the baseline: "+2", "-5 pts" (percentage points for shares), "no change";
     *               null without a baseline
     * @param verdict "better" or "worse" where more is clearly one or the other and the figure moved; else ""
     */
    public record Figure(String label, String value, String change, String verdict) {

        /** The change with its verdict: "+2 (worse)", "no change". */
        public String changeInWords() {
            return change == null ? "" : change + (verdict.isEmpty() ? "" : " (" + verdict + ")");
        }
    }

    /** The snapshot changes are counted from: when it was taken, and whether it is made-up demo history. */
    public record Baseline(Instant takenAt, boolean illustrative) {}

    /**
     * One gap.
     *
     * @param severity 1 (minor) to 5 (critical)
     * @param kind     the kind's label ("Unmet need")
     * @param subject  the name of the node it is about, {@code subjectType} its type's label
     * @param reason   why, in the analysis's words
     */
    public record GapLine(int severity, String kind, String subject, String subjectType, String reason) {

        /** "Unmet need: Early language". */
        public String title() {
            return kind + ": " + subject;
        }

        /** "(Need), severity 4 of 5". */
        public String detail() {
            return "(" + subjectType + "), severity " + severity + " of 5";
        }
    }

    /**
     * One person by betweenness.
     *
     * @param role                 the role's label, or "" when the map gives none
     * @param betweenness          normalised 0-1 (docs/analyses.md)
     * @param inWords              the betweenness and what it means, in a sentence
     * @param organisationsBridged distinct organisations they work for or whose people they work with (count)
     * @param champions            the names of what they champion or lead
     * @param potential            champions and leads nothing, yet much runs through them
     */
    public record ChampionLine(
            String name,
            String role,
            double betweenness,
            String inWords,
            int organisationsBridged,
            List<String> champions,
            boolean potential) {

        public ChampionLine {
            champions = List.copyOf(champions);
        }

        /** What they champion or lead and how many organisations they bridge, in sentences. */
        public String work() {
            return (champions.isEmpty()
                            ? "Champions or leads nothing yet" + (potential ? ": a potential champion." : ".")
                            : "Champions or leads: " + String.join(", ", champions) + ".")
                    + " Bridges " + Words.count(organisationsBridged, "organisation", "organisations")
                    + " (works for them or with their people).";
        }
    }

    /**
     * One blocked path; a part the map does not have is null.
     *
     * @param blockers        each blocking barrier with its category label, severity and where it blocks
     * @param suggestions     at most {@link #MOST_SUGGESTIONS} for each barrier, in the analysis's words, barrier by barrier ("For
     *                        'Grant ends' (Funding): ..."; "... : No suggestion yet" for a barrier without one)
     * @param moreSuggestions how many more there are (count)
     */
    public record PathLine(
            String intervention,
            String commissioner,
            String deliverer,
            String need,
            List<String> blockers,
            List<String> suggestions,
            int moreSuggestions) {

        public PathLine {
            blockers = List.copyOf(blockers);
            suggestions = List.copyOf(suggestions);
        }

        /** "Commissioned by North Council; delivered by Family Hub; for the need Early language." */
        public String parts() {
            return (commissioner == null ? "No commissioner on the map" : "Commissioned by " + commissioner) + "; "
                    + (deliverer == null ? "no deliverer on the map" : "delivered by " + deliverer) + "; "
                    + (need == null ? "no need named" : "for the need " + need) + ".";
        }

        /** "Blocked by 'Short-term grant' (Funding, severity 4 of 5) at 'Talk groups'." */
        public String blockedBy() {
            return "Blocked by " + String.join("; ", blockers) + ".";
        }

        /** Why there are no suggestions, or how many more there are; "" when all are listed. */
        public String suggestionsNote() {
            if (suggestions.isEmpty()) {
                return "No suggestion yet: no enabler in this or any other area mitigates a barrier of the same"
                        + " category or CFIR construct.";
            }
            return moreSuggestions > 0 ? "And " + moreSuggestions + " more on the Analysis page." : "";
        }
    }

    /**
     * What changed in the map (and its comments) since the start of a day, UK time.
     *
     * @param total  changes counted (at most {@code HistoryService.PAGE}, 1000: {@code capped} says it was reached)
     * @param byKind the counts of each kind of change there was, in a fixed order
     * @param latest the newest {@link #MOST_CHANGES}, newest first
     */
    public record Changes(LocalDate since, int total, boolean capped, List<Count> byKind, List<ChangeLine> latest) {

        public Changes {
            byKind = List.copyOf(byKind);
            latest = List.copyOf(latest);
        }
    }

    /** How many changes of one kind ("Nodes added"). */
    public record Count(String kind, int count) {}

    /** One change: when, who (a username) and what, in the activity page's words. */
    public record ChangeLine(Instant at, String who, String what) {

        /** "30 Nov 2026 14:05", UK time. */
        public String when() {
            return Words.WHEN.format(at);
        }
    }

    /**
     * The map drawn as a PNG.
     *
     * @param png      the picture's bytes
     * @param width    in pixels
     * @param height   in pixels
     * @param nodes    nodes drawn (count)
     * @param named    nodes drawn with their name (count): all of a small map, the most connected of a large one
     * @param placed   nodes drawn where people placed them on the map page (count); the others are laid out
     * @param types    the type labels of the legend, those the map has
     */
    public record Picture(byte[] png, int width, int height, int nodes, int named, int placed, List<String> types) {

        public Picture {
            types = List.copyOf(types);
        }

        /** What the picture shows, in words: how many nodes, where they stand, the colours and the names. */
        public String caption() {
            if (nodes == 0) {
                return "The map has no nodes yet.";
            }
            String where = placed == nodes
                    ? "each where people placed it on the map page"
                    : placed == 0
                            ? "laid out automatically (no one has placed nodes on the map page yet)"
                            : placed + " where people placed them on the map page, the others laid out around them";
            return Words.count(nodes, "node", "nodes") + ", " + where + ". Colours show the type of each node: "
                    + String.join(", ", types) + ". "
                    + (named < nodes
                            ? "The names of the " + named + " most connected nodes are shown"
                            : "Names are shown")
                    + ", cut to " + MapPicture.NAME_CHARACTERS + " characters.";
        }

        /** The picture's text alternative. */
        public String alt(String areaName) {
            return "The map of " + areaName + ": " + Words.count(nodes, "node", "nodes") + " coloured by type, and"
                    + " their relationships";
        }
    }
}
