package uk.evidencemap.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.evidencemap.Browser;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;

/**
 * The map in real Chromium at several sizes: the time from asking for the page to the graph
 * drawn in full (the layout run and painted), and from a tap on a node to its details shown
 * (a round trip to the server). Figures only; nothing is asserted.
 */
final class BrowserFigures {

    private BrowserFigures() {}

    static List<String> measure(String port, String adminPassword, MapService map, int[][] sizes, int runs) {
        List<String> rows = new ArrayList<>();
        ChromeDriver browser;
        try {
            browser = Browser.start();
        } catch (RuntimeException e) {
            rows.add("Browser figures skipped: " + e.getMessage());
            return rows;
        }
        try {
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofMinutes(3));
            wait.pollingEvery(Duration.ofMillis(5));
            String base = "http://localhost:" + port;
            Browser.signIn(browser, wait, base, "admin", adminPassword);
            wait.until(d -> d.getCurrentUrl().endsWith("/"));
            // the first page of a fresh browser also loads and compiles the front end: not a map figure
            browser.get(base + "/areas/canvas-" + sizes[0][0] + "/map");
            wait.until(d -> ((Number) browser.executeScript("var g = document.querySelector('evidence-graph');"
                                    + " return g ? g.renderedAt : 0"))
                            .doubleValue()
                    > 0);
            rows.add(String.format(
                    "%-62s | %-50s | %4s | %9s | %9s",
                    "map in Chromium (headless, 1400x1000)", "operation", "runs", "p50 ms", "max ms"));
            rows.add("-".repeat(150));
            for (int[] size : sizes) {
                String area = "canvas-" + size[0];
                var graph = map.graph(area);
                long nodes = graph.nodes().size();
                MapNode someone = graph.nodes().get(graph.nodes().size() / 2);
                List<Double> render = new ArrayList<>();
                List<Double> select = new ArrayList<>();
                for (int run = 0; run < runs; run++) {
                    browser.get(base + "/areas/" + area + "/map");
                    wait.until(d -> Long.valueOf(nodes)
                                    .equals(
                                            browser.executeScript(
                                                    "var g = document.querySelector('evidence-graph'); return g ? g.nodeCount : -1"))
                            && ((Number) browser.executeScript(
                                                    "return document.querySelector('evidence-graph').renderedAt"))
                                            .doubleValue()
                                    > 0);
                    render.add(((Number)
                                    browser.executeScript("return document.querySelector('evidence-graph').renderedAt"))
                            .doubleValue());
                    long start = System.nanoTime();
                    browser.executeScript(
                            "document.querySelector('evidence-graph').tapNode(arguments[0])", someone.id());
                    wait.until(d -> d.findElements(By.tagName("h3")).stream()
                            .anyMatch(h -> h.getText().equals(someone.name())));
                    select.add((System.nanoTime() - start) / 1e6);
                }
                String label =
                        area + " (" + nodes + " nodes, " + graph.relationships().size() + " relationships)";
                rows.add(row(label, "page asked for -> graph drawn in full", render));
                rows.add(row(label, "tap a node -> its details shown", select));
            }
        } finally {
            browser.quit();
        }
        return rows;
    }

    private static String row(String label, String operation, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Comparator.naturalOrder());
        return String.format(
                Locale.ROOT,
                "%-62s | %-50s | %4d | %9.0f | %9.0f",
                label,
                operation,
                sorted.size(),
                Benchmark.percentile(sorted, 0.5),
                sorted.getLast());
    }
}
