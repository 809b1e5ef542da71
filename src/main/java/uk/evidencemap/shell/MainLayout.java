package uk.evidencemap.shell;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.PermitAll;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.security.CurrentUser;

/**
 * The frame around every page: a "Skip to main content" link (the first thing the Tab key
 * reaches), the product name, an area picker showing the area being looked at, the application's
 * navigation and the user menu; the page itself sits in the {@code main} landmark
 * ({@value #MAIN_ID}), which the skip link moves the focus to. An area's own pages have a second
 * frame inside this one ({@link AreaFrame}); the refused and not-found pages sit in it too.
 */
@Layout
@PermitAll
@CssImport("./styles/evidence-map.css")
@JsModule("./components/accessibility.ts")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The id of the main landmark, which holds the page and takes the focus from the skip link. */
    static final String MAIN_ID = "main-content";

    private final AreaService areas;
    private final ComboBox<Area> areaPicker = new ComboBox<>("Area");
    final Anchor skipLink = new Anchor("#" + MAIN_ID, "Skip to main content");
    private final Main main = new Main();

    public MainLayout(AreaService areas, AuthenticationContext authentication, CurrentUser currentUser) {
        this.areas = areas;
        setPrimarySection(Section.DRAWER);

        H1 title = new H1("Evidence Map");
        title.addClassName("app-title");
        Anchor home = new Anchor("", title);
        home.getElement().setAttribute("aria-label", "Evidence Map: all areas");

        // Handled here rather than by the router or the browser's fragment navigation, so that the address
        // stays as it is and the focus really moves (a fragment alone only moves the reading position).
        skipLink.addClassName("skip-link");
        skipLink.getElement().setAttribute("router-ignore", true);
        skipLink.getElement().executeJs("""
                        this.addEventListener('click', e => {
                          e.preventDefault();
                          const main = document.getElementById($0);
                          if (!main) { return; }
                          // focusable only while the skip link sends the focus there: a click on the page
                          // must not focus (and scroll) the whole landmark
                          main.setAttribute('tabindex', '-1');
                          main.addEventListener('blur', () => main.removeAttribute('tabindex'), {once: true});
                          main.focus();
                          main.scrollIntoView({block: 'start'});
                        });""", MAIN_ID);
        main.setId(MAIN_ID);
        main.addClassName("app-main");
        setContent(main);

        areaPicker.setItemLabelGenerator(Area::name);
        areaPicker.setPlaceholder("Choose an area");
        areaPicker.setClearButtonVisible(false);
        areaPicker.addClassName("area-picker");
        areaPicker.addValueChangeListener(event -> {
            if (event.isFromClient() && event.getValue() != null) {
                getUI().ifPresent(ui ->
                        ui.navigate(AreaNavigation.nodes(event.getValue().id())));
            }
        });

        Span who = new Span(
                authentication.getPrincipalName().map(n -> "Signed in as " + n).orElse(""));
        who.addClassName("app-user");
        Button signOut = new Button("Sign out", e -> authentication.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout user = new HorizontalLayout(who, signOut);
        user.setAlignItems(FlexComponent.Alignment.BASELINE);
        user.addClassName("app-user-menu");
        HorizontalLayout header = new HorizontalLayout(new DrawerToggle(), areaPicker, user);
        header.setAlignItems(FlexComponent.Alignment.BASELINE);
        areaPicker.setWidth("18rem");
        header.addClassName("app-header");
        addToNavbar(skipLink, header);

        SideNav navigation = new SideNav();
        navigation.addItem(new SideNavItem("Areas", "", VaadinIcon.MAP_MARKER.create()));
        navigation.addItem(new SideNavItem("Compare areas", "compare", VaadinIcon.BAR_CHART.create()));
        navigation.addItem(new SideNavItem("Reference", "reference", VaadinIcon.BOOK.create()));
        navigation.addItem(new SideNavItem("Your account", "account", VaadinIcon.USER.create()));
        if (currentUser.isAdmin()) {
            navigation.addItem(new SideNavItem("Administration", "admin", VaadinIcon.COG.create()));
        }
        navigation.addItem(new SideNavItem("Help", "help", VaadinIcon.QUESTION_CIRCLE_O.create()));
        Span licence = new Span("Free software under GPL-3.0-or-later");
        licence.addClassName("app-licence");
        addToDrawer(home, navigation, licence);
    }

    /**
     * Puts the page in the main landmark (in place of AppLayout's own handling, which would make the
     * page itself the content), and closes the drawer where it lies over the page, as AppLayout does.
     */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        Element page = content == null ? null : content.getElement();
        boolean shown = page != null
                && main.getElement().getChildCount() == 1
                && main.getElement().getChild(0).equals(page);
        if (!shown) {
            main.getElement().removeAllChildren();
            if (page != null) {
                main.getElement().appendChild(page);
            }
        }
        if (isOverlay()) {
            setDrawerOpened(false);
        }
    }

    @Override
    public void removeRouterLayoutContent(HasElement oldContent) {
        main.getElement().removeAllChildren();
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        String areaId = AreaFrame.shownArea(event.getActiveChain()).orElse(null);
        var all = areas.visible();
        areaPicker.setItems(all);
        areaPicker.setValue(
                all.stream().filter(a -> a.id().equals(areaId)).findFirst().orElse(null));
    }
}
