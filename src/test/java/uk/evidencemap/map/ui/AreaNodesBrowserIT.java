package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.TestUsers;
import uk.evidencemap.security.AreaRole;

/** In real Chromium: a York viewer signs in and reads York's map; other areas stay closed. */
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
        TestUsers.Login viewer = users.member("york", AreaRole.VIEWER);

        page.open("areas/york/nodes");
        wait.until(d -> d.getCurrentUrl().endsWith("/login"));

        page.submitLogin(viewer.username(), "not the password");
        wait.until(d -> d.getCurrentUrl().contains("error"));
        wait.until(d -> Boolean.TRUE.equals(browser.executeScript(
                "var form = document.querySelector('vaadin-login-form'); return form != null && form.error === true")));
        assertThat(browser.executeScript("return document.querySelector('vaadin-login-form').i18n.errorMessage.title"))
                .isEqualTo("Incorrect username or password");

        page.submitLogin(viewer.username(), viewer.password());
        // Signed in, the person lands on the page they first asked for.
        wait.until(d -> gridCellTexts().contains("Hannah Okafor"));
        assertThat(gridCellTexts()).contains("Local evidence leader", "Grace Whitfield");
        assertThat(browser.getTitle()).isEqualTo("City of York: nodes | Evidence Map");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("City of York");

        page.open("");
        wait.until(d -> gridCellTexts().contains("City of York"));
        assertThat(gridCellTexts()).doesNotContain("Merton", "Stockport", "Wirral");

        page.open("areas/merton/nodes");
        wait.until(d -> d.getPageSource().contains("You are not a member of area 'merton'"));
        assertThat(gridCellTexts()).doesNotContain("Samuel Adeyemi");
    }
}
