package uk.evidencemap.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.Optional;
import java.util.stream.Stream;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.collaboration.CommentService;
import uk.evidencemap.collaboration.ui.CommentsPanel;
import uk.evidencemap.collaboration.ui.NodeHistory;
import uk.evidencemap.map.BarrierHelpLines;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertyDisplay;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.map.StepConflictException;

/**
 * The panel beside the map: the selected node's details (its properties, its connections with
 * their comments, the editing actions for editors, its history and its comments), or the node
 * editor while one is open, or what became of a node that is gone.
 */
final class NodeDetailsPanel extends VerticalLayout {

    /** What the panel's editing buttons do (for editors only; see {@link MapEditing}). */
    interface Actions {

        void startEditing(MapNode node);

        /** Opens the connect dialog; {@code target} and {@code only} (the one type offered) may be null. */
        void openConnect(MapNode source, MapNode target, RelationshipType only);

        /** The next node tapped on the canvas becomes the other end of a relationship from {@code source}. */
        void startConnecting(MapNode source);

        void confirmDelete(MapNode node);

        void confirmDisconnect(MapRelationship relationship, String sentence);

        /** Brings back a node someone deleted; throws when it cannot. */
        void restore(Change deletion);
    }

    private final OpenMap openMap;
    /**
     * The name (aria-label, else text) of the button last pressed in the panel, so that the focus can
     * go back to its like when a change rebuilds the panel; null for none.
     */
    private String lastPressed;
    /** Where the focus goes after a rebuild when no such button is there: the node's name, or the message shown. */
    private Component focusHome;

    private final HistoryService history;
    private final CommentService comments;
    private final BarrierHelpLines barrierHelp;
    private final SerializableRunnable commentsRead;

    /**
     * @param barrierHelp  what helped with barriers like a selected barrier (from the analyses)
     * @param commentsRead called when a relationship's comments were open and have been closed
     */
    NodeDetailsPanel(
            OpenMap openMap,
            HistoryService history,
            CommentService comments,
            BarrierHelpLines barrierHelp,
            SerializableRunnable commentsRead) {
        this.openMap = openMap;
        this.history = history;
        this.comments = comments;
        this.barrierHelp = barrierHelp;
        this.commentsRead = commentsRead;
        setWidth("22rem");
        getElement().setAttribute("aria-live", "polite");
        getStyle().set("overflow", "auto");
        FocusKeeper.keepFocusIn(this);
        showPrompt();
    }

    /** Says what the panel is for: nothing is selected. */
    void showPrompt() {
        removeAll();
        add(focusHome(new Paragraph("Select a node on the map to see its details and connections.")));
    }

    /**
     * Gives the keyboard focus back after a change made from the panel (a dialog closed, the editor
     * saved or cancelled) rebuilt it: to the button like the one that was pressed (the same action on
     * the same node), else to the node's name or the message the panel now shows. Without it the
     * focus falls to the page's start, the pressed button being gone.
     */
    void returnFocus() {
        Optional<Button> same = lastPressed == null
                ? Optional.empty()
                : buttons(this).filter(b -> lastPressed.equals(name(b))).findFirst();
        if (same.isPresent()) {
            same.get().focus();
        } else if (focusHome != null) {
            // focusable by script only while it has the focus, so that a click on it does not take it
            focusHome
                    .getElement()
                    .executeJs("this.setAttribute('tabindex', '-1');"
                            + " this.addEventListener('blur', () => this.removeAttribute('tabindex'), {once: true});"
                            + " this.focus();");
        }
    }

    /** Forgets the button last pressed: the focus goes to the node's name after the next rebuild. */
    void forgetPressed() {
        lastPressed = null;
    }

    /** Remembers this button when it is pressed, for {@link #returnFocus()}. */
    private Button remembered(Button button) {
        button.addClickListener(e -> lastPressed = name(button));
        return button;
    }

    private static String name(Button button) {
        String label = button.getElement().getAttribute("aria-label");
        return label != null ? label : button.getText();
    }

    private static Stream<Button> buttons(Component root) {
        return root.getChildren().flatMap(c -> c instanceof Button b ? Stream.of(b) : buttons(c));
    }

    /** Marks a heading or message as the place the focus returns to when no like button is there. */
    private <T extends Component> T focusHome(T component) {
        focusHome = component;
        return component;
    }

    /** Shows an editor (adding or changing a node) in place of the details. */
    void showEditor(Component editor) {
        removeAll();
        add(editor);
    }

    /** Says that the node selected is not on the map (any more). */
    void showGone() {
        removeAll();
        add(focusHome(new Paragraph("That node is no longer on the map.")));
    }

    /** Says that this person deleted {@code node}. */
    void showDeletedHere(MapNode node) {
        removeAll();
        add(focusHome(new Paragraph("'" + node.name() + "' was deleted.")));
    }

    /** The selected node was deleted by someone: says who and when, and offers editors to bring it back. */
    void showDeleted(Change change, Actions actions) {
        removeAll();
        Paragraph gone = new Paragraph("'" + change.subjectName() + "' was deleted by " + change.user() + " at "
                + Live.TIME.format(change.at()) + ".");
        gone.getElement().setAttribute("role", "alert");
        add(gone);
        if (openMap.editable()) {
            add(new Button("Restore it", e -> {
                try {
                    actions.restore(change);
                } catch (RuntimeException problem) {
                    add(new Paragraph(
                            problem instanceof StepConflictException
                                    ? problem.getMessage()
                                    : "Not restored: " + problem.getMessage()));
                }
            }));
        }
    }

    /** Shows a node of the map held: what it is, what it is connected to, its history and comments. */
    void show(MapNode node, Actions actions) {
        removeAll();
        helpHeading = null;
        Anchor inTable =
                new Anchor(AreaNavigation.nodesSelecting(openMap.areaId(), node.id()), "Open in the table view");
        add(focusHome(new H3(node.name())), new Paragraph(node.type().label()), inTable);
        UnorderedList properties = new UnorderedList();
        PropertyDisplay.shown(node).forEach(spec -> {
            String value = PropertyDisplay.value(node, spec);
            if (!value.isEmpty()) {
                properties.add(new ListItem(spec.label() + ": " + value));
            }
        });
        UnorderedList connections = new UnorderedList();
        openMap.graph().relationships().forEach(r -> {
            ListItem item = connection(node.id(), r, actions);
            if (item != null) {
                connections.add(item);
            }
        });
        if (openMap.editable() && node.areaId() != null) {
            addEditingActions(node, actions);
        }
        add(properties, new H3("Connections (" + connections.getChildren().count() + ")"), connections);
        if (node.type() == NodeType.BARRIER && !openMap.isPast()) {
            barrierHelp.forBarrier(openMap.areaId(), node.id()).ifPresent(this::addBarrierHelp);
        }
        String editors = openMap.beingEdited().get(node.id());
        if (editors != null) {
            addComponentAtIndex(1, new Paragraph("Being edited now by " + editors + "."));
        }
        if (!openMap.isPast()) {
            add(new NodeHistory(history, openMap.areaId(), node.id()));
            add(new CommentsPanel(comments, openMap.areaId(), node.id(), node.name()));
        }
    }

    /**
     * What helped with barriers of the same category or CFIR construct, here and in other areas (named
     * only where this person may read them), and the ERIC strategies used against them.
     */
    private void addBarrierHelp(BarrierHelpLines.Lines lines) {
        helpHeading = new H3("What helped with barriers like this");
        add(helpHeading);
        if (lines.suggestions().isEmpty()) {
            add(new Paragraph("No suggestion yet."));
        } else {
            UnorderedList suggestions = new UnorderedList();
            lines.suggestions().forEach(t -> suggestions.add(new ListItem(t)));
            add(suggestions);
        }
        if (!lines.strategies().isEmpty()) {
            add(new Paragraph("Implementation strategies (ERIC) used against barriers like this:"));
            UnorderedList strategies = new UnorderedList();
            lines.strategies().forEach(t -> strategies.add(new ListItem(t)));
            add(strategies);
        }
    }

    /** The heading of the selected barrier's help, or null: for the tests. */
    H3 helpHeading;

    /** A relationship of the node as a line of the connections list; null when it is not the node's. */
    private ListItem connection(String nodeId, MapRelationship r, Actions actions) {
        MapNode from = openMap.node(r.from());
        MapNode to = openMap.node(r.to());
        String text;
        if (r.from().equals(nodeId) && to != null) {
            text = r.type().verb() + " " + to.name() + PropertyDisplay.qualifier(r);
        } else if (r.to().equals(nodeId) && from != null) {
            text = from.name() + " " + r.type().verb() + " this" + PropertyDisplay.qualifier(r);
        } else {
            return null;
        }
        ListItem item = new ListItem(text);
        String sentence = from.name() + " " + r.type().verb() + " " + to.name();
        if (!openMap.isPast()) {
            CommentService.Unread fresh = openMap.unread(r.id());
            Button talk = new Button(
                    fresh == null ? "Comments" : "Comments (" + fresh.count() + " new)",
                    e -> openRelationshipComments(r.id(), sentence));
            talk.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            talk.getElement().setAttribute("aria-label", "Comments on: " + sentence);
            item.add(new Span(" "), talk);
        }
        if (openMap.editable()) {
            Button remove = new Button("Remove", e -> actions.confirmDisconnect(r, sentence));
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
            remove.getElement().setAttribute("aria-label", "Remove: " + sentence);
            item.add(new Span(" "), remembered(remove));
        }
        return item;
    }

    private void addEditingActions(MapNode node, Actions actions) {
        Button edit = remembered(new Button("Edit", e -> actions.startEditing(node)));
        Button connect = remembered(new Button("Connect…", e -> actions.openConnect(node, null, null)));
        Button onMap = remembered(new Button("Connect to a node on the map", e -> actions.startConnecting(node)));
        Button delete = remembered(new Button("Delete", e -> actions.confirmDelete(node)));
        edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        HorizontalLayout buttons = new HorizontalLayout(edit, connect, onMap, delete);
        buttons.setWrap(true);
        add(buttons);
        if (node.type() == NodeType.BARRIER) {
            add(remembered(new Button(
                    "Link to what it blocks…", e -> actions.openConnect(node, null, RelationshipType.BLOCKS))));
        } else if (node.type() == NodeType.ENABLER) {
            add(remembered(new Button(
                    "Link to a barrier it mitigates…",
                    e -> actions.openConnect(node, null, RelationshipType.MITIGATES))));
        }
    }

    /** The discussion of a relationship, in a dialog. */
    void openRelationshipComments(String relationshipId, String sentence) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(sentence);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new CommentsPanel(comments, openMap.areaId(), relationshipId, sentence));
        dialog.getFooter().add(new Button("Close", e -> {
            dialog.close();
            commentsRead.run();
        }));
        DialogFocus.onFirstField(dialog).open();
    }
}
