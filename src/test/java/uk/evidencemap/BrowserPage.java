package uk.evidencemap;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** One Chromium page of the app, usually signed in, with the steps the browser tests take on Vaadin's components. */
public final class BrowserPage implements AutoCloseable {

    public final ChromeDriver browser;
    public final WebDriverWait wait;
    private final String baseUrl;

    private BrowserPage(ChromeDriver browser, String baseUrl) {
        this.browser = browser;
        this.baseUrl = baseUrl;
        this.wait = new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    /** Starts Chromium on the app, not signed in; {@link BrowserTestBase} starts and quits it for the browser tests. */
    public static BrowserPage start(int port) {
        return new BrowserPage(Browser.start(), "http://localhost:" + port);
    }

    /** Signs in through the login page and waits until the app's first page is there. */
    public void signInAs(TestUsers.Login login) {
        submitLogin(login.username(), login.password());
        wait.until(d -> d.getCurrentUrl().endsWith("/"));
    }

    /** Types a name and password into the login page and presses Enter, as a person would; does not wait. */
    public void submitLogin(String username, String password) {
        Browser.signIn(browser, wait, baseUrl, username, password);
    }

    /** Opens a page of the app by its path, e.g. {@code compare}. */
    public void open(String path) {
        browser.get(baseUrl + "/" + path);
    }

    public Object script(String js, Object... args) {
        return browser.executeScript(js, args);
    }

    public void waitForNodes(long count) {
        wait.until(d -> Long.valueOf(count)
                .equals(script("var g = document.querySelector('evidence-graph'); return g ? g.nodeCount : -1")));
    }

    /** The text input of the visible field with this label. */
    public WebElement field(String label) {
        return wait.until(d -> (WebElement) script("""
                const field = Array.from(document.querySelectorAll('vaadin-text-field, vaadin-text-area, \
                  vaadin-combo-box, vaadin-integer-field')).find(f => f.label === arguments[0] && f.getClientRects().length > 0);
                return field ? field.querySelector('input, textarea') : null;""", label));
    }

    /** Clicks the button with this text that is on the page (scrolled into view first). */
    public void button(String text) {
        WebElement button = wait.until(d -> (WebElement) script("""
                return Array.from(document.querySelectorAll('vaadin-button'))
                  .find(b => b.getClientRects().length > 0 && b.textContent.trim() === arguments[0]) || null;""", text));
        script("arguments[0].scrollIntoView({block: 'center'})", button);
        button.click();
    }

    public void chooseInComboBox(String label, String typed) {
        WebElement input = field(label);
        input.sendKeys(typed);
        wait.until(d -> !d.findElements(By.tagName("vaadin-combo-box-item")).isEmpty());
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
    }

    public void chooseInSelect(String label, String itemText) {
        WebElement select = wait.until(d -> (WebElement) script("""
                return Array.from(document.querySelectorAll('vaadin-select'))
                  .find(f => f.label === arguments[0] && f.getClientRects().length > 0) || null;""", label));
        // Opened again on every poll: an overlay that closed while the page was still busy opens once more.
        WebElement item = wait.until(d -> {
            script(
                    "arguments[0].scrollIntoView({block: 'center'}); if (!arguments[0].opened) { arguments[0].click(); }",
                    select);
            return d.findElements(By.tagName("vaadin-select-item")).stream()
                    .filter(i -> i.isDisplayed() && i.getText().contains(itemText))
                    .findFirst()
                    .orElse(null);
        });
        item.click();
    }

    /** Clicks a node where the canvas draws it, as a person would. */
    @SuppressWarnings("unchecked")
    public void clickNode(String nodeId) {
        script("document.querySelector('evidence-graph').scrollIntoView({block: 'center'})");
        Map<String, Number> at = (Map<String, Number>) script("""
                const g = document.querySelector('evidence-graph');
                const p = g.renderedPositionOf(arguments[0]);
                const r = g.getBoundingClientRect();
                return {x: r.left + p.x, y: r.top + p.y};""", nodeId);
        int x = at.get("x").intValue();
        int y = at.get("y").intValue();
        Object onTop = script("""
                const e = document.elementFromPoint(arguments[0], arguments[1]);
                return e ? e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + ' ' + (e.className || '') : 'nothing';""", x, y);
        if (!String.valueOf(onTop).startsWith("evidence-graph")) {
            throw new AssertionError("node " + nodeId + " is at (" + x + ", " + y + ") in the window, where the topmost"
                    + " element is " + onTop + ", not the map's canvas");
        }
        new Actions(browser).moveToLocation(x, y).click().perform();
    }

    /** Saves a screenshot (name.png) and the page's address and visible text (name.txt) in this folder; never throws. */
    public void keep(Path folder, String name) {
        try {
            Files.createDirectories(folder);
            byte[] png = browser.getScreenshotAs(OutputType.BYTES);
            Files.write(folder.resolve(name + ".png"), png);
            Object text = script("return document.body ? document.body.innerText : ''");
            String kept = browser.getCurrentUrl() + "\n\n" + text;
            Files.writeString(folder.resolve(name + ".txt"), kept);
            // also in the build's output, where a CI run shows it
            System.out.println(
                    "Page " + name + " when the test failed:\n" + kept.substring(0, Math.min(kept.length(), 4000)));
        } catch (RuntimeException | IOException e) {
            System.err.println("Could not keep the page " + name + ": " + e);
        }
    }

    @Override
    public void close() {
        browser.quit();
    }
}
