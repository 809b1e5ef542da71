package uk.evidencemap.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;
import uk.evidencemap.security.SignInGuard;

/** Sign-in. A failed attempt says why when it is not a wrong password: locked, disabled, too many tries. */
@Route(value = "login", autoLayout = false)
@PageTitle("Sign in | Evidence Map")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    final LoginForm form = new LoginForm();
    private final AuthenticationContext authentication;

    public LoginView(AuthenticationContext authentication) {
        this.authentication = authentication;
        setSizeFull();
        setAlignItems(FlexComponent.Alignment.CENTER);
        setJustifyContentMode(FlexComponent.JustifyContentMode.CENTER);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        Paragraph intro = new Paragraph("A shared map of your local evidence system.");
        add(new H1("Evidence Map"), intro, form);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (authentication.isAuthenticated()) {
            event.forwardTo("");
            return;
        }
        if (event.getLocation().getQueryParameters().getParameters().containsKey("error")) {
            Object failure =
                    VaadinSession.getCurrent().getSession().getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            form.setI18n(errorText(failure));
            form.setError(true);
        }
    }

    static LoginI18n errorText(Object failure) {
        LoginI18n i18n = LoginI18n.createDefault();
        LoginI18n.ErrorMessage error = i18n.getErrorMessage();
        if (failure instanceof SignInGuard.AddressBlockedException blocked) {
            error.setTitle("Too many attempts");
            error.setMessage(blocked.getMessage());
        } else if (failure instanceof LockedException) {
            error.setTitle("Account locked");
            error.setMessage("This account is locked after repeated failed sign-ins. Try again later, or ask an"
                    + " administrator to reset your password.");
        } else if (failure instanceof DisabledException) {
            error.setTitle("Account disabled");
            error.setMessage("This account is disabled. Ask an administrator if you need access.");
        } else {
            error.setTitle("Incorrect username or password");
            error.setMessage("Check your username and password and try again.");
        }
        return i18n;
    }
}
