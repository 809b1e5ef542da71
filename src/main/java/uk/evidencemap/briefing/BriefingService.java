package uk.evidencemap.briefing;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.BlockedPath;
import uk.evidencemap.analysis.Blocker;
import uk.evidencemap.analysis.ChampionReport;
import uk.evidencemap.analysis.Gap;
import uk.evidencemap.analysis.PersonCentrality;
import uk.evidencemap.analysis.SinglePointOfFailure;
import uk.evidencemap.analysis.Subject;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.comparison.AreaMetrics;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.comparison.Metric;
import uk.evidencemap.comparison.Snapshot;
import uk.evidencemap.comparison.SnapshotService;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodePlacesService;

/**
 * The briefing of an area for its directorate management team ({@link Briefing}), put together
 * from what the other features already know: the comparison's figures and the area's latest
 * snapshot, the cached analyses, the change log and the map with the places people gave its
 * nodes. It reads only, through their services, so their access rules apply too.
 */
@Service
@Transactional(readOnly = true)
public class BriefingService {

    /** The headline figures, in the order of docs/domain.md's comparison. */
    static final List<Metric> FIGURES = List.of(
            Metric.INTERVENTIONS_IN_DELIVERY,
            Metric.WITH_STRONG_EVIDENCE,
            Metric.STRONG_EVIDENCE_SHARE,
            Metric.UNMET_NEEDS,
            Metric.OPEN_BARRIERS,
            Metric.UNMITIGATED_BARRIERS,
            Metric.CHAMPION_COVERAGE,
            Metric.BLOCKED_PATHS,
            Metric.NODES,
            Metric.RELATIONSHIPS);

    private final AreaService areas;
    private final AnalysisService analyses;
    private final ComparisonService comparison;
    private final SnapshotService snapshots;
    private final HistoryService history;
    private final MapService map;
    private final NodePlacesService places;

    BriefingService(
            AreaService areas,
            AnalysisService analyses,
            ComparisonService comparison,
            SnapshotService snapshots,
            HistoryService history,
            MapService map,
            NodePlacesService places) {
        this.areas = areas;
        this.analyses = analyses;
        this.comparison = comparison;
        this.snapshots = snapshots;
        this.history = history;
        this.map = map;
        this.places = places;
    }

    /**
     * The briefing of an area as it is now.
     *
     * @param since the first day (UK time) whose changes are summarised; null for
     *              {@value Briefing#DEFAULT_DAYS} days before today
     * @return the briefing, with the map drawn as a PNG
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public Briefing briefing(String areaId, LocalDate since) {
        Area area = areas.require(areaId);
        LocalDate from = since == null ? Briefing.defaultSince(Instant.now()) : since;
        AreaMetrics now = comparison.compare(List.of(areaId)).getFirst().metrics();
        List<Snapshot> taken = snapshots.list(List.of(areaId));
        Snapshot last = taken.isEmpty() ? null : taken.getLast();
        AnalysisService.Results results = analyses.results(areaId);
        List<BlockedPath> paths = analyses.blockedPaths(areaId);
        ChampionReport champions = results.champions();
        return new Briefing(
                area,
                Instant.now(),
                figures(now, last == null ? null : last.metrics()),
                last == null ? null : new Briefing.Baseline(last.takenAt(), last.illustrative()),
                results.gaps().size(),
                results.gaps().stream()
                        .limit(Briefing.TOP_GAPS)
                        .map(BriefingService::gap)
                        .toList(),
                champions.people().stream()
                        .limit(Briefing.TOP_CHAMPIONS)
                        .map(BriefingService::champion)
                        .toList(),
                champions.singlePointsOfFailure().size(),
                champions.singlePointsOfFailure().stream()
                        .limit(Briefing.MOST_FAILURES)
                        .map(SinglePointOfFailure::reason)
                        .toList(),
                paths.size(),
                paths.stream()
                        .limit(Briefing.MOST_PATHS)
                        .map(BriefingService::path)
                        .toList(),
                changes(areaId, from),
                MapPicture.draw(map.graph(areaId), places.positions(areaId)));
    }

    /**
     * The briefing as a PDF (OpenPDF; decision 020): the sections of {@link Briefing.Section} on
     * A4, the picture of the map on a landscape page of its own.
     *
     * @param since as for {@link #briefing}
     * @return the file, named "&lt;area id&gt;-briefing-&lt;yyyy-MM-dd&gt;.pdf"
     * @throws NotFoundException if there is no such area
     * @throws AccessDeniedException if the current user may not read the area
     */
    @PreAuthorize("@access.canRead(#areaId)")
    public BriefingFile pdf(String areaId, LocalDate since) {
        Briefing briefing = briefing(areaId, since);
        return new BriefingFile(
                briefing.area().id() + "-briefing-"
                        + briefing.preparedAt().atZone(Words.UK).toLocalDate() + ".pdf",
                BriefingPdf.write(briefing));
    }

    /** Each headline figure now, and its change since the baseline's (null: no baseline). */
    static List<Briefing.Figure> figures(AreaMetrics now, AreaMetrics before) {
        List<Briefing.Figure> figures = new ArrayList<>();
        for (Metric metric : FIGURES) {
            Double after = metric.of(now);
            String change = null;
            String verdict = "";
            if (before != null) {
                Double earlier = metric.of(before);
                change = metric.formatChange(earlier, after);
                if (change.matches("[+-]0(\\.0+)?( pts)?")) {
                    change = "no change";
                } else if (earlier != null && after != null && metric.better() != Metric.Better.NEITHER) {
                    boolean up = after > earlier;
                    verdict = up == (metric.better() == Metric.Better.HIGHER) ? "better" : "worse";
                }
            }
            figures.add(new Briefing.Figure(metric.label(), metric.format(after), change, verdict));
        }
        return figures;
    }

    private static Briefing.GapLine gap(Gap gap) {
        return new Briefing.GapLine(
                gap.severity(),
                gap.kind().label(),
                gap.subject().name(),
                gap.subject().type(),
                gap.reason());
    }

    private static Briefing.ChampionLine champion(PersonCentrality person) {
        return new Briefing.ChampionLine(
                person.person().name(),
                Words.role(person.person().role()),
                person.betweenness(),
                Words.betweenness(person.betweenness()),
                person.organisationsBridged(),
                person.champions().stream().map(Subject::name).toList(),
                person.potential());
    }

    private static Briefing.PathLine path(BlockedPath path) {
        List<String> blockers = path.blockers().stream()
                .map((Blocker b) -> "'" + b.barrier().name() + "' (" + Words.category(b.category()) + ", severity "
                        + b.severity() + " of 5) at '" + b.at().name() + "'")
                .toList();
        // each barrier keeps its first lines, so that a second barrier is never crowded out by the first
        List<String> shown = new ArrayList<>();
        int more = 0;
        for (BlockedPath one : perBarrier(path)) {
            List<String> lines = one.suggestionLines();
            shown.addAll(lines.subList(0, Math.min(lines.size(), Briefing.MOST_SUGGESTIONS)));
            more += Math.max(0, lines.size() - Briefing.MOST_SUGGESTIONS);
        }
        return new Briefing.PathLine(
                path.intervention().name(),
                name(path.commissioner()),
                name(path.deliverer()),
                name(path.need()),
                blockers,
                shown,
                more);
    }

    /** The path once per blocking barrier, each with only that barrier's help. */
    private static List<BlockedPath> perBarrier(BlockedPath path) {
        return path.help().stream()
                .map(h -> new BlockedPath(
                        path.commissioner(),
                        path.intervention(),
                        path.deliverer(),
                        path.need(),
                        path.blockers(),
                        h.suggestions(),
                        List.of(h)))
                .toList();
    }

    private static String name(Subject subject) {
        return subject == null ? null : subject.name();
    }

    /** The area's changes since the start of {@code since} (UK time), counted by kind, the newest listed. */
    private Briefing.Changes changes(String areaId, LocalDate since) {
        Instant from = since.atStartOfDay(Words.UK).toInstant();
        List<Change> changes =
                history.feed(areaId, new HistoryService.FeedFilter(null, null, null, from, null, HistoryService.PAGE));
        Map<ChangeAction, Integer> counts = new EnumMap<>(ChangeAction.class);
        changes.forEach(c -> counts.merge(c.action(), 1, Integer::sum));
        List<Briefing.Count> byKind = new ArrayList<>();
        counts.forEach((action, count) -> byKind.add(new Briefing.Count(Words.changes(action), count)));
        List<Briefing.ChangeLine> latest = changes.stream()
                .limit(Briefing.MOST_CHANGES)
                .map(c -> new Briefing.ChangeLine(
                        c.at(),
                        Objects.toString(c.user(), "someone"),
                        c.summary() + (c.undone() ? " (undone since)" : "")))
                .toList();
        return new Briefing.Changes(since, changes.size(), changes.size() >= HistoryService.PAGE, byKind, latest);
    }
}
