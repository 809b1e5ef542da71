package uk.evidencemap.collaboration.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
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
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.collaboration.CommentService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.SystemUser;
import uk.evidencemap.shell.AreaFrames;

/**
 * Several people on one area at once: one person's open pages (driven here) and others working
 * through the same services at the same time, as their own browsers would.
 */
@IntegrationTest
class ActivityAndCommentsIT extends SpringBrowserlessTest {

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    @Autowired
    MapService map;

    @Autowired
    CommentService comments;

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
        testAreas.delete(area);
        users.deleteAll();
    }

    @Test
    void aViewerCommentsWithAMentionAndTheEditorSeesItUnread() {
        TestUsers.signIn(viewer);
        navigate("areas/" + area + "/activity", ActivityView.class);
        CommentsPanel panel = new CommentsPanel(comments, area, intervention.id(), intervention.name());
        UI.getCurrent().add(panel);
        test(panel.text).setValue("Who funds this after March? @" + editor + " do you know?");
        test(panel.post).click();
        assertThat(panel.list.getElement().getTextRecursively()).contains("Who funds this after March?");

        Map<String, CommentService.Unread> unread = users.as(editor, () -> comments.unread(area));
        assertThat(unread).containsEntry(intervention.id(), new CommentService.Unread(1, true));
        assertThat(users.as(viewer, () -> comments.unread(area)))
                .as("one's own comment is not unread")
                .isEmpty();
        users.as(editor, () -> {
            comments.markRead(area, intervention.id());
            return null;
        });
        assertThat(users.as(editor, () -> comments.unread(area))).isEmpty();
    }

    @Test
    void anUndoThatWouldDeleteSomeoneElsesWorkIsRefusedOnTheActivityPageSayingWhoDidWhatAndWhen() {
        String other = users.member(area, AreaRole.EDITOR).username();
        MapNode d = users.as(
                editor,
                () -> map.createNode(area, new NodeDraft(NodeType.PERSON, "D", Map.of("role", "PRACTITIONER"))));
        users.as(
                other,
                () -> map.updateNode(area, d.id(), new NodeChange(null, Map.of("description", "Runs the hub"), null)));
        Instant changed = history.since(area, 0).getLast().at();

        TestUsers.signIn(editor);
        ActivityView activity = navigate("areas/" + area + "/activity", ActivityView.class);
        test(activity.undo).click();

        assertThat(test($(Notification.class).last()).getText())
                .isEqualTo("Not undone: " + other + " changed 'D' (description) " + TestTimes.at(changed));
        assertThat(map.node(area, d.id())).isPresent();
    }

    @Test
    void theActivityPageListsChangesAndCommentsNewestFirstAndFilters() {
        users.as(
                editor,
                () -> map.updateNode(area, intervention.id(), new NodeChange("EPEC parenting groups", Map.of(), null)));
        users.as(viewer, () -> comments.post(area, intervention.id(), "EPEC parenting groups", "Looks right"));
        TestUsers.signIn(viewer);
        ActivityView activity = navigate("areas/" + area + "/activity", ActivityView.class);
        assertThat(activity.grid
                        .getGenericDataView()
                        .getItems()
                        .map(c -> c.action())
                        .toList())
                .containsExactly(ChangeAction.COMMENT_ADDED, ChangeAction.NODE_UPDATED, ChangeAction.NODE_CREATED);
        assertThat(activity.undo.isVisible()).as("viewers have nothing to undo").isFalse();
        activity.person.setValue(editor);
        assertThat(activity.grid.getGenericDataView().getItems().count()).isEqualTo(2);
        activity.person.clear();
        activity.kinds.setValue(Set.of(ChangeAction.COMMENT_ADDED));
        assertThat(activity.grid.getGenericDataView().getItems())
                .singleElement()
                .satisfies(c -> assertThat(c.summary())
                        .isEqualTo("commented on 'EPEC parenting groups': \u201cLooks right\u201d"));
        activity.kinds.clear();
        users.as(editor, () -> map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of())));
        Eventually.inUi(() -> {
            assertThat(AreaFrames.live(activity).getText()).contains("added Need 'Early language'");
            assertThat(activity.grid.getGenericDataView().getItems().count()).isEqualTo(4);
        });
    }
}
