package uk.evidencemap.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * In real Chromium, from the keyboard: the skip link, Enter on the list of areas, the presence
 * avatars, where the focus goes when a dialog opens and after it closes, the refused and
 * not-found pages in the application's frame, and the API's pages.
 */
class KeyboardBrowserIT extends BrowserTestBase {

    @Autowired
    MapService map;

    AreaWithUsers made;
    String area;
    String other;
    MapNode leader;
    BrowserPage page;

    @BeforeEach
    void anAreaWithTwoNodesAndItsEditorSignedIn() {
        made = areas.withUsers();
        area = made.id();
        other = areas.create();
        leader = areas.map(area)
                .node(NodeType.PERSON, "Ann Leader", "role", "LOCAL_EVIDENCE_LEADER")
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .get("Ann Leader");
        page = signIn(made.editor());
    }

    @Test
    void theSkipLinkIsTheFirstTabStopAndTakesTheFocusToThePage() {
        page.wait.until(d -> !d.findElements(By.cssSelector("vaadin-grid")).isEmpty());
        press(Keys.TAB);
        assertThat(focused()).isEqualTo("Skip to main content");
        WebElement skip = page.browser.findElement(By.cssSelector("a.skip-link"));
        assertThat(skip.isDisplayed()).isTrue();
        assertThat(skip.getRect().getY()).as("shown while focused").isNotNegative();

        press(Keys.ENTER);
        assertThat(page.script("return document.activeElement.id")).isEqualTo("main-content");
        press(Keys.TAB);
        assertThat(page.script("return document.getElementById('main-content').contains(document.activeElement)"))
                .as("the next tab stop is on the page, past the frame's navigation")
                .isEqualTo(true);
    }

    @Test
    void enterOnARowOfTheAreasOpensTheArea() {
        page.wait.until(
                d -> !d.findElements(By.cssSelector("vaadin-grid-cell-content")).isEmpty());
        press(Keys.TAB); // the skip link
        press(Keys.ENTER); // the page
        press(Keys.TAB); // the list's heading
        assertThat(focused()).isEqualTo("table heading");
        press(Keys.TAB); // its rows: the first (and only) area
        assertThat(focused()).isEqualTo("table cell");

        press(Keys.ENTER);
        page.wait.until(d -> d.getCurrentUrl().endsWith("/areas/" + area + "/nodes"));
    }

    @Test
    void presenceAvatarsAreNamedInFullAndNotTabStops() {
        page.open("areas/" + area + "/map");
        String name = "Test " + made.editor().username();
        page.wait.until(d -> d.findElements(By.cssSelector("vaadin-avatar-group > vaadin-avatar:not([slot])")).stream()
                .anyMatch(a -> (name + " (" + initials(name) + ")").equals(a.getDomAttribute("aria-label"))));
        WebElement group = page.browser.findElement(By.cssSelector("vaadin-avatar-group"));
        assertThat(group.getDomAttribute("role")).isEqualTo("group");
        assertThat(group.getDomAttribute("aria-label")).isEqualTo("One person on this area's pages now");
        assertThat(page.browser.findElements(By.cssSelector("vaadin-avatar-group > vaadin-avatar:not([slot])")))
                .isNotEmpty()
                .allSatisfy(a -> assertThat(a.getDomAttribute("tabindex")).isNull());
    }

    @Test
    void theConnectDialogOpensOnItsFirstFieldAndGivesTheFocusBackWhenItCloses() {
        page.open("areas/" + area + "/map");
        page.waitForNodes(2);
        page.script("document.querySelector('evidence-graph').tapNode(arguments[0])", leader.id());
        page.wait.until(d -> d.findElements(By.tagName("h3")).stream()
                .anyMatch(h -> h.getText().equals("Ann Leader")));

        page.button("Connect…");
        page.wait.until(d -> focused().equals("Connect to"));
        page.chooseInComboBox("Connect to", "Talk");
        page.chooseInSelect("Relationship", "Ann Leader champions Talk groups");
        page.button("Connect");

        page.wait.until(d -> focused().equals("Connect…"));
        assertThat(map.graph(area).relationships())
                .singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(RelationshipType.CHAMPIONS));
    }

    @Test
    void theTableViewsDialogOpensOnTheNameAndTheFocusGoesToTheNewRowAfterSaving() {
        page.open("areas/" + area + "/nodes");
        page.button("Add person");
        page.wait.until(d -> focused().equals("Name"));
        page.field("Name").sendKeys("Cara Reid");
        page.chooseInComboBox("Role", "Commissioner");
        page.button("Save");

        page.wait.until(d -> focused().equals("Edit Cara Reid"));
    }

    @Test
    void refusedAndNotFoundPagesAreInTheApplicationsFrame() {
        page.open("areas/" + other + "/map");
        errorPage("Not a member of this area");

        // an address that matches no page reaches the application (Spring Security used to refuse it)
        page.open("no-such-page");
        errorPage("Page not found");

        page.browser.findElement(By.linkText("Go to your areas")).click();
        page.wait.until(d -> d.getTitle().equals("Areas | Evidence Map"));
    }

    @Test
    void theApiPagesHaveAnAuthorizeButtonATitleAndAWayBack() {
        page.open("api/docs");
        page.wait.until(d ->
                !d.findElements(By.cssSelector(".swagger-ui button.authorize")).isEmpty());
        assertThat(page.browser.getTitle()).isEqualTo("Evidence Map API | Evidence Map");
        assertThat(page.browser.findElements(By.cssSelector(".swagger-ui .info a[href='/']")))
                .as("links back to the application")
                .isNotEmpty();
    }

    private void errorPage(String heading) {
        page.wait.until(d -> d.findElements(By.cssSelector(".error-page h2")).stream()
                .anyMatch(h -> h.getText().equals(heading)));
        assertThat(page.browser.getTitle()).isEqualTo(heading + " | Evidence Map");
        assertThat(page.browser.findElements(By.cssSelector("vaadin-app-layout vaadin-side-nav")))
                .as("in the application's frame")
                .isNotEmpty();
        assertThat(page.browser.findElement(By.tagName("body")).getText())
                .doesNotContain("Available routes", "areas/:areaId");
    }

    private void press(CharSequence key) {
        new Actions(page.browser).sendKeys(key).perform();
    }

    private static String initials(String name) {
        StringBuilder initials = new StringBuilder();
        for (String word : name.split(" ")) {
            initials.append(word.charAt(0));
        }
        return initials.toString();
    }

    /** The element that has the keyboard focus, through shadow roots: its label, name or text. */
    private String focused() {
        return (String) page.script("""
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
}
