package uk.evidencemap.security.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.security.AccountService;

/** The account page as an area's editor (a real user, so tokens work over HTTP). */
@IntegrationTest
class AccountViewIT extends SpringBrowserlessTest {

    @LocalServerPort
    int port;

    @Autowired
    AccountService account;

    @Autowired
    TestAreas areas;

    @Autowired
    TestUsers users;

    AreaWithUsers area;

    @BeforeEach
    void signedInAsAnEditor() {
        area = areas.withUsers();
        TestUsers.signIn(area.editor().username());
    }

    @AfterEach
    void tearDown() {
        areas.deleteAll();
        users.deleteAll();
    }

    @Test
    void aTokenMadeOnThePageWorksOnTheApiUntilRevokedOnThePage() {
        AccountView view = navigate(AccountView.class);
        test(view.tokenName).setValue("browserless test");
        test(view.createToken).click();

        String secret = view.newSecret.getValue();
        assertThat(view.newSecret.isVisible()).isTrue();
        assertThat(secret).startsWith("em_");
        assertThat(test(view.tokens).size()).isEqualTo(account.tokens().size());
        assertThat(Http.bearer(port, secret)
                        .get("/api/areas/" + area.id() + "/graph")
                        .status())
                .isEqualTo(200);

        var grid = test(view.tokens);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).name().equals("browserless test")) {
                row = i;
            }
        }
        test(grid.getCellComponent(row, 4)).click();
        var dialog = find(ConfirmDialog.class).single();
        test(dialog).confirm();

        assertThat(account.tokens()).noneMatch(t -> t.name().equals("browserless test"));
        assertThat(Http.bearer(port, secret)
                        .get("/api/areas/" + area.id() + "/graph")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void aWrongCurrentPasswordIsNamedOnTheField() {
        AccountView view = navigate(AccountView.class);
        test(view.currentPassword).setValue("not my password at all");
        test(view.newPassword).setValue("a brand new long password");
        test(view.changePassword).click();
        assertThat(view.currentPassword.isInvalid()).isTrue();
        assertThat(view.currentPassword.getErrorMessage()).isEqualTo("is not your current password");
    }
}
