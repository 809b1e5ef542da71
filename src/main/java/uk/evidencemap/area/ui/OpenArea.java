package uk.evidencemap.area.ui;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.BeforeEnterEvent;
import java.util.Optional;
import uk.evidencemap.area.Area;

/**
 * The area whose page is being entered in a browser tab. The area frame (the route layout around
 * every {@link AreaNavigation#AREAS} page) checks access and reads the area once, before the page
 * itself is entered; the page takes the area from here instead of reading it again.
 */
public final class OpenArea {

    private OpenArea() {}

    /** Called by the area frame after the access check, before the page's own {@code beforeEnter}. */
    public static void enter(UI ui, Area area) {
        ComponentUtil.setData(ui, Area.class, area);
    }

    /**
     * The area of the page being entered, or empty when the frame refused it (no access, or no
     * such area) and has already rerouted to the page that says so.
     */
    public static Optional<Area> of(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(AreaNavigation.AREA_ID).orElse(null);
        Area area = ComponentUtil.getData(event.getUI(), Area.class);
        return area != null && area.id().equals(id) && !event.hasRerouteTarget() ? Optional.of(area) : Optional.empty();
    }

    /** Forgets the area when the frame refuses the next one, so no page is entered with a stale area. */
    public static void leave(UI ui) {
        ComponentUtil.setData(ui, Area.class, null);
    }
}
