package uk.evidencemap.exchange.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.map.MapService;
import uk.evidencemap.security.SystemUser;

/**
 * In real Chromium: an evidence leader uploads a real Kumu spreadsheet and a real PRSM map on the
 * area's import page, reads the preview (counts, the type mapping, skipped rows with reasons) and
 * imports them; the map then holds what the preview said.
 */
class ImportBrowserIT extends BrowserTestBase {

    @Autowired
    MapService map;

    @Autowired
    SystemUser system;

    private static String dataset(String file) {
        return Path.of("..", "shared", "datasets", file)
                .toAbsolutePath()
                .normalize()
                .toString();
    }

    private static String text(BrowserPage page, String selector) {
        return String.valueOf(((JavascriptExecutor) page.browser)
                .executeScript(
                        "const e = document.querySelector(arguments[0]); return e ? e.innerText : ''", selector));
    }

    /** Chooses the file in the upload, as a person would, once the upload holds no earlier file. */
    private static void upload(BrowserPage page, String file) {
        WebElement upload = page.wait.until(d -> d.findElement(By.cssSelector("vaadin-upload")));
        page.wait.until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                .executeScript("return arguments[0].files.length === 0 && !arguments[0].maxFilesReached", upload)));
        WebElement input = page.wait.until(d -> upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")));
        input.sendKeys(file);
    }

    @Test
    void anEditorPreviewsThenImportsAKumuSpreadsheetAndAPrsmMap() {
        skipWithoutChromium();
        AreaWithUsers area = areas.withUsers("Ashby");
        BrowserPage page = signIn(area.editor());
        page.open(AreaNavigation.exchange(area.id()));

        upload(page, dataset("kumu-docs/kumu-docs--content_paypal-mafia.xlsx"));
        page.wait.until(d -> text(page, "#import-summary").startsWith("Will create"));
        String summary = text(page, "#import-summary");
        assertThat(summary).contains("Will create 34 nodes (17 Organisations, 17 People)");
        String grids = String.valueOf(((JavascriptExecutor) page.browser)
                .executeScript("return Array.from(document.querySelectorAll('vaadin-grid'))"
                        + ".map(g => g.textContent).join(' | ')"));
        assertThat(grids).as("the type mapping and the skipped rows").contains("Company", "repeats Connections row 16");
        page.button("Import");
        page.wait.until(
                d -> text(page, "#import-done").contains("Imported 'kumu-docs--content_paypal-mafia.xlsx': 34 nodes"));
        assertThat(system.call(() -> map.graph(area.id())).nodes()).hasSize(34);

        upload(page, dataset("prsm/supplychainandlogisticssystem191.prsm"));
        page.wait.until(d -> text(page, "#import-summary").startsWith("Will create 16 nodes"));
        assertThat(text(page, "#import-summary")).contains("feedback loops");
        assertThat(text(page, "body"))
                .as("the preview names the file it is of")
                .contains("What importing 'supplychainandlogisticssystem191.prsm' will do");
        assertThat(((JavascriptExecutor) page.browser)
                        .executeScript("return document.querySelector('vaadin-upload').maxFiles"))
                .as("one file at a time")
                .isEqualTo(1L);
        page.button("Import");
        page.wait.until(d -> text(page, "body").contains("Imported 'supplychainandlogisticssystem191.prsm': 16 nodes"));
        assertThat(system.call(() -> map.graph(area.id())).nodes()).hasSize(50);
    }
}
