package uk.evidencemap.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.test.context.support.WithMockUser;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.analysis.AnalysisCsv;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.GapKind;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.ui.GraphCanvas;
import uk.evidencemap.security.GlobalRole;
import uk.evidencemap.taxonomy.EvidenceRating;

@IntegrationTest
class AnalysisViewIT extends SpringBrowserlessTest {

    @LocalServerPort
    int port;

    @Autowired
    AnalysisService analyses;

    @Autowired
    TestUsers users;

    @Autowired
    TestAreas areas;

    @Autowired
    MapService map;

    String scratch;

    @AfterEach
    void tearDown() {
        users.deleteAll();
        if (scratch != null) {
            areas.delete(scratch);
        }
    }

    private AnalysisView open(String areaId) {
        AnalysisView view = navigate("areas/" + areaId + "/analysis", AnalysisView.class);
        roundTrip();
        return view;
    }

    @Test
    void theUiTheApiAndTheCsvGiveTheSameNumbers() {
        AnalysisView view = open("york");
        int inUi = test(view.gaps).size();
        int inApi = Http.basic(port, users.create(GlobalRole.RESEARCHER))
                .get("/api/areas/york/gaps")
                .body()
                .size();
        long inCsv = AnalysisCsv.gaps(analyses.gaps("york")).lines().count() - 1;
        assertThat(inUi)
                .isEqualTo(inApi)
                .isEqualTo((int) inCsv)
                .isEqualTo(analyses.gaps("york").size());
        assertThat(view.tabs.getTabAt(0).getLabel()).isEqualTo("Gaps (" + inUi + ")");
        assertThat(view.tabs.getTabAt(2).getLabel())
                .isEqualTo("Blocked paths (" + analyses.blockedPaths("york").size() + ")");
    }

    @Test
    void eachFindingLinksToTheMapWithItHighlighted() {
        AnalysisView view = open("york");
        var gridTester = test(view.gaps);
        int mapColumn = view.gaps.getColumns().size() - 1;
        var link = (Anchor) gridTester.getCellComponent(0, mapColumn);
        var gap = gridTester.getRow(0);
        assertThat(link.getHref())
                .isEqualTo("areas/york/map?show=" + gap.subject().id());
        assertThat(link.getElement().getAttribute("aria-label"))
                .isEqualTo("Show " + gap.subject().name() + " on the map");

        var path = analyses.blockedPaths("york").get(0);
        String pathLink = AnalysisView.pathLink("york", path);
        UI.getCurrent()
                .navigate(
                        pathLink.substring(0, pathLink.indexOf('?')),
                        QueryParameters.fromString(pathLink.substring(pathLink.indexOf('?') + 1)));
        assertThat(getCurrentView().getClass().getAnnotation(Route.class))
                .as("the map view (package-private in map.ui)")
                .extracting(Route::value)
                .isEqualTo(AreaNavigation.MAP);
        var expected = new ArrayList<String>();
        Stream.of(path.commissioner(), path.intervention(), path.deliverer(), path.need())
                .filter(Objects::nonNull)
                .forEach(s -> expected.add(s.id()));
        path.blockers().forEach(b -> expected.add(b.barrier().id()));
        assertThat(find(GraphCanvas.class).single().getHighlighted())
                .containsExactlyElementsOf(expected.stream().distinct().toList());
        assertThat(find(GraphCanvas.class).single().getSelected())
                .isEqualTo(path.intervention().id());
    }

    @Test
    void gapsCanBeFilteredByKindAndSeverity() {
        AnalysisView view = open("york");
        test(view.gapKind).selectItem(GapKind.UNMET_NEED.label());
        var grid = test(view.gaps);
        assertThat(grid.size()).isPositive();
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).kind()).isEqualTo(GapKind.UNMET_NEED);
        }
        test(view.gapKind).selectItem(AnalysisView.ANY);
        test(view.gapSeverity).selectItem("5");
        for (int i = 0; i < grid.size(); i++) {
            assertThat(grid.getRow(i).severity()).isEqualTo(5);
        }
    }

    @Test
    void aChangeSinceTheLastRunIsMarked() {
        scratch = areas.create();
        AnalysisView view = open(scratch);
        assertThat(view.changed.isVisible()).isFalse();
        map.createNode(scratch, new NodeDraft(NodeType.NEED, "New need", Map.of("priority", 4)));

        view = open(scratch);
        assertThat(view.changed.isVisible()).isTrue();
        assertThat(view.changed.getText()).contains("gaps 0 → 1");
    }

    @Test
    void editorsSetTheStrongEvidenceThresholdAndTheResultsFollow() {
        scratch = areas.create();
        AnalysisView view = open(scratch);
        assertThat(view.threshold.getValue()).isEqualTo(EvidenceRating.LEVEL_3);
        assertThat(view.threshold.isReadOnly()).isFalse();
        test(view.threshold).selectItem("4");
        assertThat(analyses.results(scratch).strongEvidence()).isEqualTo(EvidenceRating.LEVEL_4);
    }

    @Test
    @WithMockUser(username = "york-viewer", roles = "USER")
    void aViewerReadsTheAnalysesButCannotChangeTheThreshold() {
        AnalysisView view = open("york");
        assertThat(test(view.gaps).size()).isPositive();
        assertThat(view.threshold.isReadOnly()).isTrue();
    }
}
