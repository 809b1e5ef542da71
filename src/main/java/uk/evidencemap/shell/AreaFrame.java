package uk.evidencemap.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.router.RouterLayout;
import jakarta.annotation.security.PermitAll;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.area.ui.OpenArea;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.collaboration.ui.Presence;
import uk.evidencemap.security.AccountService;
import uk.evidencemap.security.AreaAccess;

/**
 * The frame around every page of one area ({@code /areas/:areaId/...}): the area's name, who is on
 * its pages now, the line that says what just changed, and the navigation between the area's
 * pages. It is entered once per navigation, before the page inside it: it checks access, reads the
 * area once and hands it to the page ({@link OpenArea}), or reroutes to the refused or not-found
 * page. Laid around the pages by its {@code @Layout} path, so no page names it.
 */
@Layout("/" + AreaNavigation.AREAS)
@ParentLayout(MainLayout.class)
@PermitAll
public class AreaFrame extends VerticalLayout implements RouterLayout, BeforeEnterObserver {

    /** The pages of an area, in the order of the navigation. */
    private static final List<Page> PAGES = List.of(
            new Page("Map", "/map", AreaNavigation::map),
            new Page("Table", "/nodes", AreaNavigation::nodes),
            new Page("Analysis", "/analysis", AreaNavigation::analysis),
            new Page("Activity", "/activity", AreaNavigation::activity),
            new Page("Briefing", "/briefing", AreaNavigation::briefing),
            new Page("Import and export", "/exchange", AreaNavigation::exchange));

    final H2 heading = new H2();
    final Span live = Live.statusLine();
    private final Div presence = new Div();
    private final Nav pages = new Nav();
    private final Div content = new Div();
    private final AreaService areas;
    private final AreaAccess access;
    private final HistoryService history;
    private final AccountService account;
    private String areaId;

    public AreaFrame(AreaService areas, AreaAccess access, HistoryService history, AccountService account) {
        this.areas = areas;
        this.access = access;
        this.history = history;
        this.account = account;
        setSizeFull();
        setPadding(false);
        addClassName("area-frame");
        presence.addClassName("area-presence");
        pages.addClassName("area-pages");
        pages.getElement().setAttribute("aria-label", "This area's pages");
        heading.addClassName("area-heading");
        HorizontalLayout header = new HorizontalLayout(heading, presence);
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.addClassName("area-header");
        content.setSizeFull();
        content.addClassName("area-page");
        add(header, pages, live);
        addAndExpand(content);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String id = event.getRouteParameters().get(AreaNavigation.AREA_ID).orElse("");
        boolean member = access.canRead(id);
        Optional<Area> found = member ? areas.find(id) : Optional.empty();
        if (found.isEmpty()) {
            OpenArea.leave(event.getUI());
            if (!member) {
                event.rerouteToError(
                        AccessDeniedException.class,
                        "You are not a member of area '" + id + "'. Ask an administrator for access.");
            } else {
                event.rerouteToError(NotFoundException.class, "There is no area '" + id + "'");
            }
            return;
        }
        Area area = found.get();
        OpenArea.enter(event.getUI(), area);
        heading.setText(area.name());
        showPages(area.id(), event.getLocation().getPath());
        if (!Objects.equals(areaId, area.id())) {
            areaId = area.id();
            presence.removeAll();
            presence.add(Presence.inArea(account.whoAmI(), area.id()));
            live.setText("");
            Live.follow(this, history, area.id(), change -> Live.announce(live, change, Live.updated(change)));
        }
    }

    /** The area shown, or empty before any area was entered. */
    Optional<String> areaId() {
        return Optional.ofNullable(areaId);
    }

    private void showPages(String id, String path) {
        pages.removeAll();
        for (Page page : PAGES) {
            Anchor link = new Anchor(page.address().apply(id), page.label());
            link.addClassName("area-page-link");
            if (path.endsWith(page.pathEnd())) {
                link.getElement().setAttribute("aria-current", "page");
            }
            pages.add(link);
        }
    }

    @Override
    public void showRouterLayoutContent(HasElement page) {
        content.removeAll();
        if (page != null) {
            content.getElement().appendChild(page.getElement());
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement page) {
        content.removeAll();
    }

    /** The area whose frame is in {@code chain} (the active route chain), for the main layout's area picker. */
    static Optional<String> shownArea(List<HasElement> chain) {
        return chain.stream()
                .filter(AreaFrame.class::isInstance)
                .map(AreaFrame.class::cast)
                .findFirst()
                .flatMap(AreaFrame::areaId);
    }

    private record Page(String label, String pathEnd, Function<String, String> address) {}
}
