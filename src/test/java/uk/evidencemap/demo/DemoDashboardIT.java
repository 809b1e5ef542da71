package uk.evidencemap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.Test;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.area.Area;
import uk.evidencemap.comparison.Metric;
import uk.evidencemap.comparison.ui.ComparisonChart;

/** The demo on the comparison dashboard: the four pilots, chosen first, side by side with their illustrative history. */
@IntegrationTest
class DemoDashboardIT extends SpringBrowserlessTest {

    @Test
    void theDashboardOpensOnTheFourPilotsWithTheirIllustrativeHistory() {
        UI.getCurrent().navigate("compare");

        @SuppressWarnings("unchecked")
        MultiSelectComboBox<Area> choice = find(MultiSelectComboBox.class).single();
        assertThat(choice.getValue())
                .extracting(Area::id)
                .containsExactlyInAnyOrder("york", "merton", "stockport", "wirral");
        Grid<?> table = find(Grid.class).single();
        assertThat(table.getColumns())
                .extracting(c -> c.getKey() == null ? "metric" : c.getKey())
                .containsExactly("metric", "york", "merton", "stockport", "wirral");
        var charts = find(ComparisonChart.class).all().stream()
                .map(ComparisonChart::getChart)
                .toList();
        assertThat(charts)
                .filteredOn(c -> c.title().equals(Metric.STRONG_EVIDENCE_SHARE.label()))
                .singleElement()
                .satisfies(bars ->
                        assertThat(bars.categories()).containsExactly("City of York", "Merton", "Stockport", "Wirral"));
        assertThat(charts)
                .filteredOn(c -> c.kind().equals("line"))
                .singleElement()
                .satisfies(trend -> assertThat(trend.series())
                        .extracting(ComparisonChart.Series::name)
                        .contains("City of York (illustrative history)"));
    }
}
