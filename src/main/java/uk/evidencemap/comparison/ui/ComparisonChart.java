package uk.evidencemap.comparison.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * A bar or line chart: Apache ECharts wrapped in the {@code <evidence-chart>} web component of
 * frontend/components. The data goes in as one property built from records; the browser can
 * save the chart as PNG or SVG. It knows nothing of services or security.
 */
@Tag("evidence-chart")
@NpmPackage(value = "echarts", version = "6.1.0")
@JsModule("./components/evidence-chart.ts")
public class ComparisonChart extends Component implements HasSize {

    /**
     * One series: a value per category (null where there is none); series with the same stack are
     * stacked. A line is drawn with its own ECharts {@code symbol} at every point, its own dash
     * ({@code lineType}: solid, dashed or dotted) and width, so that lines which coincide stay
     * visible: the wider ones drawn first show round the narrower ones drawn on top.
     *
     * @param width      the line's width in pixels (null for bars)
     * @param symbolSize the symbol's size in pixels (null for bars)
     */
    public record Series(
            String name,
            List<Double> values,
            String stack,
            String symbol,
            String lineType,
            Integer width,
            Integer symbolSize) {

        /** The shapes of the points, one per line in turn (ECharts' built-in symbols). */
        public static final List<String> SYMBOLS =
                List.of("circle", "rect", "triangle", "diamond", "pin", "arrow", "roundRect", "emptyCircle");

        /** The dashes of the lines, in turn. */
        public static final List<String> LINE_TYPES = List.of("solid", "dashed", "dotted");

        public Series {
            values = Collections.unmodifiableList(new ArrayList<>(values));
        }

        /** A bar series (or a line drawn in ECharts' own style). */
        public Series(String name, List<Double> values, String stack) {
            this(name, values, stack, null, null, null, null);
        }

        /**
         * The line of the {@code index}-th series (from 0): shape and dash in turn, so that no two of
         * the first 24 lines share both, and each line a pixel narrower than the one before (5 to 2).
         */
        public static Series line(String name, List<Double> values, int index) {
            return new Series(
                    name,
                    values,
                    null,
                    SYMBOLS.get(index % SYMBOLS.size()),
                    LINE_TYPES.get(index % LINE_TYPES.size()),
                    Math.max(2, 5 - index),
                    Math.max(7, 14 - 2 * index));
        }
    }

    /** What to draw: {@code kind} is "bar" or "line"; {@code percent} shows values 0-1 as percentages. */
    public record Chart(
            String kind, String title, String yTitle, boolean percent, List<String> categories, List<Series> series) {

        public Chart {
            if (!"bar".equals(kind) && !"line".equals(kind)) {
                throw new IllegalArgumentException("kind must be bar or line");
            }
            categories = List.copyOf(categories);
            series = List.copyOf(series);
        }
    }

    private Chart chart;

    public ComparisonChart() {
        // A figure named by its title; inside it ECharts writes a text description of the data.
        getElement().setAttribute("role", "figure");
    }

    public void setChart(Chart chart) {
        this.chart = chart;
        getElement().setPropertyBean("chart", chart);
        getElement().setAttribute("aria-label", chart.title() + " (the table on this page has the same figures)");
    }

    public Chart getChart() {
        return chart;
    }

    /** The browser saves the chart as it is drawn now, as {@code png} or {@code svg}. */
    public void download(String format, String fileName) {
        if (!"png".equals(format) && !"svg".equals(format)) {
            throw new IllegalArgumentException("format must be png or svg");
        }
        getElement().callJsFunction("download", format, fileName);
    }
}
