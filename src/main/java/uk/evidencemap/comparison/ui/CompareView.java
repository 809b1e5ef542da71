package uk.evidencemap.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.ColumnTextAlign;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.PermitAll;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.comparison.AreaComparison;
import uk.evidencemap.comparison.ComparisonExport;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.comparison.Metric;
import uk.evidencemap.comparison.Snapshot;
import uk.evidencemap.comparison.SnapshotService;
import uk.evidencemap.security.CurrentUser;
import uk.evidencemap.taxonomy.BarrierCategory;

/**
 * The researchers' dashboard: chosen areas side by side (the four pilots first), the best and
 * worst of each figure marked, the change since a chosen snapshot, charts, and exports.
 */
@Route("compare")
@PageTitle("Compare areas | Evidence Map")
@PermitAll
class CompareView extends VerticalLayout {

    /** The Changemakers pilot areas, preselected when the user may see them. */
    static final List<String> PILOTS = List.of("york", "merton", "stockport", "wirral");

    static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM yyyy").withZone(ZoneId.of("Europe/London"));
    static final String NOW = "Now";

    private final ComparisonService comparison;
    private final SnapshotService snapshots;

    final MultiSelectComboBox<Area> areaChoice = new MultiSelectComboBox<>("Areas");
    final Select<LocalDate> since = new Select<>();
    final Grid<Metric> table = new Grid<>();
    final Paragraph empty = new Paragraph();
    final Button takeSnapshot = new Button("Take a snapshot now");
    final Select<Metric> barMetric = new Select<>();
    final Select<String> barrierKind = new Select<>();
    final Select<Metric> trendMetric = new Select<>();
    final ComparisonChart bars = new ComparisonChart();
    final ComparisonChart barriers = new ComparisonChart();
    final ComparisonChart trend = new ComparisonChart();
    final Paragraph noTrend = new Paragraph("No snapshots of these areas yet: trend lines start with the first one.");
    private final VerticalLayout charts = new VerticalLayout();

    List<AreaComparison> rows = List.of();
    List<Snapshot> history = List.of();
    Map<String, AreaComparison> baseline = Map.of();

    CompareView(AreaService areas, ComparisonService comparison, SnapshotService snapshots, CurrentUser current) {
        this.comparison = comparison;
        this.snapshots = snapshots;
        setSizeFull();
        List<Area> visible = areas.visible();
        areaChoice.setItems(visible);
        areaChoice.setItemLabelGenerator(Area::name);
        areaChoice.setWidth("32rem");
        areaChoice.setHelperText("The four pilot areas are chosen first when you may see them");
        List<Area> pilots =
                visible.stream().filter(a -> PILOTS.contains(a.id())).toList();
        areaChoice.setValue(Set.copyOf(pilots.isEmpty() ? visible : pilots));
        areaChoice.addValueChangeListener(e -> refresh());

        since.setLabel("Show the change since");
        since.setEmptySelectionAllowed(true);
        since.setEmptySelectionCaption("No comparison");
        since.setItemLabelGenerator(
                day -> day == null ? "No comparison" : DAY.format(day.atStartOfDay(ZoneId.of("Europe/London"))));
        since.addValueChangeListener(e -> showTable());

        takeSnapshot.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        takeSnapshot.setVisible(current.isAdmin() || current.isResearcher());
        takeSnapshot.addClickListener(e -> {
            List<Snapshot> taken = snapshots.take(selectedIds());
            Notification.show(
                            "Snapshot taken of " + taken.size() + (taken.size() == 1 ? " area" : " areas"),
                            4000,
                            Notification.Position.BOTTOM_START)
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        });

        HorizontalLayout controls = new HorizontalLayout(areaChoice, since, takeSnapshot);
        controls.setAlignItems(FlexComponent.Alignment.BASELINE);
        controls.setWrap(true);
        HorizontalLayout downloads = new HorizontalLayout(
                download(
                        "Table as CSV",
                        () -> ComparisonExport.fileName("comparison", "csv", Instant.now()),
                        "text/csv;charset=utf-8",
                        () -> ComparisonExport.areasCsv(rows).getBytes(StandardCharsets.UTF_8)),
                download(
                        "Snapshots as CSV",
                        () -> ComparisonExport.fileName("snapshots", "csv", Instant.now()),
                        "text/csv;charset=utf-8",
                        () -> ComparisonExport.snapshotsCsv(history).getBytes(StandardCharsets.UTF_8)),
                download(
                        "Table and snapshots as Excel",
                        () -> ComparisonExport.fileName("comparison", "xlsx", Instant.now()),
                        ComparisonExport.XLSX,
                        () -> ComparisonExport.workbook(rows, history, Instant.now())));
        downloads.setWrap(true);

        table.setAriaLabel("Metrics of the chosen areas side by side");
        table.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        table.setAllRowsVisible(true);
        empty.setVisible(false);

        buildCharts();
        add(
                new H2("Compare areas"),
                new Paragraph("Each area's figures, from the same analyses as its own pages"
                        + " (the Help page says what each one means). Best and worst are marked where more is clearly better"
                        + " or worse; choose a snapshot to see how each figure has moved since."),
                controls,
                downloads,
                empty,
                table,
                charts);
        refresh();
    }

    private List<String> selectedIds() {
        return areaChoice.getValue().stream()
                .sorted(Comparator.comparing(Area::name))
                .map(Area::id)
                .toList();
    }

    /** Reads the chosen areas' figures and snapshots again and redraws everything. */
    void refresh() {
        List<String> ids = selectedIds();
        boolean none = ids.isEmpty();
        empty.setText("Choose at least one area to compare.");
        empty.setVisible(none);
        table.setVisible(!none);
        charts.setVisible(!none);
        rows = none ? List.of() : comparison.compare(ids);
        history = none ? List.of() : snapshots.list(ids);
        LocalDate chosen = since.getValue();
        List<LocalDate> days = history.stream()
                .map(s -> LocalDate.ofInstant(s.takenAt(), ZoneId.of("Europe/London")))
                .distinct()
                .sorted(Comparator.reverseOrder())
                .toList();
        since.setItems(days);
        since.setValue(days.contains(chosen) ? chosen : null);
        showTable();
        showCharts();
    }

    /** The latest snapshot of each area on or before the chosen day's end. */
    private Map<String, AreaComparison> snapshotOn(LocalDate day) {
        Map<String, AreaComparison> found = new LinkedHashMap<>();
        if (day == null) {
            return found;
        }
        Instant end = day.plusDays(1).atStartOfDay(ZoneId.of("Europe/London")).toInstant();
        for (Snapshot s : history) {
            if (s.takenAt().isBefore(end)) {
                found.put(
                        s.areaId(),
                        new AreaComparison(new AreaComparison.AreaRef(s.areaId(), s.areaName()), s.metrics()));
            }
        }
        return found;
    }

    void showTable() {
        baseline = snapshotOn(since.getValue());
        table.removeAllColumns();
        table.addColumn(Metric::label)
                .setHeader("Metric")
                .setSortable(true)
                .setFrozen(true)
                .setAutoWidth(true)
                .setFlexGrow(0);
        for (AreaComparison row : rows) {
            table.addColumn(LitRenderer.<Metric>of("""
                            <span>${item.value}</span>\
                            <span class="compare-change" ?hidden=${!item.change}> (${item.change})</span>\
                            <span theme="badge success small" ?hidden=${!item.best}>Best</span>\
                            <span theme="badge error small" ?hidden=${!item.worst}>Worst</span>""")
                            .withProperty("value", m -> m.format(m.of(row.metrics())))
                            .withProperty("change", m -> change(m, row))
                            .withProperty(
                                    "best",
                                    m -> marks(m).best().contains(row.area().id()))
                            .withProperty(
                                    "worst",
                                    m -> marks(m).worst().contains(row.area().id())))
                    .setHeader(row.area().name())
                    .setKey(row.area().id())
                    .setSortable(true)
                    .setComparator(Comparator.comparing(
                            m -> m.of(row.metrics()), Comparator.nullsFirst(Comparator.naturalOrder())))
                    .setTextAlign(ColumnTextAlign.END)
                    .setAutoWidth(true);
        }
        table.setItems(Metric.all());
    }

    /** The change since the chosen snapshot, or "" when there is none to compare with. */
    String change(Metric metric, AreaComparison row) {
        AreaComparison before = baseline.get(row.area().id());
        return before == null ? "" : metric.formatChange(metric.of(before.metrics()), metric.of(row.metrics()));
    }

    /** Which areas are best and worst on a metric. */
    Metric.Marks marks(Metric metric) {
        Map<String, Double> figures = new LinkedHashMap<>();
        rows.forEach(r -> figures.put(r.area().id(), metric.of(r.metrics())));
        return metric.marks(figures);
    }

    private void buildCharts() {
        charts.setPadding(false);
        List<Metric> all = Metric.all();
        barMetric.setLabel("Metric");
        barMetric.setItems(all);
        barMetric.setItemLabelGenerator(Metric::label);
        barMetric.setValue(Metric.STRONG_EVIDENCE_SHARE);
        barMetric.addValueChangeListener(e -> showCharts());
        barrierKind.setLabel("Barriers");
        barrierKind.setItems("Open", "Open and unmitigated");
        barrierKind.setValue("Open and unmitigated");
        barrierKind.addValueChangeListener(e -> showCharts());
        trendMetric.setLabel("Metric");
        trendMetric.setItems(all);
        trendMetric.setItemLabelGenerator(Metric::label);
        trendMetric.setValue(Metric.STRONG_EVIDENCE_SHARE);
        trendMetric.addValueChangeListener(e -> showCharts());
        for (ComparisonChart chart : List.of(bars, barriers, trend)) {
            chart.setWidthFull();
            chart.setHeight("360px");
        }
        charts.add(
                chartSection("A figure per area", barMetric, bars, "bars"),
                chartSection("Barrier categories per area", barrierKind, barriers, "barrier-categories"),
                chartSection("Over time", trendMetric, trend, "trend"));
        charts.add(noTrend);
    }

    private Component chartSection(String title, Component control, ComparisonChart chart, String file) {
        Button png = new Button("Save as PNG", VaadinIcon.DOWNLOAD.create(), e -> chart.download("png", file + ".png"));
        Button svg = new Button("Save as SVG", VaadinIcon.DOWNLOAD.create(), e -> chart.download("svg", file + ".svg"));
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        svg.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        // the name begins with the visible words (WCAG 2.5.3) and says which chart
        png.getElement().setAttribute("aria-label", "Save as PNG: the chart '" + title + "'");
        svg.getElement().setAttribute("aria-label", "Save as SVG: the chart '" + title + "'");
        HorizontalLayout bar = new HorizontalLayout(control, png, svg);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        VerticalLayout section = new VerticalLayout(new H3(title), bar, chart);
        section.setPadding(false);
        return section;
    }

    void showCharts() {
        List<String> names = rows.stream().map(r -> r.area().name()).toList();
        Metric metric = barMetric.getValue();
        bars.setChart(new ComparisonChart.Chart(
                "bar",
                metric.label(),
                metric.share() ? "Share" : "Count",
                metric.share(),
                names,
                List.of(new ComparisonChart.Series(
                        metric.label(),
                        rows.stream().map(r -> metric.of(r.metrics())).toList(),
                        null))));

        boolean unmitigated = "Open and unmitigated".equals(barrierKind.getValue());
        List<ComparisonChart.Series> categories = new ArrayList<>();
        for (BarrierCategory category : BarrierCategory.values()) {
            Metric m = unmitigated ? Metric.unmitigatedBarriers(category) : Metric.openBarriers(category);
            List<Double> values = rows.stream().map(r -> m.of(r.metrics())).toList();
            if (values.stream().anyMatch(v -> v != null && v > 0)) {
                categories.add(new ComparisonChart.Series(category.label(), values, "barriers"));
            }
        }
        barriers.setChart(new ComparisonChart.Chart(
                "bar",
                (unmitigated ? "Open, unmitigated" : "Open") + " barriers by category",
                "Barriers",
                false,
                names,
                categories));

        Metric over = trendMetric.getValue();
        Map<LocalDate, Map<String, Double>> byDay = new TreeMap<>();
        for (Snapshot s : history) {
            byDay.computeIfAbsent(
                            LocalDate.ofInstant(s.takenAt(), ZoneId.of("Europe/London")), d -> new LinkedHashMap<>())
                    .put(s.areaId(), over.of(s.metrics()));
        }
        List<String> dates = new ArrayList<>(byDay.keySet().stream()
                .map(d -> DAY.format(d.atStartOfDay(ZoneId.of("Europe/London"))))
                .toList());
        dates.add(NOW);
        List<ComparisonChart.Series> lines = new ArrayList<>();
        for (AreaComparison row : rows) {
            List<Double> values = new ArrayList<>();
            byDay.values().forEach(day -> values.add(day.get(row.area().id())));
            values.add(over.of(row.metrics()));
            boolean illustrative =
                    history.stream().anyMatch(s -> s.areaId().equals(row.area().id()) && s.illustrative());
            // each line its own shape, dash and width: two areas with the same figures stay visible
            lines.add(ComparisonChart.Series.line(
                    row.area().name() + (illustrative ? " (illustrative history)" : ""), values, lines.size()));
        }
        trend.setChart(new ComparisonChart.Chart(
                "line", over.label() + " over time", over.share() ? "Share" : "Count", over.share(), dates, lines));
        boolean anyHistory = !history.isEmpty();
        trend.setVisible(anyHistory);
        noTrend.setVisible(!anyHistory);
    }

    /** A download whose name (with the day) and content are both taken when it is followed. */
    private static Anchor download(String label, Supplier<String> fileName, String type, Supplier<byte[]> content) {
        Anchor link = new Anchor(
                DownloadHandler.fromInputStream(event -> {
                    byte[] bytes = content.get();
                    return new DownloadResponse(new ByteArrayInputStream(bytes), fileName.get(), type, bytes.length);
                }),
                "");
        link.add(VaadinIcon.DOWNLOAD.create(), new Span(label));
        link.getElement().setAttribute("download", true);
        return link;
    }

    Optional<AreaComparison> row(String areaId) {
        return rows.stream().filter(r -> Objects.equals(r.area().id(), areaId)).findFirst();
    }
}
