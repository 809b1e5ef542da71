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
import uk.evidencemap.map.NodeType;

/**
 * Live updates in real Chromium: N open map pages of one area (tabs, ten to a browser, each
 * browser its own signed-in session); a change is saved through the service, and each page
 * records when the change arrived in its DOM (the live status line takes the change's number).
 * The figure is that moment minus the moment the save returned, for every page and change.
 *
 * <p>The measuring stays out of the way of what it measures: each page writes its arrivals into
 * the browser's local storage, and they are read from one tab per browser after the change has
 * reached every page, so no tab is brought to the front (which makes it draw) while changes
 * travel; and the pages are closed at the end of each round, so the next round's server has no
 * pages left open by the last.
 */
final class LiveFigures {

    static final int TABS_PER_BROWSER = 10;
    /** How long after a save the arrivals are read: longer than any arrival seen, so reading never overlaps one. */
    static final long SETTLE_MS = 2_500;

    private LiveFigures() {}

    static List<String> measure(
            String port, String adminPassword, MapService map, String area, int[] sessions, int changes) {
        List<String> rows = new ArrayList<>();
        rows.add(String.format(
                "%-62s | %-50s | %4s | %9s | %9s | %9s",
                "live updates in Chromium (headless)",
                "save -> arrival in every open page",
                "obs.",
                "p50 ms",
                "p95 ms",
                "max ms"));
        rows.add("-".repeat(160));
        for (int n : sessions) {
            List<ChromeDriver> browsers = new ArrayList<>();
            try {
                List<Double> latencies = new ArrayList<>();
                int[] missing = {0};
                List<String[]> pages = open(port, adminPassword, area, n, browsers);
                MapNode node = map.nodes(area, NodeType.NEED).getFirst();
                for (int c = 0; c < changes; c++) {
                    String name = "Live benchmark need " + n + "-" + c;
                    MapNode current = map.node(area, node.id()).orElseThrow();
                    map.updateNode(area, node.id(), new NodeChange(name, Map.of(), current.version()));
                    double saved = System.currentTimeMillis();
                    Thread.sleep(SETTLE_MS);
                    for (int b = 0; b < browsers.size(); b++) {
                        ChromeDriver browser = browsers.get(b);
                        int tabs = (int) pages.stream()
                                .filter(p -> p[0].equals(String.valueOf(browser.hashCode())))
                                .count();
                        List<Number> arrived = List.of();
                        long deadline = System.currentTimeMillis() + 30_000;
                        do {
                            @SuppressWarnings("unchecked")
                            List<Number> found = (List<Number>) browser.executeScript("""
                                    const found = [];
                                    for (let i = 0; i < localStorage.length; i++) {
                                      const key = localStorage.key(i);
                                      if (key.startsWith('live-benchmark ') && key.endsWith(' ' + arguments[0])) {
                                        found.push(Number(localStorage.getItem(key)));
                                      }
                                    }
                                    return found;""", name);
                            arrived = found;
                        } while (arrived.size() < tabs && System.currentTimeMillis() < deadline && pause(50));
                        missing[0] += tabs - arrived.size();
                        arrived.forEach(t -> latencies.add(t.doubleValue() - saved));
                    }
                }
                String last = "Live benchmark need " + n + "-" + (changes - 1);
                rows.add(row(
                                n + " open map pages (" + browsers.size() + " sessions), " + changes + " changes",
                                "save -> change in the page's DOM",
                                latencies)
                        + (missing[0] == 0
                                ? ""
                                : " (" + missing[0] + " arrivals not seen within 30 s; " + showing(browsers, last)
                                        + " of " + n + " pages show the last change at the end)"));
                close(browsers);
            } catch (RuntimeException | InterruptedException e) {
                rows.add("Live figures for " + n + " pages skipped: " + e);
            } finally {
                browsers.forEach(ChromeDriver::quit);
            }
        }
        return rows;
    }

    /** Opens n map pages; returns [browser index, window handle] of each, each with an arrival recorder. */
    private static List<String[]> open(
            String port, String adminPassword, String area, int n, List<ChromeDriver> browsers) {
        List<String[]> pages = new ArrayList<>();
        String base = "http://localhost:" + port;
        for (int i = 0; i < n; i++) {
            if (i % TABS_PER_BROWSER == 0) {
                ChromeDriver browser = Browser.start();
                browsers.add(browser);
                Browser.signIn(
                        browser, new WebDriverWait(browser, Duration.ofMinutes(2)), base, "admin", adminPassword);
                new WebDriverWait(browser, Duration.ofMinutes(2))
                        .until(d -> d.getCurrentUrl().endsWith("/"));
            } else {
                browsers.getLast().switchTo().newWindow(WindowType.TAB);
            }
            ChromeDriver browser = browsers.getLast();
            browser.get(base + "/areas/" + area + "/map");
            new WebDriverWait(browser, Duration.ofMinutes(2))
                    .until(d -> ((Number)
                                            browser.executeScript(
                                                    "var g = document.querySelector('evidence-graph'); return g ? g.renderedAt : 0"))
                                    .doubleValue()
                            > 0);
            // the status line names the renamed node when the change arrives; the page notes the moment
            browser.executeScript("""
                    const page = arguments[0];
                    const status = document.querySelector('.live-status');
                    new MutationObserver(() => {
                      const match = /'(Live benchmark need [^']*)'/.exec(status.textContent);
                      const key = match && 'live-benchmark ' + page + ' ' + match[1];
                      if (key && localStorage.getItem(key) === null) {
                        localStorage.setItem(key, String(performance.timeOrigin + performance.now()));
                      }
                    }).observe(status, {attributes: true, childList: true, characterData: true, subtree: true});""", i);
            pages.add(new String[] {String.valueOf(browser.hashCode()), browser.getWindowHandle()});
        }
        return pages;
    }

    private static boolean pause(long millis) {
        try {
            Thread.sleep(millis);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** How many pages' status lines name the last change (read after the round: tabs may come forward now). */
    private static int showing(List<ChromeDriver> browsers, String name) {
        int count = 0;
        for (ChromeDriver browser : browsers) {
            for (String window : browser.getWindowHandles()) {
                browser.switchTo().window(window);
                Object text = browser.executeScript(
                        "const s = document.querySelector('.live-status'); return s ? s.textContent : '';");
                if (String.valueOf(text).contains("'" + name + "'")) {
                    count++;
                }
            }
        }
        return count;
    }

    /** Closes every page as a person closing the tab would, so that its server side ends at once. */
    private static void close(List<ChromeDriver> browsers) throws InterruptedException {
        for (ChromeDriver browser : browsers) {
            for (String window : browser.getWindowHandles()) {
                browser.switchTo().window(window);
                browser.get("about:blank");
            }
        }
        Thread.sleep(2_000);
    }

    /** A row of latencies: how many, p50, p95 and the longest. */
    static String row(String label, String operation, List<Double> millis) {
        List<Double> sorted = new ArrayList<>(millis);
        sorted.sort(Comparator.naturalOrder());
        return String.format(
                Locale.ROOT,
                "%-62s | %-50s | %4d | %9.0f | %9.0f | %9.0f",
                label,
                operation,
                sorted.size(),
                Benchmark.percentile(sorted, 0.5),
                Benchmark.percentile(sorted, 0.95),
                sorted.getLast());
    }
}
