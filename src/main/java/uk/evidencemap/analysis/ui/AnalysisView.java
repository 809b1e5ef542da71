package uk.evidencemap.analysis.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import uk.evidencemap.analysis.AnalysisCsv;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.BarrierHelp;
import uk.evidencemap.analysis.BlockedPath;
import uk.evidencemap.analysis.Blocker;
import uk.evidencemap.analysis.Explanations;
import uk.evidencemap.analysis.FeedbackLoop;
import uk.evidencemap.analysis.Gap;
import uk.evidencemap.analysis.GapKind;
import uk.evidencemap.analysis.Subject;
import uk.evidencemap.analysis.Suggestion;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.area.ui.OpenArea;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.security.AreaAccess;
import uk.evidencemap.taxonomy.EvidenceRating;

/** The three questions for one area: gaps, champions and blocked implementation paths; and its network figures. */
@Route(AreaNavigation.ANALYSIS)
@PermitAll
class AnalysisView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm:ss").withZone(ZoneId.systemDefault());
    static final String ANY = "Any";

    private final AnalysisService analyses;
    private final AreaService areas;
    private final AreaAccess access;

    final Paragraph summary = new Paragraph();
    final Span changed = new Span();
    final Select<EvidenceRating> threshold = new Select<>();
    final TabSheet tabs = new TabSheet();
    final Grid<Gap> gaps = new Grid<>(Gap.class, false);
    final Select<String> gapKind = new Select<>();
    final Select<String> gapSeverity = new Select<>();
    /** What each kind of gap means, above the list. */
    final UnorderedList gapMeanings = new UnorderedList();

    final ChampionsTab champions;
    final LoopsTab loops;
    final NetworkTab network;
    final Grid<BlockedPath> paths = new Grid<>(BlockedPath.class, false);
    final Select<String> pathSeverity = new Select<>();
    private ListDataProvider<Gap> gapData;
    private ListDataProvider<BlockedPath> pathData;
    private Area area;

    private final HorizontalLayout header = new HorizontalLayout();
    /** The management-team briefing, linked by address: its page (briefing.ui) stands above this one. */
    final Anchor briefingPdf = new Anchor();

    final Anchor briefingPage = new Anchor("", "Briefing to print");
    private final HistoryService history;

    AnalysisView(AnalysisService analyses, AreaService areas, AreaAccess access, HistoryService history) {
        this.analyses = analyses;
        this.areas = areas;
        this.access = access;
        this.history = history;
        setSizeFull();
        changed.getElement().getThemeList().add("badge contrast");
        changed.getElement().setAttribute("role", "status");
        threshold.setLabel("Strong evidence means rated at least");
        threshold.setWidth("20rem");
        threshold.setItems(Arrays.stream(EvidenceRating.values())
                .filter(r -> r.level().isPresent())
                .toList());
        threshold.setItemLabelGenerator(EvidenceRating::code);
        threshold.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                areas.setStrongEvidence(area.id(), e.getValue());
                show();
            }
        });
        briefingPdf.add(VaadinIcon.FILE_TEXT_O.create(), new Span("Briefing (PDF)"));
        header.add(threshold, changed, briefingPdf, briefingPage);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        tabs.setSizeFull();
        add(summary, header, refreshed);
        addAndExpand(tabs);
        buildGaps();
        champions = new ChampionsTab(analyses, () -> area.id());
        tabs.add("Champions", champions);
        loops = new LoopsTab(() -> area.id());
        buildPaths();
        network = new NetworkTab(() -> area.id());
        tabs.add("Network", network);
        tabs.add("Feedback loops", loops);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = OpenArea.of(event);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        threshold.setReadOnly(!access.canEdit(area.id()));
        briefingPdf.setHref(AreaNavigation.briefingPdf(area.id()));
        briefingPage.setHref(AreaNavigation.briefing(area.id()));
        show();
        Live.follow(this, history, area.id(), change -> {
            if (change.action().changesMap()) {
                show();
                Live.announce(
                        refreshed,
                        change,
                        "Refreshed at " + Live.TIME.format(Instant.now()) + " after " + change.user() + " "
                                + change.summary() + ": the counts on the tabs are current.");
            }
        });
    }

    /** Says that the results were recomputed because the map changed while the page was open (role=status). */
    final Span refreshed = Live.statusLine();

    @Override
    public String getPageTitle() {
        return (area == null ? "Area" : area.name()) + ": analysis | Evidence Map";
    }

    void show() {
        AnalysisService.Results results = analyses.results(area.id());
        List<BlockedPath> blocked = analyses.blockedPaths(area.id());
        summary.setText("Computed " + WHEN.format(results.computedAt()) + " from the current map. Results are kept"
                + " until anything in the area changes.");
        threshold.setValue(results.strongEvidence());
        gapData = new ListDataProvider<>(results.gaps());
        gaps.setDataProvider(gapData);
        applyGapFilter();
        champions.show(results.champions());
        pathData = new ListDataProvider<>(blocked);
        paths.setDataProvider(pathData);
        applyPathFilter();
        tabs.getTabAt(0).setLabel("Gaps (" + results.gaps().size() + ")");
        // the label says what its count counts: of the people listed, those who champion or lead something
        tabs.getTabAt(1)
                .setLabel(Explanations.championsTab(
                        ChampionsTab.champions(results.champions()),
                        results.champions().people().size()));
        tabs.getTabAt(2).setLabel("Blocked paths (" + blocked.size() + ")");
        network.show(analyses.network(area.id()));
        FeedbackLoop.Report loopReport = analyses.loops(area.id());
        loops.show(loopReport);
        tabs.getTabAt(4).setLabel("Feedback loops (" + loopReport.loops().size() + ")");
        var previous = analyses.previous(area.id());
        if (previous.isPresent() && !previous.get().computedAt().equals(results.computedAt())) {
            var before = previous.get();
            String difference =
                    describeChange("gaps", before.gaps().size(), results.gaps().size())
                            + describeChange(
                                    "blocked paths",
                                    before.blockedPaths().size(),
                                    results.blockedPaths().size());
            changed.setText("Changed since the previous run (" + WHEN.format(before.computedAt()) + ")"
                    + (difference.isEmpty() ? ": the findings changed in detail" : ": " + difference.substring(2)));
            changed.setVisible(!sameFindings(before, results));
        } else {
            changed.setVisible(false);
        }
    }

    private static boolean sameFindings(AnalysisService.Results a, AnalysisService.Results b) {
        return a.gaps().equals(b.gaps())
                && a.blockedPaths().equals(b.blockedPaths())
                && a.champions().equals(b.champions());
    }

    private static String describeChange(String what, int before, int after) {
        return before == after ? "" : "; " + what + " " + before + " → " + after;
    }

    private void buildGaps() {
        gapKind.setLabel("Kind");
        gapKind.setItems(kindChoices());
        gapKind.setValue(ANY);
        gapKind.addValueChangeListener(e -> applyGapFilter());
        gapSeverity.setLabel("Severity");
        gapSeverity.setItems(ANY, "5", "4 or more", "3 or more", "2 or more");
        gapSeverity.setValue(ANY);
        gapSeverity.addValueChangeListener(e -> applyGapFilter());
        gaps.setAriaLabel("Gaps");
        gaps.addColumn(Gap::severity)
                .setHeader("Severity")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        gaps.addColumn(g -> g.kind().label())
                .setHeader("Kind")
                .setSortable(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        // the columns that carry the answer keep a readable basis and take the spare width; text wraps
        gaps.addColumn(g -> g.subject().name() + " (" + g.subject().type() + ")")
                .setHeader("About")
                .setSortable(true)
                .setWidth("10rem")
                .setFlexGrow(1);
        gaps.addColumn(Gap::reason).setHeader("Why").setWidth("16rem").setFlexGrow(3);
        gaps.addColumn(g -> g.suggestions().stream().map(Suggestion::text).collect(Collectors.joining("; ")))
                .setHeader("Suggestions")
                .setWidth("12rem")
                .setFlexGrow(2);
        gaps.addComponentColumn(g ->
                        mapLink(showLink(area.id(), g.subject()), g.subject().name()))
                .setHeader("Map")
                .setAutoWidth(true)
                .setFlexGrow(0);
        gaps.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        HorizontalLayout filters = new HorizontalLayout(
                gapKind,
                gapSeverity,
                csv(
                        "Download gaps as CSV",
                        () -> area.id() + "-gaps.csv",
                        () -> AnalysisCsv.gaps(analyses.gaps(area.id()))));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        gapMeanings.addClassName("figure-meanings");
        Explanations.gapKinds().forEach(kind -> gapMeanings.add(new ListItem(kind)));
        VerticalLayout panel = panel(filters, gaps);
        panel.addComponentAsFirst(gapMeanings);
        panel.addComponentAsFirst(new Paragraph(Explanations.GAPS_COUNT));
        tabs.add("Gaps", panel);
    }

    private void buildPaths() {
        pathSeverity.setLabel("Worst barrier");
        pathSeverity.setItems(ANY, "5", "4 or more", "3 or more", "2 or more");
        pathSeverity.setValue(ANY);
        pathSeverity.addValueChangeListener(e -> applyPathFilter());
        paths.setAriaLabel("Blocked implementation paths");
        for (var part : List.<Map.Entry<String, Function<BlockedPath, Subject>>>of(
                Map.entry("Commissioner", BlockedPath::commissioner),
                Map.entry("Intervention", BlockedPath::intervention),
                Map.entry("Deliverer", BlockedPath::deliverer),
                Map.entry("Need", BlockedPath::need))) {
            paths.addColumn(p -> name(part.getValue().apply(p)))
                    .setHeader(part.getKey())
                    .setSortable(true)
                    .setWidth("8rem")
                    .setFlexGrow(1);
        }
        paths.addColumn(p -> p.blockers().stream().map(Blocker::describe).collect(Collectors.joining("; ")))
                .setHeader("Blocked by")
                .setWidth("14rem")
                .setFlexGrow(2);
        paths.addComponentColumn(AnalysisView::suggestions)
                .setHeader("Suggestions for each barrier")
                .setWidth("14rem")
                .setFlexGrow(3);
        paths.addComponentColumn(p -> mapLink(
                        pathLink(area.id(), p),
                        "the path of " + p.intervention().name()))
                .setHeader("Map")
                .setAutoWidth(true)
                .setFlexGrow(0);
        paths.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        HorizontalLayout filters = new HorizontalLayout(
                pathSeverity,
                csv(
                        "Download blocked paths as CSV",
                        () -> area.id() + "-blocked-paths.csv",
                        () -> AnalysisCsv.blockedPaths(analyses.blockedPaths(area.id()))));
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout panel = panel(filters, paths);
        panel.addComponentAsFirst(new Paragraph(Explanations.BLOCKED_PATHS_COUNT));
        tabs.add("Blocked paths", panel);
    }

    void applyGapFilter() {
        if (gapData == null) {
            return;
        }
        String kind = gapKind.getValue();
        int minimum = minimum(gapSeverity.getValue());
        gapData.setFilter(g -> (ANY.equals(kind) || g.kind().label().equals(kind)) && g.severity() >= minimum);
    }

    void applyPathFilter() {
        if (pathData == null) {
            return;
        }
        int minimum = minimum(pathSeverity.getValue());
        pathData.setFilter(
                p -> p.blockers().stream().mapToInt(Blocker::severity).max().orElse(0) >= minimum);
    }

    private static int minimum(String choice) {
        return choice == null || ANY.equals(choice) ? 0 : Integer.parseInt(choice.substring(0, 1));
    }

    private static List<String> kindChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(ANY);
        Arrays.stream(GapKind.values()).map(GapKind::label).forEach(choices::add);
        return choices;
    }

    /** The map page showing a node and its neighbours highlighted. */
    static String showLink(String areaId, Subject subject) {
        return AreaNavigation.mapShowing(areaId, subject.id());
    }

    /** The map page showing a blocked path highlighted: its nodes and the barriers that block it. */
    static String pathLink(String areaId, BlockedPath path) {
        Set<String> ids = new LinkedHashSet<>();
        Stream.of(path.commissioner(), path.intervention(), path.deliverer(), path.need())
                .filter(Objects::nonNull)
                .forEach(s -> ids.add(s.id()));
        path.blockers().forEach(b -> ids.add(b.barrier().id()));
        return AreaNavigation.mapShowingPath(areaId, List.copyOf(ids));
    }

    /**
     * "Show on map", named for screen readers by what it shows ("Show on map: Ann Leader"): the name
     * begins with the visible words, so that it can be spoken to voice control as it reads (WCAG 2.5.3).
     */
    static Anchor mapLink(String href, String what) {
        Anchor link = new Anchor(href, "Show on map");
        link.getElement().setAttribute("aria-label", "Show on map: " + what);
        return link;
    }

    /**
     * A path's suggestions, barrier by barrier: the barrier and its category (by label), then its
     * suggestions, or "No suggestion yet".
     */
    static Div suggestions(BlockedPath path) {
        Div all = new Div();
        for (BarrierHelp help : path.help()) {
            Div barrier = new Div();
            barrier.addClassName("barrier-help");
            Span heading = new Span("For '" + help.barrier().name() + "' (" + help.category()
                    + (help.cfirConstruct() == null ? "" : "; CFIR " + help.cfirConstruct()) + "):");
            heading.getStyle().set("font-weight", "600");
            barrier.add(heading);
            if (help.suggestions().isEmpty()) {
                barrier.add(new Paragraph(BarrierHelp.NO_SUGGESTION + "."));
            } else {
                UnorderedList list = new UnorderedList();
                help.suggestions().forEach(s -> list.add(new ListItem(s.text())));
                barrier.add(list);
            }
            all.add(barrier);
        }
        return all;
    }

    private static String name(Subject subject) {
        return subject == null ? "—" : subject.name();
    }

    /** A link that downloads CSV text under a file name, both taken when it is followed. */
    static Anchor csv(String label, Supplier<String> fileName, Supplier<String> content) {
        Anchor download = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get().getBytes(StandardCharsets.UTF_8);
                    return new DownloadResponse(
                            new ByteArrayInputStream(bytes), fileName.get(), "text/csv;charset=utf-8", bytes.length);
                }),
                "");
        download.add(VaadinIcon.DOWNLOAD.create(), new Span(label));
        download.getElement().setAttribute("download", true);
        return download;
    }

    private static VerticalLayout panel(Component top, Grid<?> grid) {
        VerticalLayout panel = new VerticalLayout(top, grid);
        panel.setPadding(false);
        panel.setSizeFull();
        panel.setFlexGrow(1, grid);
        return panel;
    }
}
