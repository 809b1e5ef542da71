package uk.evidencemap.admin.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.sidenav.SideNavItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.area.ui.AreasView;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.Passwords;
import uk.evidencemap.security.UserService;

@IntegrationTest
class AdminViewIT extends SpringBrowserlessTest {

    @Autowired
    UserService users;

    @Autowired
    TestUsers testUsers;

    @Autowired
    TestAreas testAreas;

    String area;

    @AfterEach
    void tearDown() {
        testUsers.deleteAll();
        if (area != null) {
            testAreas.delete(area);
        }
        testUsers.deleteStartingWith("made-in-ui");
    }

    @Test
    void anAdministratorCreatesAUserAndMakesThemAnEditorOfAnArea() {
        area = testAreas.create();
        AdminView view = navigate(AdminView.class);
        roundTrip();
        String username = "made-in-ui-" + System.nanoTime() % 100000;
        test(view.newUsername).setValue(username);
        test(view.newDisplayName).setValue("Made In UI");
        test(view.newPassword).setValue(Passwords.random());
        test(view.createUser).click();

        var created = users.user(username).orElseThrow();
        assertThat(created.displayName()).isEqualTo("Made In UI");
        assertThat(created.globalRole()).isNull();

        var grid = test(view.userGrid);
        int row = -1;
        for (int i = 0; i < grid.size(); i++) {
            if (grid.getRow(i).username().equals(username)) {
                row = i;
            }
        }
        grid.select(row);
        assertThat(view.userPanel.isVisible()).isTrue();
        var areaChoice = view.membershipArea
                .getListDataView()
                .getItems()
                .filter(a -> a.id().equals(area))
                .findFirst()
                .orElseThrow();
        test(view.membershipArea).selectItem(areaChoice.name());
        test(view.membershipRole).selectItem("EDITOR");
        test(view.setMembership).click();

        assertThat(users.user(username).orElseThrow().memberships()).containsEntry(area, AreaRole.EDITOR);
    }

    @Test
    void aShortPasswordIsRefusedWithAMessageAndNoUserIsMade() {
        AdminView view = navigate(AdminView.class);
        roundTrip();
        test(view.newUsername).setValue("made-in-ui-short");
        test(view.newPassword).setValue("short");
        test(view.createUser).click();
        assertThat(users.user("made-in-ui-short")).isEmpty();
    }

    @Test
    @WithMockUser(username = "someone", roles = "USER")
    void someoneWhoIsNotAnAdministratorSeesNoAdministrationAndCannotOpenIt() {
        navigate(AreasView.class);
        assertThat(find(SideNavItem.class).all())
                .extracting(SideNavItem::getLabel)
                .contains("Areas", "Reference", "Your account", "Help")
                .doesNotContain("Administration");
        assertThatThrownBy(() -> navigate(AdminView.class))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("instead of uk.evidencemap.admin.ui.AdminView");
    }
}
