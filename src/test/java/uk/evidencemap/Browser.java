package uk.evidencemap;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by its own chromedriver: no browser or driver download. In CI the
 * browser must be there (.ci/run installs it); on a developer machine without it the
 * browser tests are skipped with a message saying how to install it.
 */
public final class Browser {

    static final String CHROMIUM = System.getProperty("evidencemap.chromium", "/usr/bin/chromium");
    static final String CHROMEDRIVER = System.getProperty("evidencemap.chromedriver", "/usr/bin/chromedriver");

    private Browser() {}

    /** Signs in through the login page, as a person would. */
    public static void signIn(
            ChromeDriver browser, WebDriverWait wait, String baseUrl, String username, String password) {
        browser.get(baseUrl + "/login");
        wait.until(d -> d.findElement(By.cssSelector("vaadin-login-form input[name='username']")))
                .sendKeys(username);
        browser.findElement(By.cssSelector("vaadin-login-form input[name='password']"))
                .sendKeys(password, Keys.ENTER);
    }

    /** Skips the calling test when Chromium is missing, except in CI, where it must be there. */
    public static void assumeInstalled() {
        boolean present = Files.isExecutable(Path.of(CHROMIUM)) && Files.isExecutable(Path.of(CHROMEDRIVER));
        if (!present && System.getenv("CI") == null) {
            Assumptions.abort("Chromium not found at " + CHROMIUM + " with " + CHROMEDRIVER
                    + ": apt-get install chromium chromium-driver to run the browser tests");
        }
    }

    public static ChromeDriver start() {
        assumeInstalled();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1400,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort()
                .build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(30));
        return driver;
    }
}
