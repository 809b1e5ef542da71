package uk.evidencemap.changelog.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.HistoryService;

/**
 * Keeps a view up to date while it is open: each change of its area, made by anyone on any
 * instance, is handed to the view in its UI's lock and pushed to the browser. Following stops
 * when the view is detached (the tab closed or another page opened).
 */
public final class Live {

    /** London time, as people in an English council read it. */
    public static final ZoneId ZONE = ZoneId.of("Europe/London");

    public static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("HH:mm:ss").withZone(ZONE);
    public static final DateTimeFormatter DATE_TIME =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZONE);

    private Live() {}

    /** The line where a page says what just changed (read out by screen readers: role=status). */
    public static Span statusLine() {
        Span line = new Span();
        line.getElement().setAttribute("role", "status");
        line.addClassName("live-status");
        return line;
    }

    /** Says what changed on the status line, with the change's number for tests and measurements. */
    public static void announce(Span line, Change change, String text) {
        line.setText(text);
        line.getElement().setAttribute("data-seq", String.valueOf(change.seq()));
    }

    /** "Updated 14:02:11: ana changed Barrier 'Funding'." */
    public static String updated(Change change) {
        return "Updated " + TIME.format(change.at()) + ": " + change.user() + " " + change.summary() + ".";
    }

    /** Follows the area's changes while {@code view} is attached; a second call replaces the first. */
    public static void follow(
            Component view, HistoryService history, String areaId, SerializableConsumer<Change> onChange) {
        stop(view);
        Registration attach = view.addAttachListener(e -> start(view, history, areaId, onChange, e.getUI()));
        Registration detach = view.addDetachListener(e -> unsubscribe(view));
        ComponentUtil.setData(view, Listeners.class, new Listeners(attach, detach));
        view.getUI().ifPresent(ui -> start(view, history, areaId, onChange, ui));
    }

    /** Stops following (for a view showing a past state of the map). */
    public static void stop(Component view) {
        Listeners listeners = ComponentUtil.getData(view, Listeners.class);
        if (listeners != null) {
            listeners.attach().remove();
            listeners.detach().remove();
            ComponentUtil.setData(view, Listeners.class, null);
        }
        unsubscribe(view);
    }

    private static void start(
            Component view, HistoryService history, String areaId, SerializableConsumer<Change> onChange, UI ui) {
        unsubscribe(view);
        Runnable[] cancel = new Runnable[1];
        cancel[0] = history.follow(areaId, change -> {
            if (ui.isClosing() || ui.getSession() == null) {
                cancel[0].run();
                return;
            }
            try {
                ui.access(() -> {
                    if (view.isAttached()) {
                        try {
                            onChange.accept(change);
                        } catch (NotFoundException gone) {
                            // the area itself was deleted while the page was open: nothing left to show
                            cancel[0].run();
                        }
                    }
                });
            } catch (UIDetachedException e) {
                cancel[0].run();
            }
        });
        ComponentUtil.setData(view, Subscription.class, new Subscription(cancel[0]));
    }

    private static void unsubscribe(Component view) {
        Subscription subscription = ComponentUtil.getData(view, Subscription.class);
        if (subscription != null) {
            subscription.cancel().run();
            ComponentUtil.setData(view, Subscription.class, null);
        }
    }

    private record Listeners(Registration attach, Registration detach) {}

    private record Subscription(Runnable cancel) {}
}
