package uk.evidencemap.collaboration.ui;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.router.QueryParameters;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.collaboration.ChangeAction;
import uk.evidencemap.collaboration.CommentService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeChange;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.SystemUser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

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

    String area;
    String editor;
    String viewer;
    MapNode intervention;

    @BeforeEach
    void anAreaWithAnEditorAndAViewer() {
        area = testAreas.create();
        editor = users.member(area, AreaRole.EDITOR).username();
        viewer = users.member(area, AreaRole.VIEWER).username();
        intervention = as(editor, () -> map.createNode(area, new NodeDraft(NodeType.INTERVENTION, "EPEC groups",
                Map.of("stage", "FULL_IMPLEMENTATION"))));
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        users.deleteAll();
    }

    private <T> T as(String username, Supplier<T> work) {
        return system.as(UsernamePasswordAuthenticationToken.authenticated(username, null,
                List.of(new SimpleGrantedAuthority("ROLE_USER"))), work);
    }

    private void signIn(String username) {
        SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_USER"))));
    }

    private static void eventually(Runnable assertion) {
        await().pollInSameThread().atMost(Duration.ofSeconds(5)).untilAsserted(() -> {
            MockVaadin.runUIQueue();
            assertion.run();
        });
    }

    @Test
    void aViewerCommentsWithAMentionAndTheEditorSeesItUnread() {
        signIn(viewer);
        navigate("areas/" + area + "/activity", ActivityView.class);
        CommentsPanel panel = new CommentsPanel(comments, area, intervention.id(), intervention.name());
        UI.getCurrent().add(panel);
        test(panel.text).setValue("Who funds this after March? @" + editor + " do you know?");
        test(panel.post).click();
        assertThat(panel.list.getElement().getTextRecursively()).contains("Who funds this after March?");

        Map<String, CommentService.Unread> unread = as(editor, () -> comments.unread(area));
        assertThat(unread).containsEntry(intervention.id(), new CommentService.Unread(1, true));
        assertThat(as(viewer, () -> comments.unread(area))).as("one's own comment is not unread").isEmpty();
        as(editor, () -> {
            comments.markRead(area, intervention.id());
            return null;
        });
        assertThat(as(editor, () -> comments.unread(area))).isEmpty();
    }

    @Test
    void theActivityPageListsChangesAndCommentsNewestFirstAndFilters() {
        as(editor, () -> map.updateNode(area, intervention.id(), new NodeChange("EPEC parenting groups", Map.of(),
                null)));
        as(viewer, () -> comments.post(area, intervention.id(), "EPEC parenting groups", "Looks right"));
        signIn(viewer);
        ActivityView activity = navigate("areas/" + area + "/activity", ActivityView.class);
        assertThat(activity.grid.getGenericDataView().getItems().map(c -> c.action()).toList())
                .containsExactly(ChangeAction.COMMENT_ADDED, ChangeAction.NODE_UPDATED, ChangeAction.NODE_CREATED);
        assertThat(activity.undo.isVisible()).as("viewers have nothing to undo").isFalse();
        activity.person.setValue(editor);
        assertThat(activity.grid.getGenericDataView().getItems().count()).isEqualTo(2);
        activity.person.clear();
        activity.kinds.setValue(java.util.Set.of(ChangeAction.COMMENT_ADDED));
        assertThat(activity.grid.getGenericDataView().getItems()).singleElement()
                .satisfies(c -> assertThat(c.summary()).isEqualTo("commented on 'EPEC parenting groups': \u201cLooks right\u201d"));
        activity.kinds.clear();
        as(editor, () -> map.createNode(area, new NodeDraft(NodeType.NEED, "Early language", Map.of())));
        eventually(() -> {
            assertThat(activity.live.getText()).contains("added Need 'Early language'");
            assertThat(activity.grid.getGenericDataView().getItems().count()).isEqualTo(4);
        });
    }
}
