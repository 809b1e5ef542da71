package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/** In real Chromium: a small map is drawn on the canvas and a tapped node's details come back from the server. */
class MapBrowserIT extends BrowserTestBase {

    String area;
    MapNode leader;
    BrowserPage page;
    ChromeDriver browser;
    WebDriverWait wait;

    /**
     * Four nodes and four relationships: Ann, the evidence leader, works for the council and
     * champions the talk groups it commissions for a need; so she has two connections.
     */
    @BeforeEach
    void aSmallMapAndItsViewerSignedIn() {
        AreaWithUsers made = areas.withUsers();
        area = made.id();
        leader = areas.map(area)
                .node(NodeType.PERSON, "Ann Leader", "role", "LOCAL_EVIDENCE_LEADER")
                .node(NodeType.ORGANISATION, "North Council", "kind", "LOCAL_AUTHORITY")
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.NEED, "Early language")
                .link("Ann Leader", RelationshipType.WORKS_FOR, "North Council")
                .link("Ann Leader", RelationshipType.CHAMPIONS, "Talk groups")
                .link("North Council", RelationshipType.COMMISSIONS, "Talk groups")
                .link("Talk groups", RelationshipType.ADDRESSES, "Early language")
                .get("Ann Leader");
        page = signIn(made.viewer());
        browser = page.browser;
        wait = page.wait;
    }

    @Test
    void theMapIsDrawnAndATappedNodeShowsItsConnections() throws Exception {
        page.open("areas/" + area + "/map");
        wait.until(d -> Long.valueOf(4)
                .equals(browser.executeScript(
                        "var g = document.querySelector('evidence-graph'); return g ? g.nodeCount : -1")));
        assertThat(browser.findElement(By.tagName("evidence-graph")).getAttribute("aria-label"))
                .isEqualTo("Graph of 4 nodes and 4 relationships. The table view lists the same map.");

        browser.executeScript("document.querySelector('evidence-graph').tapNode(arguments[0])", leader.id());
        wait.until(d -> d.findElements(By.tagName("h3")).stream()
                .anyMatch(h -> h.getText().equals("Ann Leader")));
        assertThat(browser.getPageSource()).contains("works for North Council");
        assertThat((String) browser.executeScript("return document.querySelector('evidence-graph').pngDataUrl()"))
                .startsWith("data:image/png;base64,");
        assertThat((String) browser.executeScript("return document.querySelector('evidence-graph').svgText()"))
                .contains("<svg")
                .contains("Ann Leader");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "map-drawn.png"), browser.getScreenshotAs(OutputType.BYTES));
    }

    @Test
    void aFindingOpenedFromTheAnalysisPageIsHighlightedOnTheCanvas() throws Exception {
        page.open("areas/" + area + "/analysis");
        wait.until(d -> !d.findElements(By.cssSelector("a[aria-label='Show on map: Ann Leader']"))
                        .isEmpty()
                || clickChampionsTab(d));
        var link = browser.findElement(By.cssSelector("a[aria-label='Show on map: Ann Leader']"));
        browser.executeScript("arguments[0].scrollIntoView({block: 'center'})", link);
        link.click();

        wait.until(d -> Long.valueOf(3)
                .equals(browser.executeScript(
                        "var g = document.querySelector('evidence-graph'); return g ? g.highlightedCount : -1")));
        assertThat(browser.getCurrentUrl()).endsWith("/areas/" + area + "/map?show=" + leader.id());
        // the highlight's own status line: the area frame's live line (also role=status) comes first
        assertThat(browser.findElement(By.cssSelector(".map-highlight-note[role=status]"))
                        .getText())
                .isEqualTo("Highlighted: 'Ann Leader' and its 2 connections.");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "map-highlight.png"), browser.getScreenshotAs(OutputType.BYTES));
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
