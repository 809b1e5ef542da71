package uk.evidencemap.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.Axe;
import uk.evidencemap.BrowserPage;
import uk.evidencemap.BrowserTestBase;
import uk.evidencemap.TestUsers;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;

/**
 * Every page in every state the README names, over the demo's City of York (read, never
 * changed), checked by axe-core in Chromium against WCAG 2.0, 2.1 and 2.2 at levels A and AA
 * ({@link Axe}): signed out; as an editor of York (the roles of the demo's {@code york-editor},
 * made afresh for the test so that the demo users' passwords stay as they were printed); and as
 * an administrator; with the refused and not-found pages. One application and one browser for all
 * of them. Each state's violations are printed (rule, impact, elements, help) and the test fails on
 * any. Swagger UI at {@code /api/docs} (springdoc's page, not the application's) is checked and
 * printed but not asserted: see docs/accessibility.md.
 */
class AccessibilityBrowserIT extends BrowserTestBase {

    private static final String YORK = "york";

    @Autowired
    MapService map;

    private final Map<String, List<Axe.Violation>> found = new LinkedHashMap<>();
    private BrowserPage page;

    @Test
    void everyPageInEveryStateHasNoWcagViolationAxeCanFind() {
        TestUsers.Login editor = users.member(YORK, AreaRole.EDITOR);
        TestUsers.Login admin = users.create(GlobalRole.ADMIN);
        MapNode barrier = map.graph(YORK).nodes().stream()
                .filter(n -> n.type() == NodeType.BARRIER)
                .findFirst()
                .orElseThrow();
        page = signedOut();

        page.open("login");
        check("sign-in page", "vaadin-login-form input[name='username']");

        page.signInAs(editor);
        check("start page (areas)", "vaadin-grid");

        page.open("areas/" + YORK + "/map");
        page.wait.until(d ->
                ((Number) page.script("var g = document.querySelector('evidence-graph'); return g ? g.nodeCount : -1"))
                                .longValue()
                        > 0);
        check("map", "evidence-graph");
        page.button("Filters and display");
        check("map, Filters and display open (size by, colour by community)", "#map-tools:not([hidden]) vaadin-select");
        page.button("Filters and display");
        page.wait.until(
                d -> d.findElements(By.cssSelector("#map-tools[hidden]")).size() == 1);
        page.script("document.querySelector('evidence-graph').tapNode(arguments[0])", barrier.id());
        page.wait.until(d -> d.findElements(By.tagName("h3")).stream()
                .anyMatch(h -> h.getText().equals(barrier.name())));
        check("map, a node selected", "evidence-graph");
        page.button("Connect…");
        check("map, the Connect dialog open", "vaadin-dialog[opened]");
        page.button("Cancel");
        page.wait.until(
                d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
        page.button("Edit");
        check("map, the node editor open", "vaadin-text-field");

        page.open("areas/" + YORK + "/nodes");
        check("table", "vaadin-tabsheet vaadin-grid");
        page.button("Add person");
        check("table, the node editor dialog open", "vaadin-dialog[opened]");

        page.open("areas/" + YORK + "/analysis");
        check("analysis: Gaps", "vaadin-tabsheet vaadin-grid");
        for (String tab : List.of("Champions", "Blocked paths", "Feedback loops", "Network")) {
            List<WebElement> tabs = page.browser.findElements(By.tagName("vaadin-tab")).stream()
                    .filter(t -> t.getText().startsWith(tab))
                    .toList();
            assertThat(tabs).as("the tab " + tab).isNotEmpty();
            tabs.getFirst().click();
            page.wait.until(d -> tabs.getFirst().getDomAttribute("selected") != null);
            check("analysis: " + tab, "vaadin-tabsheet");
        }

        page.open("areas/" + YORK + "/activity");
        check("activity", "vaadin-grid");
        page.open("areas/" + YORK + "/briefing");
        check("briefing", "vaadin-button");
        page.open("areas/" + YORK + "/exchange");
        check("import and export", "vaadin-button");
        page.open("account");
        check("account", "vaadin-button");
        page.open("help");
        check("help", "h2");
        page.open("reference");
        check("reference", "vaadin-grid");

        page.open("areas/merton/map");
        check("refused: an area the user is not a member of", ".error-page");
        page.open("admin");
        check("refused: administration for a non-administrator", ".error-page");
        page.open("no-such-page");
        check("not found: an unknown address", ".error-page");

        page.open("");
        page.browser.manage().deleteAllCookies();
        page.signInAs(admin);
        page.open("areas/no-such-area/map");
        check("not found: an unknown area", ".error-page");
        page.open("compare");
        check("compare", "evidence-chart");
        page.open("admin");
        check("administration", "vaadin-grid");

        page.open("api/docs");
        page.wait.until(
                d -> !d.findElements(By.cssSelector(".swagger-ui .info")).isEmpty());
        List<Axe.Violation> swagger = Axe.check(page);
        System.out.println("axe on /api/docs (Swagger UI, not asserted): " + swagger.size() + " rules, "
                + Axe.elements(swagger) + " elements");

        String report = found.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue().size() + " rules, " + Axe.elements(e.getValue())
                        + " elements" + (e.getValue().isEmpty() ? "" : "\n" + Axe.describe(e.getValue())))
                .collect(Collectors.joining("\n"));
        System.out.println("axe-core " + Axe.VERSION + " " + Axe.TAGS + ", per page:\n" + report);
        assertThat(found).as("the states checked").hasSize(26);
        assertThat(found.values().stream().mapToInt(List::size).sum())
                .as("WCAG violations axe-core found:\n" + report)
                .isZero();
    }

    /** Waits for the page to show {@code ready} and for Vaadin to finish its round trips, then runs axe. */
    private void check(String state, String ready) {
        page.wait.until(d -> !d.findElements(By.cssSelector(ready)).isEmpty());
        try {
            new WebDriverWait(page.browser, Duration.ofSeconds(15)).until(d -> Boolean.TRUE.equals(page.script("""
                            const flow = window.Vaadin && window.Vaadin.Flow;
                            const clients = flow && flow.clients ? Object.values(flow.clients) : [];
                            return clients.every(c => typeof c.isActive !== 'function' || !c.isActive());""")));
        } catch (TimeoutException stillBusy) {
            System.out.println(state + ": Vaadin still busy after 15 s; checking the page as it is");
        }
        List<Axe.Violation> violations = Axe.check(page);
        found.put(state, violations);
        System.out.println("axe: " + state + ": " + violations.size() + " rules, " + Axe.elements(violations)
                + " elements" + (violations.isEmpty() ? "" : "\n" + Axe.describe(violations)));
    }
}
