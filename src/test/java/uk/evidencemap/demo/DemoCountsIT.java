package uk.evidencemap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.NetworkFigures;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.AreaSummary;
import uk.evidencemap.area.MapSize;
import uk.evidencemap.comparison.AreaComparison;
import uk.evidencemap.comparison.AreaMetrics;
import uk.evidencemap.comparison.ComparisonService;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.ui.GraphCanvas;

/**
 * Counts agree everywhere (issue 16, finding 8): for each demo area the areas page, the table view,
 * the map's description, the analyses and the comparison count nodes, catalogue programmes and
 * relationships by the one rule of {@link MapSize}; and the comparison's network figures are the
 * Network tab's (issue 17).
 */
@IntegrationTest
class DemoCountsIT extends SpringBrowserlessTest {

    private static final List<String> PILOTS = List.of("york", "merton", "stockport", "wirral");

    @Autowired
    AreaService areas;

    @Autowired
    MapService map;

    @Autowired
    AnalysisService analyses;

    @Autowired
    ComparisonService comparison;

    @Test
    void everyPageCountsTheMapOfEachDemoAreaTheSameWay() {
        List<AreaComparison> compared = comparison.compare(PILOTS);
        for (String id : PILOTS) {
            AreaGraph graph = map.graph(id);
            MapSize size = MapSize.of(
                    graph.nodes(),
                    n -> n.type() == NodeType.PROGRAMME,
                    graph.relationships().size());
            assertThat(size.programmes()).as(id + " uses catalogue programmes").isPositive();

            AreaSummary listed = areas.list().stream()
                    .filter(a -> a.id().equals(id))
                    .findFirst()
                    .orElseThrow();
            assertThat(listed.size()).as(id + ": the areas page").isEqualTo(size);
            assertThat(analyses.figures(id).size()).as(id + ": the analyses").isEqualTo(size);
            AreaMetrics metrics = compared.stream()
                    .filter(c -> c.area().id().equals(id))
                    .findFirst()
                    .orElseThrow()
                    .metrics();
            assertThat(new MapSize(metrics.nodes(), metrics.programmes(), metrics.relationships()))
                    .as(id + ": the comparison")
                    .isEqualTo(size);

            UI.getCurrent().navigate("");
            @SuppressWarnings("unchecked")
            Grid<AreaSummary> grid = find(Grid.class).single();
            int row = grid.getGenericDataView()
                    .getItems()
                    .map(AreaSummary::id)
                    .toList()
                    .indexOf(id);
            assertThat(test(grid).getCellText(row, 3))
                    .as(id + ": the areas page says it")
                    .isEqualTo(size.describeNodes());

            UI.getCurrent().navigate("areas/" + id + "/nodes");
            assertThat(find(Paragraph.class).all())
                    .extracting(Paragraph::getText)
                    .as(id + ": the table view")
                    .anyMatch(text -> text.startsWith(size.describe()));

            UI.getCurrent().navigate("areas/" + id + "/map");
            roundTrip();
            assertThat(find(GraphCanvas.class).single().getElement().getAttribute("aria-label"))
                    .as(id + ": the map's description")
                    .startsWith("Graph of " + size.describe() + ".");
        }
    }

    @Test
    void theComparisonShowsTheNetworkFiguresOfTheNetworkTab() {
        for (AreaComparison row : comparison.compare(PILOTS)) {
            NetworkFigures network = analyses.network(row.area().id()).network();
            AreaMetrics metrics = row.metrics();
            assertThat(metrics.networkDensity()).isEqualTo(network.density());
            assertThat(metrics.networkComponents()).isEqualTo(network.components());
            assertThat(metrics.networkDiameter()).isEqualTo(network.diameter());
            assertThat(metrics.networkAveragePathLength()).isEqualTo(network.averagePathLength());
            assertThat(network.components()).as(row.area().name()).isPositive();
        }
    }
}
