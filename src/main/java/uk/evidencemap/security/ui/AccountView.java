package uk.evidencemap.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.security.AccountService;
import uk.evidencemap.security.ApiToken;
import uk.evidencemap.security.AppUser;

/** Your own account: who you are, your password, and personal API tokens for scripts. */
@Route("account")
@PageTitle("Your account | Evidence Map")
@PermitAll
class AccountView extends VerticalLayout {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("d MMM yyyy HH:mm").withZone(ZoneId.systemDefault());

    private final AccountService account;
    final Grid<ApiToken> tokens = new Grid<>(ApiToken.class, false);
    final TextField tokenName = new TextField("What the new token is for");
    final Button createToken = new Button("Create token");
    final TextField newSecret = new TextField("Your new token (copy it now: it is not shown again)");
    final PasswordField currentPassword = new PasswordField("Current password");
    final PasswordField newPassword = new PasswordField("New password");
    final Button changePassword = new Button("Change password");

    AccountView(AccountService account) {
        this.account = account;
        setMaxWidth("60rem");
        AppUser me = account.me();
        add(
                new H2("Your account"),
                new Paragraph(me.displayName() + " (" + me.username() + ")"
                        + (me.globalRole() == null ? "" : " · " + me.globalRole())
                        + (me.memberships().isEmpty()
                                ? ""
                                : " · "
                                        + me.memberships().entrySet().stream()
                                                .map(e -> e.getValue() + " of " + e.getKey())
                                                .reduce((a, b) -> a + ", " + b)
                                                .orElse(""))));

        add(new H3("Password"));
        newPassword.setHelperText("At least 12 characters, not containing your username");
        changePassword.addClickListener(e -> changePassword());
        HorizontalLayout passwordRow = new HorizontalLayout(currentPassword, newPassword, changePassword);
        passwordRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        passwordRow.setWrap(true);
        add(passwordRow);

        add(
                new H3("Personal API tokens"),
                new Paragraph("A token lets a script call the Evidence Map API as you"
                        + " (send it as 'Authorization: Bearer <token>'). It has your rights, no more. Revoke a token you no"
                        + " longer use."));
        tokens.setAriaLabel("Your API tokens");
        tokens.addColumn(ApiToken::name).setHeader("For").setFlexGrow(2);
        tokens.addColumn(t -> t.prefix() + "…").setHeader("Starts with");
        tokens.addColumn(t -> WHEN.format(t.createdAt())).setHeader("Created");
        tokens.addColumn(t -> t.lastUsedAt() == null ? "never" : WHEN.format(t.lastUsedAt()))
                .setHeader("Last used");
        tokens.addComponentColumn(this::revokeButton)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        tokens.setAllRowsVisible(true);
        createToken.addClickListener(e -> createToken());
        newSecret.setReadOnly(true);
        newSecret.setVisible(false);
        newSecret.setWidthFull();
        HorizontalLayout tokenRow = new HorizontalLayout(tokenName, createToken);
        tokenRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(tokenRow, newSecret, tokens);
        refresh();
    }

    private Button revokeButton(ApiToken token) {
        Button revoke = new Button("Revoke", e -> {
            ConfirmDialog confirm = new ConfirmDialog(
                    "Revoke '" + token.name() + "'?",
                    "Scripts using this token will stop working at once.",
                    "Revoke",
                    ok -> {
                        account.revokeToken(token.id());
                        Notification.show("Token '" + token.name() + "' revoked");
                        refresh();
                        // the row and its button are gone: the focus stays in the list, not at the page's start
                        tokens.focus();
                    });
            confirm.setCancelable(true);
            confirm.setConfirmButtonTheme("error primary");
            confirm.open();
        });
        revoke.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
        revoke.setAriaLabel("Revoke token " + token.name());
        return revoke;
    }

    private void createToken() {
        try {
            var created = account.createToken(tokenName.getValue());
            newSecret.setValue(created.secret());
            newSecret.setVisible(true);
            tokenName.clear();
            tokenName.setInvalid(false);
            refresh();
        } catch (ValidationException e) {
            tokenName.setErrorMessage(e.violations().getFirst().message());
            tokenName.setInvalid(true);
        }
    }

    private void changePassword() {
        currentPassword.setInvalid(false);
        newPassword.setInvalid(false);
        try {
            account.changePassword(currentPassword.getValue(), newPassword.getValue());
            currentPassword.clear();
            newPassword.clear();
            Notification.show("Password changed").addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException e) {
            e.violations().forEach(v -> {
                PasswordField field = "currentPassword".equals(v.field()) ? currentPassword : newPassword;
                field.setErrorMessage(v.message());
                field.setInvalid(true);
            });
        }
    }

    private void refresh() {
        tokens.setItems(account.tokens());
    }
}
