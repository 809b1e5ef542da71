package uk.evidencemap.briefing.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The briefing page's style sheet ({@code briefing.css} beside this class): how the briefing reads
 * on screen, and how it prints (the application's frame and the page's controls left out, the map
 * on a landscape page). Carried inside the page as a {@code <style>} element, so it applies while
 * the page is open and goes with it: a file served by {@code @StyleSheet} would be refused by the
 * UI's security chain, which serves only the paths Vaadin knows (decision 020).
 */
@Tag("style")
final class PrintStyle extends Component {

    private static final String CSS = read();

    PrintStyle() {
        getElement().setText(CSS);
    }

    private static String read() {
        try (InputStream in = PrintStyle.class.getResourceAsStream("briefing.css")) {
            if (in == null) {
                throw new IllegalStateException("briefing.css is missing beside " + PrintStyle.class.getName());
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
