package uk.evidencemap.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.List;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.collaboration.Comment;
import uk.evidencemap.collaboration.CommentService;

/**
 * The discussion of one node or relationship: the comments (text shown as text, never as HTML),
 * how many are new since the person last looked, and a box to post one, with @mentions of the
 * area's people. Opening the panel marks the thread read.
 */
public class CommentsPanel extends VerticalLayout {

    final UnorderedList list = new UnorderedList();
    final TextArea text = new TextArea("Add a comment");
    final Button post = new Button("Post comment");
    final Span unread = new Span();
    final Div problem = new Div();
    private final CommentService comments;
    private final String areaId;
    private final String subjectId;
    private final String subjectName;
    private final H3 title = new H3();

    public CommentsPanel(CommentService comments, String areaId, String subjectId, String subjectName) {
        this.comments = comments;
        this.areaId = areaId;
        this.subjectId = subjectId;
        this.subjectName = subjectName;
        setPadding(false);
        setSpacing(false);
        list.addClassName("comments");
        list.getElement().setAttribute("aria-label", "Comments on " + subjectName);
        text.setWidthFull();
        text.setHelperText("Name someone with @ and their username to mention them: "
                + String.join(
                        ", ",
                        comments.people(areaId).keySet().stream()
                                .limit(8)
                                .map(u -> "@" + u)
                                .toList()));
        problem.getElement().setAttribute("role", "alert");
        problem.addClassName("form-problems");
        problem.setVisible(false);
        post.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        post.addClickListener(e -> post());
        unread.addClassName("badge");
        add(title, unread, list, problem, text, post);
        int fresh = comments.unread(areaId)
                .getOrDefault(subjectId, new CommentService.Unread(0, false))
                .count();
        show(comments.comments(areaId, subjectId), fresh);
        comments.markRead(areaId, subjectId);
    }

    void post() {
        try {
            comments.post(areaId, subjectId, subjectName, text.getValue());
            text.clear();
            problem.setVisible(false);
            show(comments.comments(areaId, subjectId), 0);
        } catch (ValidationException e) {
            problem.setText(
                    "Not posted: the comment " + e.violations().getFirst().message() + ".");
            problem.setVisible(true);
        }
    }

    private void show(List<Comment> all, int fresh) {
        title.setText("Comments (" + all.size() + ")");
        unread.setText(fresh == 0 ? "" : fresh + " new since you last looked");
        unread.setVisible(fresh > 0);
        list.removeAll();
        for (int i = 0; i < all.size(); i++) {
            Comment c = all.get(i);
            ListItem item = new ListItem();
            Span who = new Span(
                    c.author() + ", " + Live.DATE_TIME.format(c.at()) + (i >= all.size() - fresh ? " (new)" : ""));
            who.addClassName("comment-meta");
            item.add(who, new Paragraph(c.text()));
            list.add(item);
        }
        if (all.isEmpty()) {
            list.add(new ListItem("No comments yet."));
        }
    }
}
