package uk.evidencemap.shell;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.servlet.http.HttpServletResponse;
import uk.evidencemap.area.ui.AreaNavigation;

/**
 * The page a signed-in person sees where they may not go (HTTP 403): an area they are not a
 * member of ({@link AreaFrame} reroutes here), or a page of a role they do not have, such as
 * administration (Vaadin's navigation access control reroutes here), in development and
 * production mode alike. It replaces Vaadin's default, which shows the not-found page and, in
 * development mode, lists every route. Signed-out visitors never reach it: they are sent to the
 * sign-in page first.
 */
@ParentLayout(MainLayout.class)
@PermitAll
class RefusedView extends ErrorPage implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = event.getLocation().getPath();
        if (path.startsWith(AreaNavigation.AREAS + "/")) {
            show(
                    "Not a member of this area",
                    "You are not a member of this area, so you cannot open its pages."
                            + " An administrator can make you a member.");
        } else if (path.equals("admin") || path.startsWith("admin/")) {
            show("Administrators only", "Only administrators can open the administration page.");
        } else {
            show("Not allowed", "You are not allowed to open this page.");
        }
        return HttpServletResponse.SC_FORBIDDEN;
    }
}
