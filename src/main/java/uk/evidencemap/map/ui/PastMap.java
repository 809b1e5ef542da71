package uk.evidencemap.map.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.changelog.ui.Live;

/**
 * The map as it was at a past moment ({@code ?at=}): reading the moment from the address, and the
 * bar above the map that says the map shown is rebuilt from the history and read-only, with the
 * way back to the live map.
 */
final class PastMap extends HorizontalLayout {

    /** Says which moment is shown (role=status). */
    final Span note = new Span();

    PastMap() {
        note.getElement().setAttribute("role", "status");
        add(note);
        addClassName("map-highlight");
        setVisible(false);
    }

    /** The moment the address asks for ({@code ?at=}), or null for the live map. */
    static Instant at(Map<String, List<String>> parameters) {
        return parameters.getOrDefault("at", List.of()).stream()
                .findFirst()
                .map(PastMap::instant)
                .orElse(null);
    }

    /**
     * A moment as written in an address: an instant ({@code 2026-03-01T10:15:00Z}), a UK local
     * time ({@code 2026-03-01T10:15}), or a UK date (the end of that day).
     *
     * @throws DateTimeParseException when it is none of them
     */
    static Instant instant(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            try {
                return LocalDateTime.parse(text).atZone(Live.ZONE).toInstant();
            } catch (DateTimeParseException again) {
                return LocalDate.parse(text).plusDays(1).atStartOfDay(Live.ZONE).toInstant();
            }
        }
    }

    /** Says that the area's map is shown as it was at {@code at}, with links to the live map and the activity. */
    void show(String areaId, Instant at) {
        note.setText("This is the map as it was at " + Live.DATE_TIME.format(at) + " (UK time),"
                + " rebuilt from the change history. It is read-only. ");
        removeAll();
        add(
                note,
                new Anchor(AreaNavigation.map(areaId), "Back to the live map"),
                new Anchor(AreaNavigation.activity(areaId), "Activity"));
        setVisible(true);
    }
}
