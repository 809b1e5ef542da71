package uk.evidencemap.shell;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.Eventually;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaRole;

/** The frame around an area's pages: entered once, with the area's name, its pages and live news. */
@IntegrationTest
class AreaFrameIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    AreaService areas;

    @Autowired
    MapService map;

    String area;
    String other;
    String viewer;

    @BeforeEach
    void twoAreasAndAViewerOfOne() {
        area = testAreas.create();
        other = testAreas.create();
        viewer = users.member(area, AreaRole.VIEWER).username();
        TestUsers.signIn(viewer);
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        testAreas.delete(other);
        users.deleteAll();
    }

    private AreaFrame frame() {
        return $(AreaFrame.class).single();
    }

    private List<Anchor> pageLinks() {
        return frame().getChildren()
                .flatMap(Component::getChildren)
                .filter(Anchor.class::isInstance)
                .map(Anchor.class::cast)
                .toList();
    }

    @Test
    void everyPageOfTheAreaIsFramedWithItsNameAndTheOtherPagesOneStepAway() {
        String name = areas.require(area).name();
        for (String address : List.of(
                AreaNavigation.map(area),
                AreaNavigation.nodes(area),
                AreaNavigation.analysis(area),
                AreaNavigation.activity(area),
                AreaNavigation.briefing(area),
                AreaNavigation.exchange(area))) {
            UI.getCurrent().navigate(address);
            assertThat(frame().heading.getText()).as(address).isEqualTo(name);
            assertThat(pageLinks())
                    .extracting(Anchor::getText)
                    .containsExactly("Map", "Table", "Analysis", "Activity", "Briefing", "Import and export");
            assertThat(pageLinks())
                    .extracting(Anchor::getHref)
                    .containsExactly(
                            AreaNavigation.map(area),
                            AreaNavigation.nodes(area),
                            AreaNavigation.analysis(area),
                            AreaNavigation.activity(area),
                            AreaNavigation.briefing(area),
                            AreaNavigation.exchange(area));
            assertThat(pageLinks().stream()
                            .filter(a -> "page".equals(a.getElement().getAttribute("aria-current")))
                            .map(Anchor::getHref))
                    .as("the current page is marked for screen readers")
                    .containsExactly(address);
        }
    }

    @Test
    void anAreaTheUserIsNotAMemberOfIsRefusedBeforeItsPageShowsAnything() {
        UI.getCurrent().navigate(AreaNavigation.map(other));
        assertThat($(AreaFrame.class).exists()).isFalse();
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .as("only the page saying the area is refused is shown, in the application's frame")
                .hasSize(2)
                .satisfies(chain -> assertThat(chain.get(0)).isInstanceOf(HasErrorParameter.class))
                .satisfies(chain -> assertThat(chain.get(1)).isInstanceOf(MainLayout.class));
    }

    @Test
    void anotherPersonsChangeIsToldOnTheFrameWhicheverPageIsOpen() {
        String editor = users.member(area, AreaRole.EDITOR).username();
        UI.getCurrent().navigate(AreaNavigation.analysis(area));
        users.as(editor, () -> map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of())));
        Eventually.inUi(
                () -> assertThat(frame().live.getText()).contains(editor).contains("added Need 'Early language'"));
    }
}
