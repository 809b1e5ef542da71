package uk.evidencemap.comparison.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.comparison.Metric;
import uk.evidencemap.comparison.SnapshotService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaRole;

/** In real Chromium: the dashboard draws its three charts with ECharts, and each can be saved as SVG and PNG. */
class CompareBrowserIT extends BrowserTestBase {

    @Autowired
    SnapshotService snapshots;

    @Test
    void someoneWhoMaySeeTwoAreasSeesThemChartedAndSavesAChart() throws Exception {
        // Ashby has fewer unmet needs (the better figure, marked Best), an open barrier and an illustrative history
        AreaWithUsers ashby = areas.withUsers("Ashby");
        String bexley = areas.create("Bexley");
        areas.map(ashby.id())
                .node(NodeType.INTERVENTION, "Talk groups", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.NEED, "Housing")
                .node(NodeType.BARRIER, "Funding gap", "category", "FUNDING", "severity", 3);
        areas.map(bexley)
                .node(NodeType.INTERVENTION, "Clinic", "stage", "FULL_IMPLEMENTATION")
                .node(NodeType.NEED, "Speech")
                .node(NodeType.NEED, "Sleep");
        snapshots.recordIllustrativeHistory(List.of(ashby.id(), bexley), 8);
        users.grant(ashby.viewer(), bexley, AreaRole.VIEWER);

        BrowserPage page = signIn(ashby.viewer());
        ChromeDriver browser = page.browser;
        page.open("compare");

        page.wait.until(
                d -> Long.valueOf(3)
                        .equals(
                                browser.executeScript(
                                        "return Array.from(document.querySelectorAll('evidence-chart')).filter(c => c.seriesCount > 0).length")));
        String barsSvg =
                (String) browser.executeScript("return document.querySelectorAll('evidence-chart')[0].svgText()");
        assertThat(barsSvg)
                .startsWith("<svg")
                .contains(Metric.STRONG_EVIDENCE_SHARE.label())
                .contains("Bexley");
        String trendSvg =
                (String) browser.executeScript("return document.querySelectorAll('evidence-chart')[2].svgText()");
        assertThat(trendSvg).contains("Ashby (illustrative history)").contains("Bexley (illustrative history)");
        // the trend lines as ECharts draws them: each its own symbol, dash and width
        @SuppressWarnings("unchecked")
        List<java.util.Map<String, Object>> lines = (List<java.util.Map<String, Object>>)
                browser.executeScript("return document.querySelectorAll('evidence-chart')[2].drawnSeries");
        System.out.println("TREND lines drawn: " + lines);
        assertThat(lines).hasSize(2);
        for (String style : List.of("symbol", "lineType", "width", "symbolSize")) {
            assertThat(lines.stream().map(l -> String.valueOf(l.get(style))).distinct())
                    .as("the lines' " + style)
                    .hasSize(2)
                    .doesNotContain("", "0");
        }
        Object png = browser.executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "document.querySelectorAll('evidence-chart')[1].pngDataUrl().then(done, e => done('error: ' + e));");
        assertThat((String) png).startsWith("data:image/png;base64,");
        assertThat(browser.findElement(By.cssSelector("evidence-chart")).getAttribute("aria-label"))
                .isEqualTo(Metric.STRONG_EVIDENCE_SHARE.label() + " (the table on this page has the same figures)");
        assertThat(browser.findElements(By.xpath("//vaadin-grid-cell-content//span[text()='Best']")))
                .anyMatch(e -> e.isDisplayed());
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "compare-areas.png"), browser.getScreenshotAs(OutputType.BYTES));
        browser.executeScript("document.querySelectorAll('evidence-chart')[1].scrollIntoView()");
        Files.write(Path.of("target", "compare-areas-charts.png"), browser.getScreenshotAs(OutputType.BYTES));
    }
}
