package uk.evidencemap.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import java.util.Optional;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.security.AreaAccess;

/**
 * Entering a page of one area ({@code /areas/:areaId/...}): the area, or a reroute to the
 * access-denied or not-found page with a message saying which.
 */
public final class AreaPages {

    private AreaPages() {}

    public static Optional<Area> enter(BeforeEnterEvent event, AreaAccess access, AreaService areas) {
        String areaId = event.getRouteParameters().get("areaId").orElse("");
        if (!access.canRead(areaId)) {
            event.rerouteToError(
                    AccessDeniedException.class,
                    "You are not a member of area '" + areaId + "'. Ask an administrator for access.");
            return Optional.empty();
        }
        Optional<Area> found = areas.find(areaId);
        if (found.isEmpty()) {
            event.rerouteToError(NotFoundException.class, "There is no area '" + areaId + "'");
        }
        return found;
    }
}
