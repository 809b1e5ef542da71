package uk.evidencemap.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.area.Area;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.comparison.Metric;
import uk.evidencemap.comparison.Snapshot;
import uk.evidencemap.comparison.SnapshotService;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.SystemUser;
import uk.evidencemap.taxonomy.BarrierCategory;

/** The dashboard on two small areas of its own (the demo's pilots on it: DemoDashboardIT). */
@IntegrationTest
class CompareViewIT extends SpringBrowserlessTest {

    @Autowired
    ComparisonService comparison;

    @Autowired
    SnapshotService snapshots;

    @Autowired
    AnalysisService analyses;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    TestAreas areas;

    @Autowired
    TestUsers users;

    @Autowired
    SystemUser system;

    AreaWithUsers ashby;
    AreaWithUsers bexley;
    MapNode programme;

    /**
     * Ashby delivers one intervention, on strong evidence, and has one unmet need and one open
     * barrier; Bexley delivers one without strong evidence and has two unmet needs.
     */
    @BeforeEach
    void twoSmallAreas() {
        ashby = areas.withUsers("Ashby");
        bexley = areas.withUsers("Bexley");
        programme =
                system.call(() -> catalogue.create("Strong programme " + ashby.id(), Map.of("evidenceRating", "4")));
        areas.map(ashby.id())
                .use(programme)
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.NEED, "Early language")
                .node(NodeType.NEED, "Housing")
                .node(NodeType.BARRIER, "Funding gap", "category", "FUNDING", "severity", 3)
                .link("Talk groups", RelationshipType.IMPLEMENTS, programme.name())
                .link("Talk groups", RelationshipType.ADDRESSES, "Early language");
        areas.map(bexley.id())
                .node(NodeType.INTERVENTION, "Clinic", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.NEED, "Speech")
                .node(NodeType.NEED, "Sleep");
    }

    @AfterEach
    void tearDown() {
        areas.deleteAll();
        if (programme != null) {
            areas.deleteProgramme(programme.id());
        }
        users.deleteAll();
    }

    /** Chooses areas on the dashboard, as a person picks them in the combo box. */
    private static void choose(CompareView view, String... ids) {
        view.areaChoice.setValue(view.areaChoice
                .getListDataView()
                .getItems()
                .filter(a -> List.of(ids).contains(a.id()))
                .collect(Collectors.toSet()));
    }

    @Test
    void theAreasOneMaySeeAreChosenFirstSideBySideWithTheBestAndWorstOfEachRowMarked() {
        users.grant(ashby.viewer(), bexley.id(), AreaRole.VIEWER);
        TestUsers.signIn(ashby.viewer().username());
        CompareView view = navigate(CompareView.class);
        assertThat(view.areaChoice.getValue()).extracting(Area::id).containsExactlyInAnyOrder(ashby.id(), bexley.id());
        assertThat(view.table.getColumns())
                .extracting(c -> c.getKey() == null ? "metric" : c.getKey())
                .containsExactly("metric", ashby.id(), bexley.id());
        assertThat(test(view.table).size()).isEqualTo(Metric.all().size());
        assertThat(cell(view, Metric.UNMET_NEEDS, ashby.id())).isEqualTo("1");
        assertThat(cell(view, Metric.UNMET_NEEDS, bexley.id())).isEqualTo("2");

        var expected = comparison.compare(List.of(ashby.id(), bexley.id()));
        var figures = new LinkedHashMap<String, Double>();
        expected.forEach(r -> figures.put(r.area().id(), Metric.STRONG_EVIDENCE_SHARE.of(r.metrics())));
        var marks = view.marks(Metric.STRONG_EVIDENCE_SHARE);
        assertThat(marks).isEqualTo(Metric.STRONG_EVIDENCE_SHARE.marks(figures));
        double best =
                figures.values().stream().mapToDouble(Double::doubleValue).max().orElseThrow();
        assertThat(marks.best())
                .isNotEmpty()
                .allSatisfy(id -> assertThat(figures.get(id)).isEqualTo(best));
        assertThat(marks.best()).containsExactly(ashby.id());
        assertThat(marks.worst()).containsExactly(bexley.id());
        assertThat(view.marks(Metric.NODES).best())
                .as("more nodes is neither better nor worse")
                .isEmpty();
    }

    @Test
    void theTableShowsTheWholeNetworksFiguresAndTheCatalogueProgrammesApart() {
        CompareView view = navigate(CompareView.class);
        choose(view, ashby.id(), bexley.id());
        List<Metric> rows = view.table.getGenericDataView().getItems().toList();
        assertThat(rows).containsAll(Metric.NETWORK);
        var network = analyses.network(ashby.id()).network();
        assertThat(cell(view, Metric.NETWORK_DENSITY, ashby.id()))
                .isEqualTo(Metric.NETWORK_DENSITY.format(network.density()));
        assertThat(cell(view, Metric.NETWORK_COMPONENTS, ashby.id())).isEqualTo(String.valueOf(network.components()));
        assertThat(cell(view, Metric.NETWORK_DIAMETER, ashby.id())).isEqualTo(String.valueOf(network.diameter()));
        assertThat(cell(view, Metric.PROGRAMMES, ashby.id()))
                .as("the one programme Ashby uses")
                .isEqualTo("1");
        assertThat(cell(view, Metric.NODES, ashby.id()))
                .as("its own four nodes, the programme apart")
                .isEqualTo("4");
    }

    @Test
    void theChartsFollowTheChosenAreasAndMetrics() {
        snapshots.recordIllustrativeHistory(List.of(ashby.id()), 8);
        CompareView view = navigate(CompareView.class);
        choose(view, ashby.id(), bexley.id());
        var bars = view.bars.getChart();
        assertThat(bars.kind()).isEqualTo("bar");
        assertThat(bars.categories()).containsExactly("Ashby", "Bexley");
        assertThat(bars.percent()).isTrue();
        test(view.barMetric).selectItem(Metric.BLOCKED_PATHS.label());
        assertThat(view.bars.getChart().title()).isEqualTo(Metric.BLOCKED_PATHS.label());
        assertThat(view.bars.getChart().series().getFirst().values()).hasSize(2);

        var stacked = view.barriers.getChart();
        assertThat(stacked.series())
                .isNotEmpty()
                .allSatisfy(s -> assertThat(s.stack()).isEqualTo("barriers"));
        assertThat(stacked.series())
                .extracting(ComparisonChart.Series::name)
                .containsExactly(BarrierCategory.FUNDING.label());

        var trend = view.trend.getChart();
        assertThat(trend.kind()).isEqualTo("line");
        assertThat(trend.categories())
                .as("eight quarters of illustrative history, then now")
                .hasSize(9)
                .last()
                .isEqualTo(CompareView.NOW);
        assertThat(trend.series())
                .extracting(ComparisonChart.Series::name)
                .containsExactly("Ashby (illustrative history)", "Bexley");
        assertThat(trend.series())
                .as("lines that coincide stay visible: each its own symbol and dash, the first wider")
                .extracting(ComparisonChart.Series::symbol)
                .doesNotHaveDuplicates()
                .doesNotContainNull();
        assertThat(trend.series()).extracting(ComparisonChart.Series::lineType).doesNotHaveDuplicates();
        assertThat(trend.series().get(0).width())
                .isGreaterThan(trend.series().get(1).width());
        assertThat(view.trend.isVisible()).isTrue();

        view.areaChoice.setValue(Set.of());
        assertThat(view.empty.isVisible()).isTrue();
        assertThat(view.empty.getText()).isEqualTo("Choose at least one area to compare.");
        assertThat(view.table.isVisible()).isFalse();
    }

    @Test
    void choosingASnapshotShowsTheChangeSinceThen() {
        Snapshot then = snapshots.take(List.of(bexley.id())).getFirst();
        areas.map(bexley.id()).node(NodeType.NEED, "Housing");
        CompareView view = navigate(CompareView.class);
        choose(view, bexley.id());
        LocalDate day = LocalDate.ofInstant(then.takenAt(), ZoneId.of("Europe/London"));
        test(view.since).selectItem(CompareView.DAY.format(day.atStartOfDay(ZoneId.of("Europe/London"))));

        var row = view.row(bexley.id()).orElseThrow();
        String change = view.change(Metric.UNMET_NEEDS, row);
        assertThat(change)
                .isEqualTo(
                        Metric.UNMET_NEEDS.formatChange((double) then.metrics().unmetNeeds(), (double)
                                row.metrics().unmetNeeds()));
        assertThat(change).as("two unmet needs then, three now").isEqualTo("+1");
        view.since.clear();
        assertThat(view.change(Metric.UNMET_NEEDS, row)).isEmpty();
    }

    @Test
    @WithMockUser(
            username = "a-researcher",
            roles = {"RESEARCHER", "USER"})
    void aResearcherTakesASnapshotOfTheChosenAreasFromTheDashboard() {
        CompareView view = navigate(CompareView.class);
        choose(view, ashby.id());
        int before = snapshots.list(List.of(ashby.id())).size();
        assertThat(view.takeSnapshot.isVisible()).isTrue();
        test(view.takeSnapshot).click();
        assertThat(snapshots.list(List.of(ashby.id()))).hasSize(before + 1);
        assertThat(snapshots.list(List.of(bexley.id()))).as("not chosen").isEmpty();
        assertThat(view.since.getListDataView().getItems())
                .first()
                .isEqualTo(LocalDate.now(ZoneId.of("Europe/London")));
    }

    @Test
    void aViewerComparesOnlyTheirOwnAreaAndCannotTakeSnapshots() {
        TestUsers.signIn(bexley.viewer().username());
        CompareView view = navigate(CompareView.class);
        assertThat(view.areaChoice.getValue()).extracting(Area::id).containsExactly(bexley.id());
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
