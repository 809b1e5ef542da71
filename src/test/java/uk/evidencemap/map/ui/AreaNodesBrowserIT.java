package uk.evidencemap.map.ui;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import uk.evidencemap.Browser;
import uk.evidencemap.DemoIntegrationTest;

import static org.assertj.core.api.Assertions.assertThat;

/** In real Chromium: the running app serves York's map from the embedded database. */
@DemoIntegrationTest
class AreaNodesBrowserIT {

    @LocalServerPort
    int port;

    ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private List<String> gridCellTexts() {
        return browser.findElements(By.tagName("vaadin-grid-cell-content")).stream()
                .map(WebElement::getText).filter(t -> !t.isBlank()).toList();
    }

    @Test
    void aPersonOpeningYorkSeesItsPeople() {
        browser.get("http://localhost:" + port + "/");
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> gridCellTexts().contains("City of York"));
        assertThat(gridCellTexts()).contains("Merton", "Stockport", "Wirral", "E06000014");

        browser.get("http://localhost:" + port + "/areas/york/nodes");
        wait.until(d -> gridCellTexts().contains("Hannah Okafor"));
        assertThat(gridCellTexts()).contains("Local evidence leader", "Grace Whitfield");
        assertThat(browser.getTitle()).isEqualTo("City of York: nodes | Evidence Map");
        assertThat(browser.findElement(By.tagName("h2")).getText()).isEqualTo("City of York");
    }
}
