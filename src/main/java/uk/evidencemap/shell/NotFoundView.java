package uk.evidencemap.shell;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import uk.evidencemap.area.ui.AreaNavigation;

/**
 * The page for an address that leads nowhere (HTTP 404): no page at that address, or no area of
 * that id ({@link AreaFrame} reroutes here), in development and production mode alike. It replaces
 * Vaadin's default, which in development mode lists every route. Reached by signed-in people
 * only: the UI's security chain lets their requests for unknown addresses through to Vaadin
 * ({@code SecurityConfiguration}), and sends signed-out visitors to the sign-in page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class NotFoundView extends ErrorPage implements HasErrorParameter<NotFoundException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotFoundException> parameter) {
        if (event.getLocation().getPath().startsWith(AreaNavigation.AREAS + "/")) {
            show(
                    "Area not found",
                    "There is no area at this address. It may have been deleted, or the address" + " may be mistyped.");
        } else {
            show(
                    "Page not found",
                    "There is no page at this address. The address may be mistyped, or the page" + " may have moved.");
        }
        return HttpServletResponse.SC_NOT_FOUND;
    }
}
