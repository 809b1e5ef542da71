package uk.evidencemap.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Lines of the trend chart stay visible where they coincide (issue 16: Merton's line hidden under another). */
class ComparisonChartTest {

    @Test
    void eachLineHasItsOwnShapeAndDashAndTheWiderAreDrawnFirst() {
        List<Double> same = List.of(0.2, 0.4, 0.5);
        List<ComparisonChart.Series> lines = IntStream.range(0, 4)
                .mapToObj(i -> ComparisonChart.Series.line("Area " + i, same, i))
                .toList();
        assertThat(lines).extracting(ComparisonChart.Series::symbol).doesNotHaveDuplicates();
        assertThat(lines)
                .extracting(ComparisonChart.Series::lineType)
                .containsExactly("solid", "dashed", "dotted", "solid");
        for (int i = 1; i < lines.size(); i++) {
            assertThat(lines.get(i).width()).isLessThan(lines.get(i - 1).width());
            assertThat(lines.get(i).symbolSize()).isLessThan(lines.get(i - 1).symbolSize());
        }
        List<String> styles = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            ComparisonChart.Series s = ComparisonChart.Series.line("x", same, i);
            styles.add(s.symbol() + "/" + s.lineType());
        }
        assertThat(styles).as("shape and dash together tell 24 lines apart").doesNotHaveDuplicates();
    }

    @Test
    void theStylesReachTheBrowserInTheChartProperty() {
        ComparisonChart chart = new ComparisonChart();
        chart.setChart(new ComparisonChart.Chart(
                "line",
                "Unmet needs over time",
                "Count",
                false,
                List.of("1 Jan 2026", "Now"),
                List.of(
                        ComparisonChart.Series.line("York", List.of(3.0, 2.0), 0),
                        ComparisonChart.Series.line("Merton", List.of(3.0, 2.0), 1))));
        JsonNode property = JsonMapper.builder()
                .build()
                .readTree(chart.getElement().getPropertyRaw("chart").toString());
        JsonNode york = property.get("series").get(0);
        JsonNode merton = property.get("series").get(1);
        assertThat(york.get("symbol").asString()).isEqualTo("circle");
        assertThat(merton.get("symbol").asString()).isEqualTo("rect");
        assertThat(merton.get("lineType").asString()).isEqualTo("dashed");
        assertThat(york.get("width").asInt()).isGreaterThan(merton.get("width").asInt());
    }
}
