package uk.evidencemap;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Runs axe-core (4.14.1, kept in {@code src/test/resources/axe/} with its licence) in a page open
 * in Chromium: the rules of WCAG 2.0, 2.1 and 2.2 at levels A and AA (axe's tags {@code wcag2a,
 * wcag2aa, wcag21a, wcag21aa, wcag22aa}), over the application's own elements only: Vaadin's
 * development-mode tools ({@code vaadin-dev-tools} and Copilot, present when the app runs in
 * development mode as the tests do) are left out. Axe reads the page as the browser has it,
 * through shadow roots. See docs/accessibility.md.
 */
public final class Axe {

    /** The version of axe-core in the test resources. */
    public static final String VERSION = "4.14.1";

    /** The axe tags run: every WCAG 2.0, 2.1 and 2.2 success criterion at level A and AA that axe checks. */
    public static final List<String> TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    private static final String SOURCE = read("/axe/axe.min.js");

    /** One rule broken: axe's rule id, its impact, the CSS paths of the elements and the rule's help text. */
    public record Violation(String id, String impact, String help, List<String> targets) {

        @Override
        public String toString() {
            return id + " (" + impact + "): " + help + "\n      at " + String.join("\n      at ", targets);
        }
    }

    private Axe() {}

    /** The violations on the page as it is now in this browser (empty when it passes). */
    @SuppressWarnings("unchecked")
    public static List<Violation> check(BrowserPage page) {
        if (!Boolean.TRUE.equals(page.script("return typeof window.axe === 'object'"))) {
            page.script(SOURCE + "\n;window.axe = axe;");
        }
        Object result = page.browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                // Vaadin's development-mode tools are not part of the application
                const devTools = Array.from(document.body.children)
                    .filter(e => e.localName.startsWith('vaadin-dev') || e.localName.startsWith('copilot-'))
                    .map(e => [e.localName]);
                const context = devTools.length ? {exclude: devTools} : document;
                axe.run(context, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations']})
                    .then(r => done(r.violations.map(v => ({
                        id: v.id, impact: v.impact || '', help: v.help,
                        targets: v.nodes.map(n => JSON.stringify(n.target))}))))
                    .catch(e => done('axe failed: ' + e));""", TAGS);
        if (result instanceof String failure) {
            throw new IllegalStateException(failure);
        }
        return ((List<Map<String, Object>>) result)
                .stream()
                        .map(v -> new Violation(
                                (String) v.get("id"), (String) v.get("impact"), (String) v.get("help"), (List<String>)
                                        v.get("targets")))
                        .toList();
    }

    /** The violations as text, one rule a line with its elements beneath. */
    public static String describe(List<Violation> violations) {
        return violations.stream().map(v -> "  - " + v).collect(Collectors.joining("\n"));
    }

    /** The number of elements that break a rule, over all rules. */
    public static int elements(List<Violation> violations) {
        return violations.stream().mapToInt(v -> v.targets().size()).sum();
    }

    private static String read(String resource) {
        try (InputStream in = Axe.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is missing from the test resources");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
