package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.TestUsers;
import uk.evidencemap.map.NodeType;

/** In real Chromium: an area's viewer signs in and reads its map as tables; other areas stay closed. */
class AreaNodesBrowserIT extends BrowserTestBase {

    BrowserPage page;
    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void openBrowser() {
        page = signedOut();
        browser = page.browser;
        wait = page.wait;
    }

    private List<String> gridCellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText)
                .filter(t -> !t.isBlank())
                .toList();
    }

    @Test
    void aViewerSignsInAndReadsTheirAreaOnly() {
        AreaWithUsers ashby = areas.withUsers("Ashby");
        String bexley = areas.create("Bexley");
        areas.map(ashby.id())
                .node(NodeType.PERSON, "Ann Leader", "role", "LOCAL_EVIDENCE_LEADER")
                .node(NodeType.PERSON, "Grace Hill", "role", "PRACTITIONER");
        areas.map(bexley).node(NodeType.PERSON, "Sam Other", "role", "PRACTITIONER");
        TestUsers.Login viewer = ashby.viewer();

        page.open("areas/" + ashby.id() + "/nodes");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));

        page.submitLogin(viewer.username(), "not the password");
        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "var form = document.querySelector('vaadin-login-form'); return form != null && form.error === true")));
        assertThat(browser.executeScript("return document.querySelector('vaadin-login-form').i18n.errorMessage.title"))
                .isEqualTo("Incorrect username or password");

        page.submitLogin(viewer.username(), viewer.password());
        // Signed in, the person lands on the page they first asked for.
        wait.until(d -> gridCellTexts().contains("Ann Leader"));
        assertThat(gridCellTexts()).contains("Local evidence leader", "Grace Hill");
        assertThat(browser.getTitle()).isEqualTo("Ashby: nodes | Evidence Map");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("Ashby");

        page.open("");
        wait.until(d -> gridCellTexts().contains("Ashby"));
        assertThat(gridCellTexts()).doesNotContain("Bexley");

        page.open("areas/" + bexley + "/nodes");
        wait.until(d -> d.getPageSource().contains("You are not a member of this area"));
        assertThat(gridCellTexts()).doesNotContain("Sam Other");
    }
}
