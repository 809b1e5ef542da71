package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.TextField;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;

@IntegrationTest
class AreaNodesViewIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    @Autowired
    MapService map;

    String area;

    @BeforeEach
    void buildAMap() {
        area = testAreas.create();
        MapNode ann = map.createNode(
                area, new NodeDraft(NodeType.PERSON, "Ann Leader", Map.of("role", "LOCAL_EVIDENCE_LEADER")));
        map.createNode(
                area, new NodeDraft(NodeType.PERSON, "<img src=x onerror=alert(1)>", Map.of("role", "PRACTITIONER")));
        MapNode hub =
                map.createNode(area, new NodeDraft(NodeType.ORGANISATION, "North Hub", Map.of("kind", "FAMILY_HUB")));
        map.createRelationship(area, new RelationshipDraft(RelationshipType.WORKS_FOR, ann.id(), hub.id(), null));
        map.createNode(
                area,
                new NodeDraft(
                        NodeType.BARRIER,
                        "Funding gap",
                        Map.of("category", "FUNDING", "severity", 5, "cfirConstruct", "C10a")));
    }

    @AfterEach
    void deleteMap() {
        testAreas.delete(area);
    }

    /** Opens a tab; its content is attached on the round trip, as in a browser. */
    private static void select(AreaNodesView view, int tab) {
        view.tabs.setSelectedIndex(tab);
        roundTrip();
    }

    @Test
    void theAreaPageListsItsNodesByTypeFromTheDatabase() {
        AreaNodesView view = navigate("areas/" + area + "/nodes", AreaNodesView.class);

        assertThat(find(H2.class).single().getText()).isEqualTo("Test area " + area);
        assertThat(view.tabs.getTabAt(0).getLabel()).isEqualTo("People (2)");
        assertThat(view.tabs.getTabAt(1).getLabel()).isEqualTo("Organisations (1)");
        assertThat(view.tabs.getTabAt(5).getLabel()).isEqualTo("Barriers (1)");
        assertThat(view.tabs.getTabAt(8).getLabel()).isEqualTo("Factors (0)");
        assertThat(view.tabs.getTabAt(9).getLabel()).isEqualTo("Relationships (1)");

        @SuppressWarnings("unchecked")
        Grid<MapNode> people = (Grid<MapNode>) view.tabs
                .getComponent(view.tabs.getTabAt(0))
                .getChildren()
                .filter(Grid.class::isInstance)
                .findFirst()
                .orElseThrow();
        var grid = test(people);
        assertThat(grid.size()).isEqualTo(2);
        assertThat(grid.getCellText(0, 0)).isEqualTo("<img src=x onerror=alert(1)>");
        assertThat(grid.getCellText(1, 0)).isEqualTo("Ann Leader");
        assertThat(grid.getCellText(1, 1)).isEqualTo("Local evidence leader");
        assertThat(grid.isColumnSortable("name")).isTrue();
    }

    @Test
    void filteringATableNarrowsItsRows() {
        AreaNodesView view = navigate("areas/" + area + "/nodes", AreaNodesView.class);
        select(view, 0);
        var peopleTab = view.tabs.getComponent(view.tabs.getTabAt(0));
        TextField filter = descendants(peopleTab)
                .filter(TextField.class::isInstance)
                .map(TextField.class::cast)
                .findFirst()
                .orElseThrow();
        @SuppressWarnings("unchecked")
        Grid<MapNode> people = (Grid<MapNode>) peopleTab
                .getChildren()
                .filter(Grid.class::isInstance)
                .findFirst()
                .orElseThrow();

        test(filter).setValue("evidence leader");
        assertThat(test(people).size()).isEqualTo(1);
        assertThat(test(people).getCellText(0, 0)).isEqualTo("Ann Leader");
    }

    @Test
    void barriersShowTheirCategoryAndCfirConstructByName() {
        AreaNodesView view = navigate("areas/" + area + "/nodes", AreaNodesView.class);
        select(view, 5);
        @SuppressWarnings("unchecked")
        Grid<MapNode> barriers = (Grid<MapNode>) view.tabs
                .getComponent(view.tabs.getTabAt(5))
                .getChildren()
                .filter(Grid.class::isInstance)
                .findFirst()
                .orElseThrow();
        var grid = test(barriers);
        assertThat(grid.getCellText(0, grid.getColumnPosition("category"))).isEqualTo("Funding");
        assertThat(grid.getCellText(0, grid.getColumnPosition("cfirConstruct"))).isEqualTo("C10a Funding");
        assertThat(grid.getCellText(0, grid.getColumnPosition("status"))).isEqualTo("Open");
    }

    static Stream<Component> descendants(Component root) {
        return root.getChildren().flatMap(c -> Stream.concat(Stream.of(c), descendants(c)));
    }
}
