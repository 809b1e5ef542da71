package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaRole;

/** Two people in two Chromium sessions on one map: what one adds, the other sees without reloading. */
class TwoPeopleBrowserIT extends BrowserTestBase {

    @Autowired
    MapService map;

    String area;
    BrowserPage ana;
    BrowserPage ben;

    @BeforeEach
    void twoEditorsSignedIn() {
        var made = areas.withUsers();
        area = made.id();
        map.createNode(
                area, new NodeDraft(NodeType.INTERVENTION, "EPEC groups", Map.of("stage", "FULL_IMPLEMENTATION")));
        ana = signIn(made.editor());
        ben = signIn(users.member(area, AreaRole.EDITOR));
    }

    @Test
    void aBarrierOneEditorAddsAppearsOnTheOthersOpenMapWithoutAReload() throws Exception {
        ana.open("areas/" + area + "/map");
        ben.open("areas/" + area + "/map");
        ana.waitForNodes(1);
        ben.waitForNodes(1);
        ben.script("window.notReloaded = true");
        // both people are shown on each other's page
        ben.wait.until(
                d -> Long.valueOf(2)
                        .equals(
                                ben.script(
                                        "const g = document.querySelector('vaadin-avatar-group'); return g && g.items ? g.items.length : 0")));

        ana.chooseInSelect("New node", "Barrier");
        ana.button("Add");
        ana.field("Name").sendKeys("Short-term funding");
        ana.chooseInComboBox("Category", "Funding");
        ana.field("Severity").sendKeys("4");
        ana.chooseInComboBox("Status", "Open");
        ana.button("Save");
        ana.waitForNodes(2);

        ben.waitForNodes(2);
        assertThat(ben.script("return window.notReloaded === true"))
                .as("the same page, not reloaded")
                .isEqualTo(true);
        assertThat(ben.browser.findElement(By.cssSelector(".live-status")).getText())
                .contains("added Barrier 'Short-term funding'");
        assertThat((String) ben.script("return document.querySelector('evidence-graph').svgText()"))
                .contains("Short-term funding");
        Files.createDirectories(Path.of("target"));
        Files.write(Path.of("target", "two-browsers-ben.png"), ben.browser.getScreenshotAs(OutputType.BYTES));
    }
}
