package uk.evidencemap.map.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Eventually;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestTimes;
import uk.evidencemap.TestUsers;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.collaboration.ui.NodeHistory;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.SystemUser;
import uk.evidencemap.shell.AreaFrames;

/**
 * Several people on one area at once: one person's open pages (driven here) and others working
 * through the same services at the same time, as their own browsers would.
 */
@IntegrationTest
class CollaborationMapIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    MapService map;

    @Autowired
    SystemUser system;

    @Autowired
    HistoryService history;

    String area;
    String editor;
    String viewer;
    MapNode intervention;

    @BeforeEach
    void anAreaWithAnEditorAndAViewer() {
        AreaWithUsers made = testAreas.withUsers();
        area = made.id();
        editor = made.editor().username();
        viewer = made.viewer().username();
        intervention = users.as(
                editor,
                () -> map.createNode(
                        area,
                        new NodeDraft(NodeType.INTERVENTION, "EPEC groups", Map.of("stage", "FULL_IMPLEMENTATION"))));
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        users.deleteAll();
    }

    @Test
    void aBarrierAddedByAnEditorAppearsOnAViewersOpenMapAndADeletionIsAnnounced() {
        TestUsers.signIn(viewer);
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        view.showDetails(intervention.id());
        MapNode barrier = users.as(
                editor,
                () -> map.createNode(
                        area,
                        new NodeDraft(
                                NodeType.BARRIER,
                                "Short-term funding",
                                Map.of("category", "FUNDING", "severity", 4, "status", "OPEN"))));
        Eventually.inUi(() -> {
            assertThat(view.canvas.getGraph().nodes()).extracting(n -> n.name()).contains("Short-term funding");
            assertThat(AreaFrames.live(view).getText()).contains(editor).contains("added Barrier 'Short-term funding'");
        });
        users.as(editor, () -> {
            map.deleteNode(area, intervention.id(), null);
            return null;
        });
        Eventually.inUi(() -> assertThat(view.details.getElement().getText()
                        + view.details
                                .getChildren()
                                .map(c -> c.getElement().getText())
                                .reduce("", String::concat))
                .contains("'EPEC groups' was deleted by " + editor));
        assertThat(find(Button.class).from(view.details).all())
                .extracting(Button::getText)
                .as("a viewer cannot restore")
                .doesNotContain("Restore it");
        assertThat(view.canvas.getGraph().nodes()).extracting(n -> n.id()).containsExactly(barrier.id());
    }

    @Test
    void theFindListFollowsLiveChangesOfNamesAndNodes() {
        TestUsers.signIn(viewer);
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        users.as(
                editor,
                () -> map.updateNode(area, intervention.id(), new NodeChange("EPEC parenting groups", Map.of(), null)));
        Eventually.inUi(() -> assertThat(AreaFrames.live(view).getText()).contains("EPEC parenting groups"));
        assertThat(findable(view)).containsExactly("EPEC parenting groups (Intervention)");

        users.as(
                editor,
                () -> map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of("priority", 5))));
        Eventually.inUi(() -> assertThat(AreaFrames.live(view).getText()).contains("Early language"));
        assertThat(findable(view)).containsExactly("EPEC parenting groups (Intervention)", "Early language (Need)");
    }

    /** What the find list offers, as a person opening it would read it. */
    private static List<String> findable(MapView view) {
        return view.find
                .getListDataView()
                .getItems()
                .map(view.find.getItemLabelGenerator())
                .toList();
    }

    @Test
    void theSecondToSaveTheSameFieldSeesTheOtherValueAndChooses() {
        MapNode barrier = users.as(
                editor,
                () -> map.createNode(
                        area,
                        new NodeDraft(
                                NodeType.BARRIER,
                                "Recruitment",
                                Map.of("category", "STAFF_CAPACITY", "severity", 2, "status", "OPEN"))));
        TestUsers.signIn(editor);
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        view.showDetails(barrier.id());
        view.editing.startEditing(barrier);
        NodeEditor form = view.editing.editor;
        test((IntegerField) form.form.fields.get("severity")).setValue(5);
        String other = users.member(area, AreaRole.EDITOR).username();
        users.as(other, () -> map.updateNode(area, barrier.id(), new NodeChange(null, Map.of("severity", 4L), null)));
        Eventually.inUi(() -> assertThat(form.notice.getText()).contains(other + " saved changes to 'Recruitment'"));
        test(form.save).click();
        assertThat(form.conflicts.getElement().getTextRecursively())
                .contains(other + " saved 'Recruitment' while you were editing it");
        assertThat(form.choices).containsOnlyKeys("severity");
        assertThat(form.choices.get("severity").getItemLabelGenerator().apply("theirs"))
                .isEqualTo("Keep " + other + "'s: 4");
        assertThat(map.node(area, barrier.id()).orElseThrow().property("severity"))
                .isEqualTo(4L);
        form.choices.get("severity").setValue("theirs");
        test(form.save).click();
        assertThat(map.node(area, barrier.id()).orElseThrow().property("severity"))
                .as("their value kept")
                .isEqualTo(4L);
    }

    @Test
    void anEditorUndoesAndRedoesFromTheMapAndTheActivityPageListsItAll() throws InterruptedException {
        TestUsers.signIn(editor);
        Instant before = Instant.now();
        Thread.sleep(20);
        users.as(
                editor,
                () -> map.updateNode(area, intervention.id(), new NodeChange("EPEC parenting groups", Map.of(), null)));
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        assertThat(view.undoRedo.undo.isEnabled()).isTrue();
        assertThat(view.undoRedo.undo.getTooltip().getText())
                .isEqualTo("Undo: changed Intervention 'EPEC parenting groups'");
        test(view.undoRedo.undo).click();
        assertThat(map.node(area, intervention.id()).orElseThrow().name()).isEqualTo("EPEC groups");
        test(view.undoRedo.redo).click();
        assertThat(map.node(area, intervention.id()).orElseThrow().name()).isEqualTo("EPEC parenting groups");

        UI.getCurrent().navigate("areas/" + area + "/map", QueryParameters.of("at", before.toString()));
        MapView past = (MapView) getCurrentView();
        assertThat(past.openMap.pastAt()).isEqualTo(before);
        assertThat(past.canvas.getGraph().nodes()).extracting(n -> n.name()).containsExactly("EPEC groups");
        assertThat(past.canvas.isEditable()).isFalse();
    }

    @Test
    void anUndoThatWouldDeleteSomeoneElsesWorkIsRefusedOnTheMapPageSayingWhoDidWhatAndWhen() {
        String other = users.member(area, AreaRole.EDITOR).username();
        MapNode acme = users.as(
                other,
                () -> map.createNode(
                        area, new NodeDraft(NodeType.ORGANISATION, "Acme", Map.of("kind", "LOCAL_AUTHORITY"))));
        MapNode d = users.as(
                editor,
                () -> map.createNode(area, new NodeDraft(NodeType.PERSON, "D", Map.of("role", "PRACTITIONER"))));
        users.as(
                other,
                () -> map.updateNode(area, d.id(), new NodeChange(null, Map.of("description", "Runs the hub"), null)));
        users.as(
                other,
                () -> map.createRelationship(
                        area, new RelationshipDraft(RelationshipType.WORKS_FOR, d.id(), acme.id(), Map.of())));
        List<Change> changes = history.since(area, 0);
        Instant changed = changes.get(changes.size() - 2).at();
        Instant connected = changes.getLast().at();

        TestUsers.signIn(editor);
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        test(view.undoRedo.undo).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Not undone: " + other + " changed 'D' (description) " + TestTimes.at(changed)
                        + " and connected it to 'Acme' " + TestTimes.at(connected));
        assertThat(map.node(area, d.id())).isPresent();
        assertThat(view.undoRedo.undo.isEnabled())
                .as("still there to undo once resolved")
                .isTrue();
    }

    @Test
    void anEditorWhoseNodeIsDeletedWhileSheEditsItIsToldAndCannotSaveIt() {
        TestUsers.signIn(editor);
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        view.showDetails(intervention.id());
        view.editing.startEditing(intervention);
        NodeEditor form = view.editing.editor;
        String other = users.member(area, AreaRole.EDITOR).username();
        users.as(other, () -> {
            map.deleteNode(area, intervention.id(), null);
            return null;
        });
        Eventually.inUi(() -> assertThat(form.notice.getText())
                .contains(other + " deleted 'EPEC groups'")
                .contains("can no longer be saved"));
        assertThat(form.save.isEnabled()).isFalse();
    }

    @Test
    void aNodesHistoryPanelListsWhoChangedWhatAndHow() {
        users.as(
                editor,
                () -> map.updateNode(area, intervention.id(), new NodeChange(null, Map.of("reach", 40L), null)));
        TestUsers.signIn(viewer);
        MapView view = navigate("areas/" + area + "/map", MapView.class);
        view.showDetails(intervention.id());
        var panel = find(NodeHistory.class).from(view.details).single();
        panel.setOpened(true);
        assertThat(panel.getElement().getTextRecursively())
                .contains(editor + ": changed Intervention 'EPEC groups'")
                .contains("reach: (empty) \u2192 40")
                .contains(editor + ": added Intervention 'EPEC groups'");
    }
}
