package uk.evidencemap.analysis.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestMap;
import uk.evidencemap.TestUsers;
import uk.evidencemap.analysis.AnalysisCsv;
import uk.evidencemap.analysis.AnalysisService;
import uk.evidencemap.analysis.Explanations;
import uk.evidencemap.analysis.Gap;
import uk.evidencemap.analysis.GapKind;
import uk.evidencemap.analysis.PersonCentrality;
import uk.evidencemap.analysis.SmallLocalSystem;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.map.ui.GraphCanvas;
import uk.evidencemap.security.SystemUser;
import uk.evidencemap.taxonomy.EvidenceRating;

/** The analysis page on a small local system each test builds ({@link SmallLocalSystem}), as its editor or viewer. */
@IntegrationTest
class AnalysisViewIT extends SpringBrowserlessTest {

    /** The gaps of {@link SmallLocalSystem}, in the order the page lists them: kind and what it is about. */
    private static final List<String> GAPS = List.of(
            "UNMET_NEED Behaviour",
            "WEAK_EVIDENCE_DELIVERY Parent course",
            "UNMITIGATED_BARRIER Short-term grant",
            "UNMET_NEED Sleep",
            "UNMITIGATED_BARRIER Parents not reached",
            "UNCOMMISSIONED_INTERVENTION Parent course",
            "OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP Health Clinic",
            "UNCHAMPIONED_INTERVENTION Home visits",
            "UNCOMMISSIONED_INTERVENTION Home visits");

    @LocalServerPort
    int port;

    @Autowired
    AnalysisService analyses;

    @Autowired
    AreaService areas;

    @Autowired
    TestUsers users;

    @Autowired
    TestAreas testAreas;

    @Autowired
    MapService map;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    SystemUser system;

    SmallLocalSystem smallSystem;
    AreaWithUsers area;

    @BeforeEach
    void anAreaWithAnEditorAndAViewer() {
        smallSystem = new SmallLocalSystem(testAreas, catalogue, system);
        area = testAreas.withUsers();
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        smallSystem.deleteProgrammes();
        users.deleteAll();
    }

    private AnalysisView open(String areaId) {
        AnalysisView view = navigate("areas/" + areaId + "/analysis", AnalysisView.class);
        roundTrip();
        return view;
    }

    @Test
    void theUiTheApiAndTheCsvGiveTheSameFindings() {
        smallSystem.build(area.id());
        TestUsers.signIn(area.editor().username());
        AnalysisView view = open(area.id());
        Http api = Http.basic(port, area.viewer());

        List<String> inUi = rows(view.gaps, g -> g.kind() + " " + g.subject().name());
        List<String> inApi = new ArrayList<>();
        api.get("/api/areas/" + area.id() + "/gaps")
                .body()
                .forEach(g -> inApi.add(
                        g.get("kind").asString() + " " + g.at("/subject/name").asString()));
        assertThat(inUi).isEqualTo(inApi).isEqualTo(GAPS);
        // the CSV the page downloads: one line per gap, in the same order, starting with kind, severity and subject id
        List<String> csv = csvLines(AnalysisCsv.gaps(analyses.gaps(area.id())));
        List<String> expectedStarts = rows(
                view.gaps,
                g -> g.kind() + "," + g.severity() + "," + g.subject().id() + ",");
        assertThat(csv).hasSize(GAPS.size());
        for (int i = 0; i < csv.size(); i++) {
            assertThat(csv.get(i)).startsWith(expectedStarts.get(i));
        }

        showTab(view, 1);
        List<String> people = rows(view.champions.people, p -> p.person().name());
        JsonNode champions = api.get("/api/areas/" + area.id() + "/champions").body();
        assertThat(people)
                .containsExactly("Cara Reid", "Dee Moss", "Ann Leader", "Ben Broker")
                .isEqualTo(names(champions.get("people"), "/person/name"));
        assertThat(csvLines(AnalysisCsv.champions(analyses.champions(area.id()))))
                .extracting(line -> line.split(",")[1])
                .isEqualTo(people);
        assertThat(test(view.champions.failures).size())
                .isEqualTo(champions.get("singlePointsOfFailure").size())
                .isEqualTo(5);

        showTab(view, 2);
        List<String> paths = rows(view.paths, p -> p.intervention().name());
        assertThat(paths)
                .containsExactly("Talk groups", "Parent course")
                .isEqualTo(names(
                        api.get("/api/areas/" + area.id() + "/blocked-paths").body(), "/intervention/name"));
        assertThat(csvLines(AnalysisCsv.blockedPaths(analyses.blockedPaths(area.id()))))
                .extracting(line -> line.split(",")[1])
                .isEqualTo(paths);

        assertThat(view.tabs.getTabAt(0).getLabel()).isEqualTo("Gaps (9)");
        assertThat(view.tabs.getTabAt(1).getLabel())
                .as("people who champion or lead, of the four listed: the label says what it counts")
                .isEqualTo("Champions: 2 of 4 people");
        assertThat(view.champions.count.getText())
                .isEqualTo("2 of the 4 people on the map champion or lead something (the count on the tab); all 4"
                        + " are listed, the most central first.");
        assertThat(view.tabs.getTabAt(2).getLabel()).isEqualTo("Blocked paths (2)");
    }

    @Test
    void everyFigureAndCountIsExplainedWhereItIsShown() {
        smallSystem.build(area.id());
        TestUsers.signIn(area.viewer().username());
        AnalysisView view = open(area.id());
        // each tab's own content, whichever is selected
        String page = String.join(
                "\n",
                view.gaps.getParent().orElseThrow().getElement().getTextRecursively(),
                view.champions.getElement().getTextRecursively(),
                view.paths.getParent().orElseThrow().getElement().getTextRecursively(),
                view.network.getElement().getTextRecursively(),
                view.loops.getElement().getTextRecursively());
        assertThat(page)
                .contains(
                        Explanations.GAPS_COUNT,
                        Explanations.BETWEENNESS,
                        Explanations.ORGANISATIONS_BRIDGED,
                        Explanations.POTENTIAL_CHAMPION,
                        Explanations.SINGLE_POINT_OF_FAILURE,
                        Explanations.BLOCKED_PATHS_COUNT,
                        Explanations.LOOPS_COUNT);
        Explanations.gapKinds().forEach(kind -> assertThat(page).contains(kind));
        Explanations.NODE_FIGURES.forEach(figure -> assertThat(page).contains(figure));
        Explanations.NETWORK_FIGURES.forEach(figure -> assertThat(page).contains(figure));
        assertThat(view.champions.people.getColumns())
                .extracting(c -> c.getHeaderText())
                .as("a potential champion is marked beside the name, not in a column of its own")
                .doesNotContain("Potential")
                .contains("Champions or leads");
        assertThat(view.loops.note.getText()).matches("(No feedback loops.*|\\d+ loops?: \\d+ reinforcing, .*)");
    }

    @Test
    void eachFindingLinksToTheMapWithItHighlighted() {
        TestMap built = smallSystem.build(area.id());
        TestUsers.signIn(area.viewer().username());
        AnalysisView view = open(area.id());

        String behaviour = built.get("Behaviour").id();
        Anchor gapLink = (Anchor)
                test(view.gaps).getCellComponent(0, view.gaps.getColumns().size() - 1);
        assertThat(gapLink.getHref()).isEqualTo("areas/" + area.id() + "/map?show=" + behaviour);
        assertThat(gapLink.getElement().getAttribute("aria-label")).isEqualTo("Show on map: Behaviour");

        showTab(view, 1);
        String cara = built.get("Cara Reid").id();
        Grid<PersonCentrality> people = view.champions.people;
        Anchor personLink =
                (Anchor) test(people).getCellComponent(0, people.getColumns().size() - 1);
        assertThat(personLink.getHref()).isEqualTo("areas/" + area.id() + "/map?show=" + cara);
        assertThat(personLink.getElement().getAttribute("aria-label")).isEqualTo("Show on map: Cara Reid");

        // the first blocked path: North Council -> Talk groups -> Family Hub, Early language; blocked at Talk groups
        showTab(view, 2);
        Anchor pathLink = (Anchor)
                test(view.paths).getCellComponent(0, view.paths.getColumns().size() - 1);
        assertThat(pathLink.getElement().getAttribute("aria-label")).isEqualTo("Show on map: the path of Talk groups");
        follow(pathLink.getHref());
        assertThat(getCurrentView().getClass().getAnnotation(Route.class))
                .as("the map view (package-private in map.ui)")
                .extracting(Route::value)
                .isEqualTo(AreaNavigation.MAP);
        GraphCanvas canvas = find(GraphCanvas.class).single();
        assertThat(canvas.getHighlighted())
                .containsExactly(
                        ids(built, "North Council", "Talk groups", "Family Hub", "Early language", "Short-term grant"));
        assertThat(canvas.getSelected()).isEqualTo(built.get("Talk groups").id());

        // the second has no commissioner: Parent course -> Family Hub, Behaviour; blocked at Parent course
        view = open(area.id());
        showTab(view, 2);
        follow(((Anchor) test(view.paths)
                        .getCellComponent(1, view.paths.getColumns().size() - 1))
                .getHref());
        canvas = find(GraphCanvas.class).single();
        assertThat(canvas.getHighlighted())
                .containsExactly(ids(built, "Parent course", "Family Hub", "Behaviour", "Parents not reached"));
        assertThat(canvas.getSelected()).isEqualTo(built.get("Parent course").id());
    }

    @Test
    void gapsCanBeFilteredByKindAndSeverity() {
        smallSystem.build(area.id());
        TestUsers.signIn(area.viewer().username());
        AnalysisView view = open(area.id());
        Function<Gap, String> about = g -> g.kind() + " " + g.subject().name();

        test(view.gapKind).selectItem(GapKind.UNMET_NEED.label());
        assertThat(rows(view.gaps, about)).containsExactly("UNMET_NEED Behaviour", "UNMET_NEED Sleep");

        test(view.gapKind).selectItem(AnalysisView.ANY);
        test(view.gapSeverity).selectItem("5");
        assertThat(rows(view.gaps, about)).containsExactly("UNMET_NEED Behaviour");

        test(view.gapSeverity).selectItem("4 or more");
        assertThat(rows(view.gaps, about))
                .containsExactly(
                        "UNMET_NEED Behaviour",
                        "WEAK_EVIDENCE_DELIVERY Parent course",
                        "UNMITIGATED_BARRIER Short-term grant");

        test(view.gapKind).selectItem(GapKind.UNCOMMISSIONED_INTERVENTION.label());
        test(view.gapSeverity).selectItem("3 or more");
        assertThat(rows(view.gaps, about)).containsExactly("UNCOMMISSIONED_INTERVENTION Parent course");

        test(view.gapKind).selectItem(GapKind.OUT_OF_REACH_OF_EVIDENCE_LEADERSHIP.label());
        test(view.gapSeverity).selectItem("4 or more");
        assertThat(rows(view.gaps, about)).isEmpty();

        test(view.gapKind).selectItem(AnalysisView.ANY);
        test(view.gapSeverity).selectItem(AnalysisView.ANY);
        assertThat(rows(view.gaps, about)).isEqualTo(GAPS);

        showTab(view, 2);
        test(view.pathSeverity).selectItem("4 or more");
        assertThat(rows(view.paths, p -> p.intervention().name())).containsExactly("Talk groups");
    }

    @Test
    void aChangeSinceTheLastRunIsMarked() {
        TestUsers.signIn(area.editor().username());
        AnalysisView view = open(area.id());
        assertThat(view.changed.isVisible()).isFalse();
        map.createNode(area.id(), new NodeDraft(NodeType.NEED, "New need", Map.of("priority", 4)));

        view = open(area.id());
        assertThat(view.changed.isVisible()).isTrue();
        assertThat(view.changed.getText()).contains("gaps 0 → 1");
    }

    @Test
    void editorsSetTheStrongEvidenceThresholdAndTheResultsFollow() {
        TestUsers.signIn(area.editor().username());
        AnalysisView view = open(area.id());
        assertThat(view.threshold.getValue()).isEqualTo(EvidenceRating.LEVEL_3);
        assertThat(view.threshold.isReadOnly()).isFalse();
        test(view.threshold).selectItem("4");
        assertThat(analyses.results(area.id()).strongEvidence()).isEqualTo(EvidenceRating.LEVEL_4);
    }

    @Test
    void aViewerReadsTheAnalysesButCannotChangeTheThreshold() {
        smallSystem.build(area.id());
        TestUsers.signIn(area.viewer().username());
        AnalysisView view = open(area.id());

        assertThat(rows(view.gaps, g -> g.kind() + " " + g.subject().name())).isEqualTo(GAPS);
        showTab(view, 2);
        assertThat(rows(view.paths, p -> p.intervention().name())).containsExactly("Talk groups", "Parent course");
        assertThat(view.threshold.getValue()).isEqualTo(EvidenceRating.LEVEL_3);
        assertThat(view.threshold.isReadOnly()).isTrue();
        assertThatThrownBy(() -> areas.setStrongEvidence(area.id(), EvidenceRating.LEVEL_4))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(analyses.results(area.id()).strongEvidence()).isEqualTo(EvidenceRating.LEVEL_3);
    }

    @Test
    void theBlockedPathsTabShowsSuggestionsForEachBarrierByLabelAndSaysWhenThereIsNone() {
        TestMap built = smallSystem.build(area.id());
        testAreas
                .map(area.id())
                .use(built.get("Home visits"))
                .node(NodeType.BARRIER, "Odd rules", "category", "OTHER", "severity", 2, "status", "OPEN")
                .link("Odd rules", RelationshipType.BLOCKS, "Home visits");
        TestUsers.signIn(area.viewer().username());
        AnalysisView view = open(area.id());
        showTab(view, 2);
        assertThat(rows(view.paths, p -> p.intervention().name()))
                .containsExactly("Talk groups", "Parent course", "Home visits");
        assertThat(view.paths.getColumns().get(4).getHeaderText()).isEqualTo("Blocked by");
        assertThat(view.paths.getColumns().get(5).getHeaderText()).isEqualTo("Suggestions for each barrier");

        String talkGroups =
                ((Div) test(view.paths).getCellComponent(0, 5)).getElement().getTextRecursively();
        assertThat(talkGroups)
                .startsWith("For 'Short-term grant' (Funding):")
                .contains("Here, 'Pooled budget' (Funding and capacity) mitigates 'Budget cut', also a Funding barrier"
                        + " (status: Open)")
                .doesNotContain("FUNDING", "already supports");
        String parentCourse =
                ((Div) test(view.paths).getCellComponent(1, 5)).getElement().getTextRecursively();
        assertThat(parentCourse)
                .startsWith("For 'Parents not reached' (Parent engagement):")
                .doesNotContain("PARENT_ENGAGEMENT");
        String homeVisits =
                ((Div) test(view.paths).getCellComponent(2, 5)).getElement().getTextRecursively();
        assertThat(homeVisits).isEqualTo("For 'Odd rules' (Other):No suggestion yet.");
        assertThat(rows(view.paths, p -> p.blockers().getFirst().describe()))
                .containsExactly(
                        "Short-term grant (Funding, severity 4) at Talk groups",
                        "Parents not reached (Parent engagement, severity 3) at Parent course",
                        "Odd rules (Other, severity 2) at Home visits");
        assertThat(csvLines(AnalysisCsv.blockedPaths(analyses.blockedPaths(area.id())))
                        .getLast())
                .contains("Odd rules (Other, severity 2) at Home visits")
                .contains("For 'Odd rules' (Other): No suggestion yet");
    }

    /** Opens a tab of the page (0 gaps, 1 champions, 2 blocked paths), as a click on it does. */
    private void showTab(AnalysisView view, int index) {
        test(view.tabs).select(index);
        roundTrip();
    }

    /** Each row of a grid as it is shown now (filters applied), described. */
    private <T> List<String> rows(Grid<T> grid, Function<T, String> describe) {
        var tester = test(grid);
        List<String> rows = new ArrayList<>();
        for (int i = 0; i < tester.size(); i++) {
            rows.add(describe.apply(tester.getRow(i)));
        }
        return rows;
    }

    private static List<String> names(JsonNode array, String pointer) {
        List<String> names = new ArrayList<>();
        array.forEach(item -> names.add(item.at(pointer).asString()));
        return names;
    }

    /** The rows of a CSV text, without its header. */
    private static List<String> csvLines(String csv) {
        return csv.lines().skip(1).toList();
    }

    private static String[] ids(TestMap built, String... names) {
        return Arrays.stream(names).map(name -> built.get(name).id()).toArray(String[]::new);
    }

    /** Follows a link of the page, as the browser would. */
    private static void follow(String location) {
        int query = location.indexOf('?');
        UI.getCurrent()
                .navigate(location.substring(0, query), QueryParameters.fromString(location.substring(query + 1)));
    }
}
