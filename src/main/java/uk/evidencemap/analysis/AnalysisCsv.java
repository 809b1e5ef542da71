package uk.evidencemap.analysis;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import uk.evidencemap.base.Csv;

/**
 * The analyses as CSV (RFC 4180, UTF-8), with the same figures as the UI and the API. A cell
 * that a spreadsheet would read as a formula (starting with =, +, - or @) is prefixed with an
 * apostrophe, so that text from the map can never run as a formula.
 */
public final class AnalysisCsv {

    private AnalysisCsv() {}

    public static String gaps(List<Gap> gaps) {
        StringBuilder csv = row(
                new StringBuilder(),
                "kind",
                "severity",
                "subject_id",
                "subject_type",
                "subject_name",
                "reason",
                "suggestions");
        for (Gap gap : gaps) {
            row(
                    csv,
                    gap.kind().name(),
                    String.valueOf(gap.severity()),
                    gap.subject().id(),
                    gap.subject().type(),
                    gap.subject().name(),
                    gap.reason(),
                    suggestions(gap.suggestions()));
        }
        return csv.toString();
    }

    public static String champions(ChampionReport report) {
        StringBuilder csv = row(
                new StringBuilder(),
                "person_id",
                "person_name",
                "role",
                "betweenness",
                "organisations_bridged",
                "champions",
                "potential");
        for (PersonCentrality p : report.people()) {
            row(
                    csv,
                    p.person().id(),
                    p.person().name(),
                    p.person().role(),
                    String.format(Locale.ROOT, "%.12f", p.betweenness()),
                    String.valueOf(p.organisationsBridged()),
                    p.champions().stream().map(Subject::name).collect(Collectors.joining("; ")),
                    String.valueOf(p.potential()));
        }
        return csv.toString();
    }

    public static String singlePointsOfFailure(ChampionReport report) {
        StringBuilder csv =
                row(new StringBuilder(), "kind", "subject_id", "subject_name", "person_id", "person_name", "reason");
        for (SinglePointOfFailure f : report.singlePointsOfFailure()) {
            row(
                    csv,
                    f.kind().name(),
                    f.subject().id(),
                    f.subject().name(),
                    f.person().id(),
                    f.person().name(),
                    f.reason());
        }
        return csv.toString();
    }

    public static String blockedPaths(List<BlockedPath> paths) {
        StringBuilder csv = row(
                new StringBuilder(),
                "commissioner",
                "intervention",
                "deliverer",
                "need",
                "blockers",
                "max_severity",
                "suggestions");
        for (BlockedPath p : paths) {
            row(
                    csv,
                    name(p.commissioner()),
                    name(p.intervention()),
                    name(p.deliverer()),
                    name(p.need()),
                    p.blockers().stream().map(Blocker::describe).collect(Collectors.joining("; ")),
                    String.valueOf(p.blockers().stream()
                            .mapToInt(Blocker::severity)
                            .max()
                            .orElse(0)),
                    String.join("; ", p.suggestionLines()));
        }
        return csv.toString();
    }

    private static String name(Subject subject) {
        return subject == null ? "" : subject.name();
    }

    private static String suggestions(List<Suggestion> suggestions) {
        return suggestions.stream().map(Suggestion::text).collect(Collectors.joining("; "));
    }

    private static StringBuilder row(StringBuilder csv, String... cells) {
        return Csv.row(csv, cells);
    }
}
