package uk.evidencemap.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.io.Serializable;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.collaboration.ui.EditingPresence;
import uk.evidencemap.map.MapHistoryService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodePlacesService;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * Building the map on the map page, for editors: the edit bar (a new node of a type, with undo
 * and redo beside it), the node editor in the details panel, connecting (in a dialog, or by
 * tapping the other end on the canvas), deleting, restoring a node someone deleted, keeping where
 * nodes were dragged to, and telling the others which node is being edited. Every change is one
 * call to a service.
 */
final class MapEditing implements NodeDetailsPanel.Actions, Serializable {

    /** Editors only: add a node of a type. */
    final Select<NodeType> addType = new Select<>();

    final Button add = new Button("Add");
    final HorizontalLayout editBar = new HorizontalLayout();
    /** Shown while connecting on the map: which node waits for its other end (role=status). */
    final Span connectNote = new Span();

    final HorizontalLayout connectBar = new HorizontalLayout();
    /** The editor open in the details panel, if any. */
    NodeEditor editor;
    /** The connect dialog last opened. */
    ConnectDialog connectDialog;

    private final MapService map;
    private final NodePlacesService places;
    private final MapHistoryService mapHistory;
    private final OpenMap openMap;
    private final MapPage page;
    private final NodeDetailsPanel details;
    private final UndoRedo undoRedo;
    /** The node waiting for the other end of a new relationship, tapped on the canvas; null for none. */
    private String connectFrom;

    private EditingPresence presence;

    MapEditing(
            MapService map,
            NodePlacesService places,
            MapHistoryService mapHistory,
            OpenMap openMap,
            MapPage page,
            NodeDetailsPanel details,
            UndoRedo undoRedo) {
        this.map = map;
        this.places = places;
        this.mapHistory = mapHistory;
        this.openMap = openMap;
        this.page = page;
        this.details = details;
        this.undoRedo = undoRedo;
        addType.setLabel("New node");
        addType.setItems(Arrays.stream(NodeType.values())
                .filter(t -> t != NodeType.PROGRAMME)
                .toList());
        addType.setItemLabelGenerator(NodeType::label);
        addType.setValue(NodeType.PERSON);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> startAdding(addType.getValue()));
        editBar.add(addType, add, undoRedo.undo, undoRedo.redo);
        editBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        editBar.setVisible(false);
        connectNote.getElement().setAttribute("role", "status");
        Button stopConnecting = new Button("Cancel connecting", e -> stopConnecting());
        stopConnecting.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        connectBar.add(connectNote, stopConnecting);
        connectBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        connectBar.addClassName("map-highlight");
        connectBar.setVisible(false);
    }

    /**
     * Tells the others of the area which node this person edits, and hears which nodes they edit
     * ({@code others}: node id to their names), while {@code owner} is attached.
     */
    void shareEditing(Component owner, SerializableConsumer<Map<String, String>> others) {
        presence = new EditingPresence(owner, openMap.me(), openMap.areaId(), others);
    }

    void startAdding(NodeType type) {
        stopConnecting();
        details.forgetPressed();
        editor = new NodeEditor(
                map,
                openMap.areaId(),
                type,
                null,
                openMap.me(),
                created -> {
                    page.reload();
                    page.redraw();
                    page.showDetails(created.id());
                    details.returnFocus();
                },
                () -> {
                    details.showPrompt();
                    add.focus();
                });
        details.showEditor(editor);
    }

    @Override
    public void startEditing(MapNode node) {
        stopConnecting();
        editor = new NodeEditor(
                map,
                openMap.areaId(),
                node.type(),
                node,
                openMap.me(),
                saved -> {
                    presence.editing(null);
                    page.reload();
                    page.redraw();
                    page.showDetails(saved.id());
                    details.returnFocus();
                    if (openMap.editable()) {
                        undoRedo.refresh();
                    }
                },
                () -> {
                    presence.editing(null);
                    page.showDetails(node.id());
                    details.returnFocus();
                });
        presence.editing(node.id());
        details.showEditor(editor);
    }

    /** Forgets the editor (its panel is being replaced), telling the others this person stopped editing. */
    void closeEditor() {
        if (editor != null && presence != null) {
            presence.editing(null);
        }
        editor = null;
    }

    /** Tells the open editor of a change by anyone; false when no editor is open. */
    boolean tellEditor(Change change) {
        if (editor != null && editor.isAttached()) {
            editor.changedElsewhere(change, change.user());
            return true;
        }
        return false;
    }

    @Override
    public void confirmDelete(MapNode node) {
        Confirmations.deleteNode(map, openMap.graph(), node, () -> {
            page.reload();
            page.redraw();
            page.clearSelection();
            details.showDeletedHere(node);
            details.returnFocus();
        });
    }

    @Override
    public void confirmDisconnect(MapRelationship relationship, String sentence) {
        Confirmations.removeRelationship(map, openMap.areaId(), relationship, sentence, () -> {
            page.reload();
            page.redraw();
            page.showDetails(openMap.selectedId());
            details.returnFocus();
        });
    }

    @Override
    public void openConnect(MapNode source, MapNode target, RelationshipType only) {
        stopConnecting();
        connectDialog =
                new ConnectDialog(map, openMap.areaId(), source, openMap.graph().nodes(), target, only, () -> {
                    page.reload();
                    page.redraw();
                    page.showDetails(source.id());
                    details.returnFocus();
                });
        connectDialog.open();
    }

    @Override
    public void startConnecting(MapNode source) {
        connectFrom = source.id();
        connectNote.setText("Connecting '" + source.name() + "': tap the node to connect it to.");
        connectBar.setVisible(true);
    }

    void stopConnecting() {
        connectFrom = null;
        connectBar.setVisible(false);
    }

    /**
     * A node tapped on the canvas: when it is the other end of a pending connection, the connect
     * dialog opens for the two and true is returned.
     */
    boolean connectTo(String nodeId) {
        if (connectFrom != null && openMap.has(connectFrom) && openMap.has(nodeId) && !connectFrom.equals(nodeId)) {
            openConnect(openMap.node(connectFrom), openMap.node(nodeId), null);
            return true;
        }
        return false;
    }

    @Override
    public void restore(Change deletion) {
        mapHistory.restore(openMap.areaId(), deletion.seq());
        page.reload();
        page.redraw();
        page.showDetails(deletion.subjectId());
    }

    /**
     * Keeps the places nodes were dragged to (canvas coordinates), editors only; true when they
     * were kept. Catalogue programmes are shared by every area and have no place of their own, so
     * where they were dragged is not kept (the canvas sends every node's place after a layout).
     */
    boolean keepPlaces(List<GraphCanvas.NodePlace> dragged) {
        if (!openMap.editable()) {
            return false;
        }
        Set<String> own = openMap.graph().nodes().stream()
                .filter(n -> n.type().areaScoped())
                .map(MapNode::id)
                .collect(Collectors.toSet());
        Map<String, NodePosition> kept = new HashMap<>();
        dragged.stream()
                .filter(p -> own.contains(p.id()))
                .forEach(p -> kept.put(p.id(), new NodePosition(p.x(), p.y())));
        places.savePositions(openMap.areaId(), kept);
        return true;
    }
}
