package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodePlacesService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/** In real Chromium, as an evidence leader builds a map: forms, a connection made on the canvas, a drag, the keyboard. */
class MapBuildingBrowserIT extends BrowserTestBase {

    @Autowired
    MapService map;

    @Autowired
    NodePlacesService places;

    BrowserPage page;
    ChromeDriver browser;
    WebDriverWait wait;
    String area;

    @BeforeEach
    void anEditorSignedIn() {
        var made = areas.withUsers();
        area = made.id();
        page = signIn(made.editor());
        browser = page.browser;
        wait = page.wait;
    }

    private Object script(String js, Object... args) {
        return page.script(js, args);
    }

    private void waitForNodes(long count) {
        page.waitForNodes(count);
    }

    private WebElement field(String label) {
        return page.field(label);
    }

    private void button(String text) {
        page.button(text);
    }

    private void chooseInComboBox(String label, String typed) {
        page.chooseInComboBox(label, typed);
    }

    private void chooseInSelect(String label, String itemText) {
        page.chooseInSelect(label, itemText);
    }

    private void clickNode(String nodeId) {
        page.clickNode(nodeId);
    }

    private MapNode named(String name) {
        return map.graph(area).nodes().stream()
                .filter(n -> n.name().equals(name))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void anEditorCreatesTwoNodesAndConnectsThemOnTheCanvas() {
        page.open("areas/" + area + "/map");
        waitForNodes(0);

        button("Add");
        field("Name").sendKeys("Hannah Okafor");
        chooseInComboBox("Role", "Local evidence");
        button("Save");
        waitForNodes(1);

        chooseInSelect("New node", "Intervention");
        button("Add");
        field("Name").sendKeys("Incredible Years groups");
        chooseInComboBox("Implementation stage", "Full implementation");
        button("Save");
        waitForNodes(2);
        MapNode person = named("Hannah Okafor");
        MapNode intervention = named("Incredible Years groups");
        assertThat(person.properties()).containsEntry("role", "LOCAL_EVIDENCE_LEADER");
        assertThat(intervention.properties()).containsEntry("stage", "FULL_IMPLEMENTATION");

        button("Connect to a node on the map");
        wait.until(d -> d.getPageSource().contains("tap the node to connect it to"));
        clickNode(person.id());
        chooseInSelect("Relationship", "Hannah Okafor champions Incredible Years groups");
        button("Connect");

        wait.until(d -> Long.valueOf(1).equals(script("return document.querySelector('evidence-graph').edgeCount")));
        assertThat(map.graph(area).relationships()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(RelationshipType.CHAMPIONS);
            assertThat(r.from()).isEqualTo(person.id());
            assertThat(r.to()).isEqualTo(intervention.id());
        });
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDraggedNodeIsInTheSamePlaceAfterAReload() {
        MapNode person =
                map.createNode(area, new NodeDraft(NodeType.PERSON, "Priya Shah", Map.of("role", "COMMISSIONER")));
        map.createNode(area, new NodeDraft(NodeType.ORGANISATION, "North Hub", Map.of("kind", "FAMILY_HUB")));
        map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of()));
        page.open("areas/" + area + "/map");
        waitForNodes(3);

        Map<String, Number> at = (Map<String, Number>) script("""
                const g = document.querySelector('evidence-graph');
                const p = g.renderedPositionOf(arguments[0]);
                const r = g.getBoundingClientRect();
                return {x: r.left + p.x, y: r.top + p.y};""", person.id());
        new Actions(browser)
                .moveToLocation(at.get("x").intValue(), at.get("y").intValue())
                .clickAndHold()
                .moveByOffset(40, 25)
                .moveByOffset(40, 25)
                .release()
                .perform();

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!places.positions(area).containsKey(person.id()) && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        var saved = places.positions(area).get(person.id());
        assertThat(saved).as("the drag was saved").isNotNull();
        assertThat(places.positions(area)).as("the whole arrangement kept").hasSize(3);

        browser.navigate().refresh();
        waitForNodes(3);
        wait.until(d -> script("return document.querySelector('evidence-graph').positionOf(arguments[0])", person.id())
                != null);
        Map<String, Number> after = (Map<String, Number>)
                script("return document.querySelector('evidence-graph').positionOf(arguments[0])", person.id());
        assertThat(after.get("x").doubleValue()).isCloseTo(saved.x(), within(0.5));
        assertThat(after.get("y").doubleValue()).isCloseTo(saved.y(), within(0.5));
        assertThat(script("return document.querySelector('evidence-graph').layout"))
                .isEqualTo("saved");
    }

    /** The element that has the keyboard focus, through shadow roots: its label or text. */
    private String focused() {
        return (String) script("""
                let a = document.activeElement;
                while (a && a.shadowRoot && a.shadowRoot.activeElement) { a = a.shadowRoot.activeElement; }
                if (!a) { return ''; }
                if (a.tagName === 'TD' || a.tagName === 'TH') {
                  const part = a.getAttribute('part') || '';
                  return part.includes('body-cell') ? 'table cell' : 'table heading';
                }
                let field = a;
                while (field && !field.label) {
                  field = field.parentElement || (field.getRootNode() && field.getRootNode().host);
                }
                return (a.getAttribute('aria-label') || (field && field.label) || a.textContent || '').trim();""");
    }

    private void pressUntilFocused(CharSequence key, String wanted, int most) {
        List<String> seen = new ArrayList<>();
        for (int i = 0; i < most && !focused().equals(wanted); i++) {
            new Actions(browser).sendKeys(key).perform();
            seen.add(focused());
        }
        assertThat(focused())
                .as("focus after pressing a key up to " + most + " times, through " + seen)
                .isEqualTo(wanted);
    }

    @Test
    void aBarrierIsEditedInTheTableViewWithTheKeyboardAlone() {
        MapNode barrier = map.createNode(
                area,
                new NodeDraft(
                        NodeType.BARRIER,
                        "Funding gap",
                        Map.of("category", "FUNDING", "severity", 5, "status", "OPEN")));
        page.open("areas/" + area + "/nodes");
        wait.until(d -> !d.findElements(By.tagName("vaadin-tab")).isEmpty());

        pressUntilFocused(Keys.TAB, "People (0)", 40);
        for (int i = 0; i < 5; i++) {
            new Actions(browser).sendKeys(Keys.ARROW_RIGHT).perform();
        }
        assertThat(focused()).isEqualTo("Barriers (1)");
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        wait.until(d -> d.findElements(By.cssSelector("a[aria-label='Show Funding gap on the map']")).stream()
                .anyMatch(WebElement::isDisplayed));

        // Into the table: Tab reaches its cells, End the row's last (Actions) cell, Enter its link and buttons.
        pressUntilFocused(Keys.TAB, "Add barrier", 10);
        pressUntilFocused(Keys.TAB, "table cell", 3);
        new Actions(browser).sendKeys(Keys.END).perform();
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        assertThat(focused()).isEqualTo("Show Funding gap on the map");
        pressUntilFocused(Keys.TAB, "Edit Funding gap", 3);
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        wait.until(d -> focused().equals("Name"));
        pressUntilFocused(Keys.TAB, "Severity", 10);
        new Actions(browser)
                .keyDown(Keys.CONTROL)
                .sendKeys("a")
                .keyUp(Keys.CONTROL)
                .sendKeys("2")
                .perform();
        new Actions(browser).sendKeys(Keys.ENTER).perform();

        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Long.valueOf(2)
                        .equals(map.node(area, barrier.id()).orElseThrow().property("severity"))
                && System.nanoTime() < deadline) {
            Thread.onSpinWait();
        }
        assertThat(map.node(area, barrier.id()).orElseThrow().property("severity"))
                .isEqualTo(2L);
        wait.until(d -> Boolean.TRUE.equals(
                script("return Array.from(document.querySelectorAll('vaadin-dialog')).every(d => !d.opened)")));
        // the focus is back on the row's Edit button, not at the start of the page
        wait.until(d -> focused().equals("Edit Funding gap"));
    }
}
