package uk.evidencemap.admin.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.evidencemap.area.AreaDraft;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.AreaSummary;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.security.AppUser;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;
import uk.evidencemap.security.NewUser;
import uk.evidencemap.security.UserService;

/** Administration: users, their global roles and area memberships, and areas. */
@Route("admin")
@PageTitle("Administration | Evidence Map")
@RolesAllowed("ADMIN")
class AdminView extends VerticalLayout {

    private static final String NO_ROLE = "None (area memberships only)";

    private final UserService users;
    private final AreaService areas;

    final Grid<AppUser> userGrid = new Grid<>(AppUser.class, false);
    final TextField newUsername = new TextField("Username");
    final TextField newDisplayName = new TextField("Full name");
    final PasswordField newPassword = new PasswordField("Password");
    final Select<String> newGlobalRole = new Select<>();
    final Button createUser = new Button("Create user");

    final VerticalLayout userPanel = new VerticalLayout();
    final Button toggleEnabled = new Button();
    final PasswordField resetPassword = new PasswordField("New password");
    final Button resetButton = new Button("Reset password");
    final Select<String> globalRole = new Select<>();
    final ComboBox<AreaSummary> membershipArea = new ComboBox<>("Area");
    final Select<AreaRole> membershipRole = new Select<>();
    final Button setMembership = new Button("Set membership");
    final Grid<Map.Entry<String, AreaRole>> memberships = new Grid<>();

    final Grid<AreaSummary> areaGrid = new Grid<>(AreaSummary.class, false);
    final TextField areaName = new TextField("Name");
    final TextField areaOnsCode = new TextField("ONS code");
    final TextField areaRegion = new TextField("Region");
    final Button saveArea = new Button("Create area");

    private AppUser selected;
    private AreaSummary selectedArea;

    AdminView(UserService users, AreaService areas) {
        this.users = users;
        this.areas = areas;
        setSizeFull();
        add(new H2("Administration"));
        TabSheet tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add("Users", usersTab());
        tabs.add("Areas", areasTab());
        add(tabs);
        refreshUsers();
        refreshAreas();
    }

    private Component usersTab() {
        userGrid.setAriaLabel("Users");
        userGrid.addColumn(AppUser::username)
                .setHeader("Username")
                .setSortable(true)
                .setAutoWidth(true);
        userGrid.addColumn(AppUser::displayName).setHeader("Name").setSortable(true);
        userGrid.addColumn(u -> u.globalRole() == null ? "" : u.globalRole().name())
                .setHeader("Global role")
                .setSortable(true)
                .setAutoWidth(true);
        userGrid.addColumn(u -> !u.enabled() ? "Disabled" : u.locked(Instant.now()) ? "Locked" : "Active")
                .setHeader("Status")
                .setAutoWidth(true);
        userGrid.addColumn(u -> u.memberships().entrySet().stream()
                        .map(e -> e.getValue() + " of " + e.getKey())
                        .collect(Collectors.joining(", ")))
                .setHeader("Areas")
                .setFlexGrow(2);
        userGrid.setAllRowsVisible(true);
        userGrid.asSingleSelect().addValueChangeListener(e -> select(e.getValue()));

        newGlobalRole.setLabel("Global role");
        newGlobalRole.setItems(roleChoices());
        newGlobalRole.setValue(NO_ROLE);
        newPassword.setHelperText("At least 12 characters");
        createUser.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        createUser.addClickListener(e -> createUser());
        HorizontalLayout create =
                new HorizontalLayout(newUsername, newDisplayName, newPassword, newGlobalRole, createUser);
        create.setAlignItems(FlexComponent.Alignment.BASELINE);
        create.setWrap(true);

        toggleEnabled.addClickListener(e -> act(() -> users.setEnabled(selected.username(), !selected.enabled())));
        resetButton.addClickListener(e -> act(() -> {
            users.resetPassword(selected.username(), resetPassword.getValue());
            resetPassword.clear();
        }));
        globalRole.setLabel("Global role");
        globalRole.setItems(roleChoices());
        globalRole.addValueChangeListener(e -> {
            if (e.isFromClient() && selected != null) {
                act(() -> users.setGlobalRole(selected.username(), roleOf(e.getValue())));
            }
        });
        membershipArea.setItemLabelGenerator(AreaSummary::name);
        membershipRole.setLabel("Role in the area");
        membershipRole.setItems(AreaRole.values());
        membershipRole.setValue(AreaRole.VIEWER);
        setMembership.addClickListener(e -> act(() -> {
            if (membershipArea.getValue() == null) {
                throw new ValidationException("area", "Choose an area");
            }
            users.setMembership(membershipArea.getValue().id(), selected.username(), membershipRole.getValue());
        }));
        memberships.setAriaLabel("Area memberships");
        memberships.addColumn(Map.Entry::getKey).setHeader("Area");
        memberships.addColumn(e -> e.getValue().name()).setHeader("Role");
        memberships.addComponentColumn(entry -> {
            Button remove =
                    new Button("Remove", e -> act(() -> users.removeMembership(entry.getKey(), selected.username())));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove membership of " + entry.getKey());
            return remove;
        });
        memberships.setAllRowsVisible(true);
        HorizontalLayout passwordRow = new HorizontalLayout(resetPassword, resetButton, toggleEnabled);
        passwordRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout membershipRow = new HorizontalLayout(membershipArea, membershipRole, setMembership);
        membershipRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        userPanel.add(new H3("Selected user"), globalRole, passwordRow, membershipRow, memberships);
        userPanel.setPadding(false);
        userPanel.setVisible(false);

        VerticalLayout tab = new VerticalLayout(new H3("New user"), create, userGrid, userPanel);
        tab.setPadding(false);
        return tab;
    }

    private Component areasTab() {
        areaGrid.setAriaLabel("Areas");
        areaGrid.addColumn(AreaSummary::id).setHeader("Id").setAutoWidth(true);
        areaGrid.addColumn(AreaSummary::name).setHeader("Name").setSortable(true);
        areaGrid.addColumn(AreaSummary::onsCode).setHeader("ONS code").setAutoWidth(true);
        areaGrid.addColumn(AreaSummary::region).setHeader("Region");
        areaGrid.addColumn(a -> a.size().describeNodes()).setHeader("Nodes").setAutoWidth(true);
        areaGrid.setAllRowsVisible(true);
        areaGrid.asSingleSelect().addValueChangeListener(e -> {
            selectedArea = e.getValue();
            areaName.setValue(selectedArea == null ? "" : selectedArea.name());
            areaOnsCode.setValue(selectedArea == null || selectedArea.onsCode() == null ? "" : selectedArea.onsCode());
            areaRegion.setValue(selectedArea == null || selectedArea.region() == null ? "" : selectedArea.region());
            saveArea.setText(selectedArea == null ? "Create area" : "Save changes to " + selectedArea.name());
        });
        saveArea.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        saveArea.addClickListener(e -> {
            try {
                if (selectedArea == null) {
                    areas.create(
                            new AreaDraft(null, areaName.getValue(), areaOnsCode.getValue(), areaRegion.getValue()));
                    Notification.show("Area created").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                } else {
                    areas.update(selectedArea.id(), areaName.getValue(), areaOnsCode.getValue(), areaRegion.getValue());
                    Notification.show("Area saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                }
                areaGrid.deselectAll();
                refreshAreas();
            } catch (ValidationException ex) {
                showErrors(ex);
            }
        });
        HorizontalLayout form = new HorizontalLayout(areaName, areaOnsCode, areaRegion, saveArea);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        VerticalLayout tab = new VerticalLayout(
                new Paragraph(
                        "Select an area to rename it, or fill in the form" + " with nothing selected to create one."),
                form,
                areaGrid);
        tab.setPadding(false);
        return tab;
    }

    private void createUser() {
        try {
            users.create(new NewUser(
                    newUsername.getValue(),
                    newPassword.getValue(),
                    newDisplayName.getValue(),
                    roleOf(newGlobalRole.getValue())));
            Notification.show("User '" + newUsername.getValue() + "' created")
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            newUsername.clear();
            newDisplayName.clear();
            newPassword.clear();
            refreshUsers();
        } catch (ValidationException e) {
            showErrors(e);
        }
    }

    private void select(AppUser user) {
        selected = user;
        userPanel.setVisible(user != null);
        if (user == null) {
            return;
        }
        toggleEnabled.setText(user.enabled() ? "Disable " + user.username() : "Enable " + user.username());
        globalRole.setValue(
                user.globalRole() == null ? NO_ROLE : user.globalRole().name());
        memberships.setItems(user.memberships().entrySet().stream().toList());
    }

    private void act(Runnable action) {
        try {
            action.run();
            Notification.show("Saved").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            String username = selected == null ? null : selected.username();
            refreshUsers();
            if (username != null) {
                users.user(username).ifPresent(u -> {
                    userGrid.select(u);
                    select(u);
                });
            }
        } catch (ValidationException e) {
            showErrors(e);
        }
    }

    private static void showErrors(ValidationException e) {
        Notification notification = Notification.show(
                e.violations().stream().map(Object::toString).collect(Collectors.joining("; ")),
                8000,
                Notification.Position.MIDDLE);
        notification.addThemeVariants(NotificationVariant.LUMO_ERROR);
    }

    private void refreshUsers() {
        userGrid.setItems(users.users());
    }

    private void refreshAreas() {
        var all = areas.list();
        areaGrid.setItems(all);
        membershipArea.setItems(all);
    }

    private static List<String> roleChoices() {
        List<String> choices = new ArrayList<>();
        choices.add(NO_ROLE);
        Arrays.stream(GlobalRole.values()).map(Enum::name).forEach(choices::add);
        return choices;
    }

    private static GlobalRole roleOf(String choice) {
        return choice == null || NO_ROLE.equals(choice) ? null : GlobalRole.valueOf(choice);
    }
}
