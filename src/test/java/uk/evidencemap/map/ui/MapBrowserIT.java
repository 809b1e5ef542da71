package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.evidencemap.Browser;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestUsers;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.security.AreaRole;

/** In real Chromium: York's map is drawn on the canvas and a tapped node's details come back from the server. */
@IntegrationTest
class MapBrowserIT {

    @LocalServerPort
    int port;

    @Autowired
    TestUsers users;

    @Autowired
    MapService map;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
        users.deleteAll();
    }

    @Test
    void yorksMapIsDrawnAndATappedNodeShowsItsConnections() throws Exception {
        var viewer = users.member("york", AreaRole.VIEWER);
        var graph = map.graph("york");
        MapNode leader = graph.nodes().stream()
                .filter(n -> n.name().equals("Hannah Okafor"))
                .findFirst()
                .orElseThrow();

        Browser.signIn(browser, wait, "http://localhost:" + port, viewer.username(), viewer.password());
        wait.until(d -> d.getCurrentUrl().endsWith("/"));

        browser.get("http://localhost:" + port + "/areas/york/map");
        wait.until(d -> Long.valueOf(graph.nodes().size())
                .equals(browser.executeScript(
                        "var g = document.querySelector('evidence-graph'); return g ? g.nodeCount : -1")));
        assertThat(browser.findElement(By.tagName("evidence-graph")).getAttribute("aria-label"))
                .isEqualTo("Graph of " + graph.nodes().size() + " nodes and "
                        + graph.relationships().size() + " relationships. The table view lists the same map.");

        browser.executeScript("document.querySelector('evidence-graph').tapNode(arguments[0])", leader.id());
        wait.until(d -> d.findElements(By.tagName("h3")).stream()
                .anyMatch(h -> h.getText().equals("Hannah Okafor")));
        assertThat(browser.getPageSource()).contains("works for City of York Council: Children and Education");
        assertThat((String) browser.executeScript("return document.querySelector('evidence-graph').pngDataUrl()"))
                .startsWith("data:image/png;base64,");
        assertThat((String) browser.executeScript("return document.querySelector('evidence-graph').svgText()"))
                .contains("<svg")
                .contains("Hannah Okafor");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "map-york.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aFindingOpenedFromTheAnalysisPageIsHighlightedOnTheCanvas() throws Exception {
        var viewer = users.member("york", AreaRole.VIEWER);
        var graph = map.graph("york");
        MapNode leader = graph.nodes().stream()
                .filter(n -> n.name().equals("Hannah Okafor"))
                .findFirst()
                .orElseThrow();
        long neighbours = graph.relationships().stream()
                .map(r -> r.from().equals(leader.id()) ? r.to() : r.to().equals(leader.id()) ? r.from() : null)
                .filter(Objects::nonNull)
                .distinct()
                .count();

        Browser.signIn(browser, wait, "http://localhost:" + port, viewer.username(), viewer.password());
        wait.until(d -> d.getCurrentUrl().endsWith("/"));
        browser.get("http://localhost:" + port + "/areas/york/analysis");
        wait.until(d -> !d.findElements(By.cssSelector("a[aria-label='Show Hannah Okafor on the map']"))
                        .isEmpty()
                || clickChampionsTab(d));
        var link = browser.findElement(By.cssSelector("a[aria-label='Show Hannah Okafor on the map']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();

        wait.until(d -> Long.valueOf(neighbours + 1)
                .equals(browser.executeScript(
                        "var g = document.querySelector('evidence-graph'); return g ? g.highlightedCount : -1")));
        assertThat(browser.getCurrentUrl()).endsWith("/areas/york/map?show=" + leader.id());
        // the highlight's own status line: the area frame's live line (also role=status) comes first
        assertThat(browser.findElement(By.cssSelector(".map-highlight-note[role=status]"))
                        .getText())
                .isEqualTo("Highlighted: 'Hannah Okafor' and its " + neighbours + " connections.");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "map-york-highlight.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    /** Opens the Champions tab of the analysis page (once its tabs are there); false until it is open. */
    private static boolean clickChampionsTab(WebDriver driver) {
        var tabs = driver.findElements(By.tagName("vaadin-tab"));
        tabs.stream()
                .filter(t -> t.getText().startsWith("Champions"))
                .findFirst()
                .ifPresent(t -> t.click());
        return false;
    }
}
