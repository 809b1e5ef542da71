package uk.evidencemap.shell;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import java.util.Optional;

/** Test access to the area frame around a page: its live status line. */
public final class AreaFrames {

    private AreaFrames() {}

    /** The frame's line saying what just changed, for the area page {@code page} (role=status). */
    public static Span live(Component page) {
        Optional<Component> at = Optional.of(page);
        while (at.isPresent()) {
            if (at.get() instanceof AreaFrame frame) {
                return frame.live;
            }
            at = at.get().getParent();
        }
        throw new AssertionError(page.getClass().getSimpleName() + " is not inside the area frame");
    }
}
