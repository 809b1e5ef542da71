package uk.evidencemap.benchmark;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import uk.evidencemap.Browser;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;

/**
 * Live updates in real Chromium: N open map pages of one area (tabs, ten to a browser, each
 * browser its own signed-in session); a change is saved through the service, and each page
 * records when the change arrived in its DOM (the live status line takes the change's number).
 * The figure is that moment minus the moment the save returned, for every page and change.
 */
final class LiveFigures {

    static final int TABS_PER_BROWSER = 10;

    private LiveFigures() {
    }

    static List<String> measure(String port, String adminPassword, MapService map, String area, int[] sessions,
                                int changes) {
        List<String> rows = new ArrayList<>();
        rows.add(String.format("%-62s | %-50s | %4s | %9s | %9s | %9s", "live updates in Chromium (headless)",
                "save -> arrival in every open page", "obs.", "p50 ms", "p95 ms", "max ms"));
        rows.add("-".repeat(160));
        for (int n : sessions) {
            List<ChromeDriver> browsers = new ArrayList<>();
            try {
                List<Double> latencies = new ArrayList<>();
                List<String[]> pages = open(port, adminPassword, area, n, browsers);
                MapNode node = map.nodes(area, uk.evidencemap.map.NodeType.NEED).getFirst();
                for (int c = 0; c < changes; c++) {
                    String name = "Live benchmark need " + n + "-" + c;
                    MapNode current = map.node(area, node.id()).orElseThrow();
                    map.updateNode(area, node.id(), new NodeChange(name, Map.of(), current.version()));
                    double saved = System.currentTimeMillis();
                    long seq = latestSeq(browsers.getFirst(), pages.getFirst()[1], name);
                    for (String[] page : pages) {
                        ChromeDriver browser = browsers.get(Integer.parseInt(page[0]));
                        browser.switchTo().window(page[1]);
                        double arrived = new WebDriverWait(browser, Duration.ofSeconds(30))
                                .pollingEvery(Duration.ofMillis(20)).until(d -> (Number) browser.executeScript(
                                        "return window.arrivals && window.arrivals[arguments[0]]", String.valueOf(seq)))
                                .doubleValue();
                        latencies.add(arrived - saved);
                    }
                    Thread.sleep(300);
                }
                rows.add(row(n + " open map pages (" + browsers.size() + " sessions), " + changes + " changes",
                        latencies));
            } catch (RuntimeException | InterruptedException e) {
                rows.add("Live figures for " + n + " pages skipped: " + e);
            } finally {
                browsers.forEach(ChromeDriver::quit);
            }
        }
        return rows;
    }

    /** The number of the change with this name, read from the first page once it has it. */
    private static long latestSeq(ChromeDriver browser, String window, String name) {
        browser.switchTo().window(window);
        return Long.parseLong((String) new WebDriverWait(browser, Duration.ofSeconds(30))
                .pollingEvery(Duration.ofMillis(20)).until(d -> browser.executeScript("""
                        const s = document.querySelector('.live-status');
                        return s && s.textContent.includes(arguments[0]) ? s.getAttribute('data-seq') : null;""",
                        name)));
    }

    /** Opens n map pages; returns [browser index, window handle] of each, each with an arrival recorder. */
    private static List<String[]> open(String port, String adminPassword, String area, int n,
                                       List<ChromeDriver> browsers) {
        List<String[]> pages = new ArrayList<>();
        String base = "http://localhost:" + port;
        for (int i = 0; i < n; i++) {
            if (i % TABS_PER_BROWSER == 0) {
                ChromeDriver browser = Browser.start();
                browsers.add(browser);
                Browser.signIn(browser, new WebDriverWait(browser, Duration.ofMinutes(2)), base, "admin",
                        adminPassword);
                new WebDriverWait(browser, Duration.ofMinutes(2)).until(d -> d.getCurrentUrl().endsWith("/"));
            } else {
                browsers.getLast().switchTo().newWindow(WindowType.TAB);
            }
            ChromeDriver browser = browsers.getLast();
            browser.get(base + "/areas/" + area + "/map");
            new WebDriverWait(browser, Duration.ofMinutes(2)).until(d -> ((Number) browser.executeScript(
                    "var g = document.querySelector('evidence-graph'); return g ? g.renderedAt : 0")).doubleValue() > 0);
            browser.executeScript("""
                    window.arrivals = {};
                    const status = document.querySelector('.live-status');
                    new MutationObserver(() => {
                      const seq = status.getAttribute('data-seq');
                      if (seq && !window.arrivals[seq]) {
                        window.arrivals[seq] = performance.timeOrigin + performance.now();
                      }
                    }).observe(status, {attributes: true, attributeFilter: ['data-seq']});""");
            pages.add(new String[] {String.valueOf(browsers.size() - 1), browser.getWindowHandle()});
        }
        return pages;
    }

    private static String row(String label, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Comparator.naturalOrder());
        return String.format(Locale.ROOT, "%-62s | %-50s | %4d | %9.0f | %9.0f | %9.0f", label,
                "save -> change in the page's DOM", sorted.size(), Benchmark.percentile(sorted, 0.5),
                Benchmark.percentile(sorted, 0.95), sorted.getLast());
    }
}
