package uk.evidencemap.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.area.Area;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.comparison.Metric;
import uk.evidencemap.comparison.Snapshot;
import uk.evidencemap.comparison.SnapshotService;

@IntegrationTest
class CompareViewIT extends SpringBrowserlessTest {

    @Autowired
    ComparisonService comparison;

    @Autowired
    SnapshotService snapshots;

    @Test
    void thePilotsArePreselectedSideBySideWithTheBestAndWorstOfEachRowMarked() {
        CompareView view = navigate(CompareView.class);
        assertThat(view.areaChoice.getValue())
                .extracting(Area::id)
                .containsExactlyInAnyOrder("york", "merton", "stockport", "wirral");
        assertThat(view.table.getColumns())
                .extracting(c -> c.getKey() == null ? "metric" : c.getKey())
                .containsExactly("metric", "york", "merton", "stockport", "wirral");
        assertThat(test(view.table).size()).isEqualTo(Metric.all().size());

        var expected = comparison.compare(List.of("york", "merton", "stockport", "wirral"));
        var york = expected.stream()
                .filter(r -> r.area().id().equals("york"))
                .findFirst()
                .orElseThrow();
        assertThat(cell(view, Metric.UNMET_NEEDS, "york"))
                .isEqualTo(String.valueOf(york.metrics().unmetNeeds()));

        var figures = new LinkedHashMap<String, Double>();
        expected.forEach(r -> figures.put(r.area().id(), Metric.STRONG_EVIDENCE_SHARE.of(r.metrics())));
        var marks = view.marks(Metric.STRONG_EVIDENCE_SHARE);
        assertThat(marks).isEqualTo(Metric.STRONG_EVIDENCE_SHARE.marks(figures));
        double best =
                figures.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(marks.best())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(figures.get(id)).isEqualTo(best));
        assertThat(view.marks(Metric.NODES).best())
                .as("more nodes is neither better nor worse")
                .isEmpty();
    }

    @Test
    void theChartsFollowTheChosenAreasAndMetrics() {
        CompareView view = navigate(CompareView.class);
        var bars = view.bars.getChart();
        assertThat(bars.kind()).isEqualTo("bar");
        assertThat(bars.categories()).containsExactly("City of York", "Merton", "Stockport", "Wirral");
        assertThat(bars.percent()).isTrue();
        test(view.barMetric).selectItem(Metric.BLOCKED_PATHS.label());
        assertThat(view.bars.getChart().title()).isEqualTo(Metric.BLOCKED_PATHS.label());
        assertThat(view.bars.getChart().series().getFirst().values()).hasSize(4);

        var stacked = view.barriers.getChart();
        assertThat(stacked.series())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.stack()).isEqualTo("barriers"));

        var trend = view.trend.getChart();
        assertThat(trend.kind()).isEqualTo("line");
        assertThat(trend.categories()).hasSizeGreaterThanOrEqualTo(9).last().isEqualTo(CompareView.NOW);
        assertThat(trend.series())
                .extracting(ComparisonChart.Series::name)
                .contains("City of York (illustrative history)");
        assertThat(view.trend.isVisible()).isTrue();

        view.areaChoice.setValue(Set.of());
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Choose at least one area to compare.");
        assertThat(view.table.isVisible()).isFalse();
    }

    @Test
    void choosingASnapshotShowsTheChangeSinceThen() {
        CompareView view = navigate(CompareView.class);
        Snapshot oldest = snapshots.list(List.of("york")).getFirst();
        LocalDate day = LocalDate.ofInstant(oldest.takenAt(), ZoneId.of("Europe/London"));
        test(view.since).selectItem(CompareView.DAY.format(day.atStartOfDay(ZoneId.of("Europe/London"))));

        var york = view.row("york").orElseThrow();
        String change = view.change(Metric.UNMET_NEEDS, york);
        assertThat(change)
                .isEqualTo(Metric.UNMET_NEEDS.formatChange(
                        (double) oldest.metrics().unmetNeeds(),
                        (double) york.metrics().unmetNeeds()));
        view.since.clear();
        assertThat(view.change(Metric.UNMET_NEEDS, york)).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "a-researcher",
            roles = {"RESEARCHER", "USER"})
    void aResearcherTakesASnapshotFromTheDashboard() {
        CompareView view = navigate(CompareView.class);
        int before = snapshots.list(List.of("york")).size();
        assertThat(view.takeSnapshot.isVisible()).isTrue();
        test(view.takeSnapshot).click();
        assertThat(snapshots.list(List.of("york"))).hasSize(before + 1);
        assertThat(view.since.getListDataView().getItems())
                .first()
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")));
    }

    @Test
    @WithMockUser(username = "york-viewer", roles = "USER")
    void aViewerComparesOnlyTheirOwnAreaAndCannotTakeSnapshots() {
        CompareView view = navigate(CompareView.class);
        assertThat(view.areaChoice.getValue()).extracting(Area::id).containsExactly("york");
        assertThat(view.takeSnapshot.isVisible()).isFalse();
        assertThat(view.marks(Metric.UNMET_NEEDS).best())
                .as("one area: nothing to mark")
                .isEmpty();
    }

    /** The cell text of a metric for an area, as the table shows it. */
    private static String cell(CompareView view, Metric metric, String areaId) {
        return view.row(areaId).map(r -> metric.format(metric.of(r.metrics()))).orElseThrow();
    }
}
