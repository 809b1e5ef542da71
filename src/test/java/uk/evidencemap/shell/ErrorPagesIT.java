package uk.evidencemap.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;

/**
 * The refused and not-found pages: inside the application's frame, with a title, one plain
 * sentence and a link to the person's areas, and never the list of the application's routes that
 * Vaadin's default pages show in development mode.
 */
@IntegrationTest
class ErrorPagesIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    String area;
    String other;

    @BeforeEach
    void twoAreasAndAViewerOfOne() {
        area = testAreas.create();
        other = testAreas.create();
        TestUsers.signIn(users.member(area, AreaRole.VIEWER).username());
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        testAreas.delete(other);
        users.deleteAll();
    }

    @Test
    void anAreaTheUserIsNotAMemberOfIsRefusedInTheFrameWithAWayBack() {
        UI.getCurrent().navigate(AreaNavigation.map(other));

        ErrorPage page = shown(RefusedView.class);
        assertThat(page.heading.getText()).isEqualTo("Not a member of this area");
        assertThat(page.message.getText())
                .isEqualTo("You are not a member of this area, so you cannot open its pages."
                        + " An administrator can make you a member.");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Not a member of this area | Evidence Map");
    }

    @Test
    void administrationIsRefusedToOthersInTheFrame() {
        UI.getCurrent().navigate("admin");

        ErrorPage page = shown(RefusedView.class);
        assertThat(page.heading.getText()).isEqualTo("Administrators only");
        assertThat(page.message.getText()).isEqualTo("Only administrators can open the administration page.");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Administrators only | Evidence Map");
    }

    @Test
    void anUnknownAddressIsNotFoundInTheFrame() {
        UI.getCurrent().navigate("no-such-page/at-all");

        ErrorPage page = shown(NotFoundView.class);
        assertThat(page.heading.getText()).isEqualTo("Page not found");
        assertThat(UI.getCurrent().getInternals().getTitle()).isEqualTo("Page not found | Evidence Map");
    }

    @Test
    void anAreaThatDoesNotExistIsNotFoundForThoseWhoMaySeeEveryArea() {
        TestUsers.signIn(users.create(GlobalRole.ADMIN).username());
        UI.getCurrent().navigate(AreaNavigation.map("no-such-area"));

        ErrorPage page = shown(NotFoundView.class);
        assertThat(page.heading.getText()).isEqualTo("Area not found");
        assertThat(page.message.getText()).startsWith("There is no area at this address.");
    }

    /** The error page shown: alone in the main frame's main landmark, with its link to the areas. */
    private ErrorPage shown(Class<? extends ErrorPage> type) {
        ErrorPage page = $(type).single();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as("the error page, in the application's frame")
                .containsExactly(page, $(MainLayout.class).single());
        assertThat(page.getParent()).get().isInstanceOf(Main.class);
        assertThat(page.home.getHref()).isEqualTo("");
        assertThat(page.home.getText()).isEqualTo("Go to your areas");
        assertThat(page.getChildren().filter(Anchor.class::isInstance)).hasSize(1);
        assertThat(page.getElement().getTextRecursively())
                .as("no list of routes")
                .doesNotContain("areas/:areaId", "Available routes");
        return page;
    }
}
