package uk.evidencemap.shell;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dependency.CssImport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
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
 * The frame around every page: the product name, an area picker showing the area being looked at,
 * the application's navigation and the user menu. An area's own pages have a second frame inside
 * this one ({@link AreaFrame}).
 */
@Layout
@PermitAll
@CssImport("./styles/evidence-map.css")
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final AreaService areas;
    private final ComboBox<Area> areaPicker = new ComboBox<>("Area");

    public MainLayout(AreaService areas, AuthenticationContext authentication, CurrentUser currentUser) {
        this.areas = areas;
        setPrimarySection(Section.DRAWER);

        H1 title = new H1("Evidence Map");
        title.addClassName("app-title");
        Anchor home = new Anchor("", title);
        home.getElement().setAttribute("aria-label", "Evidence Map: all areas");

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
        addToNavbar(header);

        SideNav main = new SideNav();
        main.addItem(new SideNavItem("Areas", "", VaadinIcon.MAP_MARKER.create()));
        main.addItem(new SideNavItem("Compare areas", "compare", VaadinIcon.BAR_CHART.create()));
        main.addItem(new SideNavItem("Reference", "reference", VaadinIcon.BOOK.create()));
        main.addItem(new SideNavItem("Your account", "account", VaadinIcon.USER.create()));
        if (currentUser.isAdmin()) {
            main.addItem(new SideNavItem("Administration", "admin", VaadinIcon.COG.create()));
        }
        main.addItem(new SideNavItem("Help", "help", VaadinIcon.QUESTION_CIRCLE_O.create()));
        Span licence = new Span("Free software under GPL-3.0-or-later");
        licence.addClassName("app-licence");
        addToDrawer(home, main, licence);
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
