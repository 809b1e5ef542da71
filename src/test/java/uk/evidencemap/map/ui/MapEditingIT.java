package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodePlacesService;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.SystemUser;
import uk.evidencemap.shell.AreaFrames;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.Cfir;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EnablerCategory;
import uk.evidencemap.taxonomy.ImplementationStage;

/** Building a map in the app: forms, validation messages, connecting, deleting, positions, read-only viewers. */
@IntegrationTest
class MapEditingIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    MapService map;

    @Autowired
    NodePlacesService places;

    @Autowired
    SystemUser system;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    HistoryService log;

    String area;
    MapNode intervention;

    @BeforeEach
    void anArea() {
        area = testAreas.create();
        intervention = map.createNode(
                area, new NodeDraft(NodeType.INTERVENTION, "EPEC groups", Map.of("stage", "FULL_IMPLEMENTATION")));
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        users.deleteAll();
    }

    private MapView open() {
        return navigate("areas/" + area + "/map", MapView.class);
    }

    @SuppressWarnings("unchecked")
    private static <T> ComboBox<T> combo(NodeForm form, String key) {
        return (ComboBox<T>) form.fields.get(key);
    }

    @Test
    void anEditorAddsABarrierTaggedToACfirConstructThroughTheFormFittedToBarriers() {
        MapView view = open();
        assertThat(view.editing.editBar.isVisible()).isTrue();
        test(view.editing.addType).selectItem("Barrier");
        test(view.editing.add).click();
        NodeForm form = view.editing.editor.form;
        assertThat(form.fields.keySet())
                .containsExactly("category", "cfirConstruct", "severity", "status", "tags", "description");
        test(form.name).setValue("No backfill for trainees");
        ComboBox<Coded> category = combo(form, "category");
        category.setValue(BarrierCategory.STAFF_CAPACITY);
        assertThat(category.getHelperText())
                .contains("Lack of time and staff capacity")
                .contains("CFIR C10, C1c");
        ComboBox<Cfir.Construct> cfir = combo(form, "cfirConstruct");
        cfir.setValue(Cfir.get().construct("C10").orElseThrow());
        assertThat(cfir.getHelperText())
                .isEqualTo(Cfir.get().construct("C10").orElseThrow().definition());
        test((IntegerField) form.fields.get("severity")).setValue(4);
        ComboBox<Coded> status = combo(form, "status");
        status.setValue(status.getListDataView()
                .getItems()
                .filter(c -> c.code().equals("OPEN"))
                .findFirst()
                .orElseThrow());
        test(view.editing.editor.save).click();

        MapNode barrier = map.nodes(area, NodeType.BARRIER).getFirst();
        assertThat(barrier.name()).isEqualTo("No backfill for trainees");
        assertThat(barrier.properties())
                .containsEntry("category", "STAFF_CAPACITY")
                .containsEntry("cfirConstruct", "C10")
                .containsEntry("severity", 4L)
                .containsEntry("status", "OPEN");
        assertThat(view.canvas.getSelected()).isEqualTo(barrier.id());
        assertThat(view.list.asSingleSelect().getValue()).isEqualTo(barrier);
    }

    @Test
    void aNewBarrierIsOpenByDefaultAndIsSavedWithWhatItBlocksInOneChange() {
        MapNode hub =
                map.createNode(area, new NodeDraft(NodeType.ORGANISATION, "North hub", Map.of("kind", "FAMILY_HUB")));
        map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of()));
        MapView view = open();
        test(view.editing.addType).selectItem("Barrier");
        test(view.editing.add).click();
        NodeEditor editor = view.editing.editor;
        ComboBox<Coded> status = combo(editor.form, "status");
        assertThat(status.getValue()).as("Open by default").isEqualTo(BarrierStatus.OPEN);
        assertThat(editor.links.getLabel()).isEqualTo("Blocks");
        assertThat(editor.links.getListDataView().getItems().map(MapNode::name))
                .as("what a barrier may block: interventions, organisations and people, not a need")
                .containsExactly("EPEC groups", "North hub");
        test(editor.form.name).setValue("Short-term grant");
        combo(editor.form, "category").setValue(BarrierCategory.FUNDING);
        test((IntegerField) editor.form.fields.get("severity")).setValue(4);
        editor.links.setValue(Set.of(intervention, hub));
        long before = log.since(area, 0).size();
        test(editor.save).click();

        MapNode barrier = map.nodes(area, NodeType.BARRIER).getFirst();
        assertThat(barrier.properties()).containsEntry("status", "OPEN");
        assertThat(map.graph(area).relationships())
                .extracting(r -> r.type() + " " + r.from() + " " + r.to())
                .containsExactlyInAnyOrder(
                        "BLOCKS " + barrier.id() + " " + intervention.id(), "BLOCKS " + barrier.id() + " " + hub.id());
        assertThat(log.since(area, 0)).as("one change").hasSize((int) before + 1);
    }

    @Test
    void aNewEnablerNamesTheBarriersItMitigatesAndARefusedSaveWritesNothing() {
        MapNode grant = map.createNode(
                area,
                new NodeDraft(NodeType.BARRIER, "Short-term grant", Map.of("category", "FUNDING", "severity", 4L)));
        MapView view = open();
        test(view.editing.addType).selectItem("Enabler");
        test(view.editing.add).click();
        NodeEditor editor = view.editing.editor;
        assertThat(editor.links.getLabel()).startsWith("Mitigates");
        assertThat(editor.links.getListDataView().getItems().map(MapNode::name)).containsExactly("Short-term grant");
        test(editor.form.name).setValue("Pooled budget");
        editor.links.setValue(Set.of(grant));
        test(editor.save).click();
        assertThat(editor.problems.isVisible()).as("the category is required").isTrue();
        assertThat(map.nodes(area, NodeType.ENABLER)).isEmpty();
        assertThat(map.graph(area).relationships()).isEmpty();

        combo(editor.form, "category").setValue(EnablerCategory.FUNDING_AND_CAPACITY);
        test((IntegerField) editor.form.fields.get("strength")).setValue(4);
        test(editor.save).click();
        MapNode pooled = map.nodes(area, NodeType.ENABLER).getFirst();
        assertThat(map.graph(area).relationships()).singleElement().satisfies(r -> {
            assertThat(r.type()).isEqualTo(RelationshipType.MITIGATES);
            assertThat(r.from()).isEqualTo(pooled.id());
            assertThat(r.to()).isEqualTo(grant.id());
        });
    }

    @Test
    void addingASecondNodeOfTheSameNameWarnsFirstAndAddsItOnlyWhenSavedAgain() {
        MapView view = open();
        test(view.editing.addType).selectItem("Intervention");
        test(view.editing.add).click();
        NodeEditor editor = view.editing.editor;
        test(editor.form.name).setValue("  epec GROUPS ");
        ComboBox<Coded> stage = combo(editor.form, "stage");
        stage.setValue(ImplementationStage.EXPLORATION);
        test(editor.save).click();

        assertThat(map.nodes(area, NodeType.INTERVENTION)).as("not added yet").hasSize(1);
        assertThat(editor.notice.isVisible()).isTrue();
        assertThat(editor.notice.getText())
                .startsWith("There is already an Intervention named 'epec GROUPS' in this area.")
                .contains("Save again to add another one");

        test(editor.save).click();
        assertThat(map.nodes(area, NodeType.INTERVENTION))
                .extracting(MapNode::name)
                .containsExactlyInAnyOrder("EPEC groups", "epec GROUPS");
    }

    @Test
    void placesDraggedOnTheMapAreKeptForTheAreasOwnNodesAndNotForSharedProgrammes() {
        MapNode programme = catalogue.create("Shared programme", Map.of("evidenceRating", "3"));
        try {
            map.createRelationship(
                    area,
                    new RelationshipDraft(RelationshipType.IMPLEMENTS, intervention.id(), programme.id(), Map.of()));
            MapView view = open();

            boolean kept = view.editing.keepPlaces(List.of(
                    new GraphCanvas.NodePlace(intervention.id(), 10, 20),
                    new GraphCanvas.NodePlace(programme.id(), 30, 40)));

            assertThat(kept).isTrue();
            assertThat(places.positions(area)).containsExactly(Map.entry(intervention.id(), new NodePosition(10, 20)));
        } finally {
            testAreas.delete(area);
            testAreas.deleteProgramme(programme.id());
        }
    }

    @Test
    void eachValidationMessageOfTheModelIsShownOnItsField() {
        MapView view = open();
        test(view.editing.addType).selectItem("Barrier");
        test(view.editing.add).click();
        NodeForm form = view.editing.editor.form;
        ((IntegerField) form.fields.get("severity")).setValue(9);
        test(view.editing.editor.save).click();

        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage()).isEqualTo("is required");
        ComboBox<Coded> category = combo(form, "category");
        assertThat(category.isInvalid()).isTrue();
        assertThat(category.getErrorMessage()).startsWith("is required for Barrier");
        IntegerField severity = (IntegerField) form.fields.get("severity");
        assertThat(severity.isInvalid()).isTrue();
        assertThat(severity.getErrorMessage()).contains("1").contains("5");
        assertThat(view.editing.editor.problems.isVisible()).isTrue();
        assertThat(view.editing.editor.problems.getText())
                .startsWith("Not saved: ")
                .contains("Name is required");
        assertThat(map.nodes(area, NodeType.BARRIER)).as("nothing half-written").isEmpty();
    }

    @Test
    void theFormLeavesLengthsAndCharactersToTheServicesTextRule() {
        String family = "\uD83D\uDC6A";
        MapView view = open();
        test(view.editing.addType).selectItem("Need");
        test(view.editing.add).click();
        NodeForm form = view.editing.editor.form;
        assertThat(form.name.getMaxLength())
                .as("no browser maxlength, which counts UTF-16 units")
                .isZero();
        assertThat(((TextArea) form.fields.get("description")).getMaxLength()).isZero();
        test(form.name).setValue("Early\u202Ehelp");
        test(view.editing.editor.save).click();
        assertThat(form.name.isInvalid()).isTrue();
        assertThat(form.name.getErrorMessage())
                .isEqualTo("contains the right-to-left override (U+202E), which can make text display as something"
                        + " else");

        test(form.name).setValue(family.repeat(201));
        test(view.editing.editor.save).click();
        assertThat(form.name.getErrorMessage()).isEqualTo("must be at most 200 characters (it has 201)");

        test(form.name).setValue(family.repeat(200));
        test(view.editing.editor.save).click();
        assertThat(map.nodes(area, NodeType.NEED)).extracting(MapNode::name).containsExactly(family.repeat(200));
    }

    @Test
    void editingMergesSomeoneElsesChangeToAnotherFieldAndSaysSoWhileTheFormIsOpen() {
        MapView view = open();
        view.showDetails(intervention.id());
        view.editing.startEditing(intervention);
        test(view.editing.editor.form.name).setValue("EPEC parenting groups");
        map.updateNode(area, intervention.id(), new NodeChange(null, Map.of("reach", 120), null));
        NodeEditor editor = view.editing.editor;
        Awaitility.await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertThat(editor.notice.getText())
                    .as("live: " + AreaFrames.live(view).getText())
                    .contains("saved changes to 'EPEC groups'");
        });
        test(editor.save).click();
        MapNode saved = map.node(area, intervention.id()).orElseThrow();
        assertThat(saved.name()).isEqualTo("EPEC parenting groups");
        assertThat(saved.properties()).as("the other change kept").containsEntry("reach", 120L);
        assertThat(saved.version()).isEqualTo(2);
    }

    @Test
    void connectingOffersOnlyWhatTheModelAllowsBetweenTheTwoEitherWay() {
        MapNode barrier = map.createNode(
                area,
                new NodeDraft(
                        NodeType.BARRIER,
                        "Funding gap",
                        Map.of("category", "FUNDING", "severity", 5, "status", "OPEN")));
        MapNode person = map.createNode(area, new NodeDraft(NodeType.PERSON, "Ann", Map.of("role", "COMMISSIONER")));
        MapView view = open();
        view.showDetails(person.id());
        view.editing.openConnect(person, intervention, null);
        roundTrip();
        ConnectDialog dialog = view.editing.connectDialog;
        assertThat(dialog.options(intervention))
                .extracting(ConnectDialog.Option::sentence)
                .containsExactlyInAnyOrder("Ann champions EPEC groups", "Ann leads EPEC groups");
        assertThat(dialog.options(barrier))
                .extracting(ConnectDialog.Option::sentence)
                .containsExactly("Funding gap blocks Ann");
        dialog.how.setValue(dialog.options(intervention).stream()
                .filter(o -> o.type() == RelationshipType.CHAMPIONS)
                .findFirst()
                .orElseThrow());
        test(dialog.connect).click();
        assertThat(map.graph(area).relationships())
                .extracting(r -> r.type() + " " + r.from() + " " + r.to())
                .containsExactly("CHAMPIONS " + person.id() + " " + intervention.id());

        view.showDetails(barrier.id());
        view.editing.openConnect(barrier, null, RelationshipType.BLOCKS);
        roundTrip();
        assertThat(view.editing.connectDialog.getHeaderTitle()).isEqualTo("What does Funding gap block?");
        assertThat(view.editing.connectDialog.options(intervention))
                .extracting(ConnectDialog.Option::type)
                .containsExactly(RelationshipType.BLOCKS);
        view.editing.connectDialog.other.setValue(intervention);
        assertThat(view.editing.connectDialog.how.getValue().sentence()).isEqualTo("Funding gap blocks EPEC groups");
        test(view.editing.connectDialog.connect).click();
        assertThat(map.graph(area).relationships()).hasSize(2);
    }

    @Test
    void aTapOnTheCanvasPicksTheOtherEndWhenConnectingOnTheMap() {
        MapNode need = map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of()));
        MapView view = open();
        view.showDetails(intervention.id());
        view.editing.startConnecting(intervention);
        assertThat(view.editing.connectNote.getText())
                .isEqualTo("Connecting 'EPEC groups': tap the node to connect it to.");
        view.tapped(need.id());
        roundTrip();
        assertThat(view.editing.connectDialog.other.getValue()).isEqualTo(need);
        assertThat(view.editing.connectDialog.how.getValue().sentence())
                .isEqualTo("EPEC groups addresses Early language");
        test(view.editing.connectDialog.connect).click();
        assertThat(map.graph(area).relationships())
                .singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(RelationshipType.ADDRESSES));
        assertThat(view.editing.connectBar.isVisible()).isFalse();
    }

    @Test
    void deletingAsksFirstThenRemovesTheNodeAndItsRelationships() {
        MapNode need = map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of()));
        map.createRelationship(
                area, new RelationshipDraft(RelationshipType.ADDRESSES, intervention.id(), need.id(), null));
        MapView view = open();
        view.showDetails(intervention.id());
        view.editing.confirmDelete(intervention);
        roundTrip();
        ConfirmDialog confirm = find(ConfirmDialog.class).single();
        assertThat(confirm.getElement().getProperty("message"))
                .isEqualTo("This deletes the intervention 'EPEC groups' and its 1 relationship.");
        test(confirm).confirm();
        assertThat(map.node(area, intervention.id())).isEmpty();
        assertThat(map.graph(area).relationships()).isEmpty();
        assertThat(view.canvas.getSelected()).isEmpty();
    }

    @Test
    void selectingInTheListSelectsOnTheCanvasAndTheReverse() {
        MapNode need = map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of()));
        MapView view = open();
        test(view.list).select(test(view.list).getRow(0).equals(need) ? 0 : 1);
        assertThat(view.canvas.getSelected())
                .isEqualTo(view.list.asSingleSelect().getValue().id());
        view.tapped(intervention.id());
        assertThat(view.list.asSingleSelect().getValue()).isEqualTo(intervention);
        assertThat(view.canvas.getSelected()).isEqualTo(intervention.id());
    }

    @Test
    void draggedPositionsAreKeptPerAreaAndOnlyEditorsMayMoveNodes() {
        places.savePositions(area, Map.of(intervention.id(), new NodePosition(120.5, -40)));
        assertThat(places.positions(area)).containsEntry(intervention.id(), new NodePosition(120.5, -40));
        MapView view = open();
        assertThat(view.layout.getValue()).isEqualTo(GraphCanvas.Layout.SAVED);
        assertThat(view.canvas.isEditable()).isTrue();
        assertThat(map.node(area, intervention.id()).orElseThrow().version())
                .as("not a change of content")
                .isEqualTo(intervention.version());

        assertThatThrownBy(() -> places.savePositions(area, Map.of("no-such-node", new NodePosition(1, 1))))
                .hasMessageContaining("nothing was saved");
        assertThatThrownBy(() -> places.savePositions(area, Map.of(intervention.id(), new NodePosition(Double.NaN, 1))))
                .hasMessageContaining("finite");

        var viewer = users.member(area, AreaRole.VIEWER);
        var asViewer = UsernamePasswordAuthenticationToken.authenticated(
                viewer.username(), null, List.of(new SimpleGrantedAuthority("ROLE_USER")));
        assertThatThrownBy(() -> system.as(asViewer, () -> {
                    places.savePositions(area, Map.of(intervention.id(), new NodePosition(0, 0)));
                    return null;
                }))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theTableViewAddsEditsConnectsAndDeletesWithTheSameForms() {
        AreaNodesView view = navigate("areas/" + area + "/nodes", AreaNodesView.class);
        view.openEditor(NodeType.PERSON, null);
        roundTrip();
        NodeEditor editor = find(NodeEditor.class).single();
        test(editor.form.name).setValue("Priya Shah");
        ComboBox<Coded> role = combo(editor.form, "role");
        role.setValue(role.getListDataView()
                .getItems()
                .filter(c -> c.code().equals("COMMISSIONER"))
                .findFirst()
                .orElseThrow());
        test(editor.save).click();
        MapNode priya = map.nodes(area, NodeType.PERSON).getFirst();
        assertThat(priya.name()).isEqualTo("Priya Shah");
        assertThat(view.dialog.isOpened()).isFalse();

        view.openConnect(priya);
        roundTrip();
        view.connectDialog.other.setValue(intervention);
        view.connectDialog.how.setValue(view.connectDialog.options(intervention).stream()
                .filter(o -> o.type() == RelationshipType.CHAMPIONS)
                .findFirst()
                .orElseThrow());
        test(view.connectDialog.connect).click();
        assertThat(map.graph(area).relationships())
                .singleElement()
                .satisfies(r -> assertThat(r.type()).isEqualTo(RelationshipType.CHAMPIONS));

        view.confirmDelete(priya);
        roundTrip();
        test(find(ConfirmDialog.class).single()).confirm();
        assertThat(map.nodes(area, NodeType.PERSON)).isEmpty();
    }

    @Test
    void aViewerSeesTheMapAndTheTablesWithoutAnyEditControl() {
        var viewer = users.member(area, AreaRole.VIEWER);
        var auth = UsernamePasswordAuthenticationToken.authenticated(
                viewer.username(), null, List.of(new SimpleGrantedAuthority("ROLE_USER")));
        SecurityContextHolder.getContext().setAuthentication(auth);
        MapView view = open();
        assertThat(view.editing.editBar.isVisible()).isFalse();
        assertThat(view.canvas.isEditable()).isFalse();
        view.showDetails(intervention.id());
        assertThat(find(Button.class).from(view.details).all())
                .extracting(Button::getText)
                .doesNotContain("Edit", "Delete", "Connect…");

        AreaNodesView table = navigate("areas/" + area + "/nodes", AreaNodesView.class);
        assertThat(AreaNodesViewIT.descendants(table)
                        .filter(Button.class::isInstance)
                        .map(b -> ((Button) b).getText()))
                .noneMatch(text ->
                        Set.of("Edit", "Delete", "Connect", "Remove").contains(text) || text.startsWith("Add "));
    }
}
