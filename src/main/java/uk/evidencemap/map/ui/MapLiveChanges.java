package uk.evidencemap.map.ui;

import java.io.Serializable;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.map.MapReplay;

/**
 * Brings the open map up to date with a change made by anyone (this person included, in another
 * tab or through the API): the map held is changed without reading it all again where the change
 * says enough, the canvas redrawn keeping everyone's places, the selected node's panel or the open
 * editor told (above all when the node was deleted), and undo and redo relabelled.
 */
final class MapLiveChanges implements Serializable {

    private final OpenMap openMap;
    private final MapPage page;
    private final NodeDetailsPanel details;
    private final MapEditing editing;
    private final UndoRedo undoRedo;

    MapLiveChanges(OpenMap openMap, MapPage page, NodeDetailsPanel details, MapEditing editing, UndoRedo undoRedo) {
        this.openMap = openMap;
        this.page = page;
        this.details = details;
        this.editing = editing;
        this.undoRedo = undoRedo;
    }

    /** Applies one change of the area, as the change log hands it to the page. */
    void changed(Change change) {
        if (openMap.isPast() || openMap.area() == null) {
            return;
        }
        if (change.action().changesMap()) {
            MapReplay replay = MapReplay.of(openMap.graph());
            if (change.action() != ChangeAction.MAP_IMPORTED && replay.apply(change)) {
                page.hold(replay.graph());
            } else {
                page.reload();
            }
            page.redrawLive();
        }
        if (change.action() == ChangeAction.COMMENT_ADDED) {
            page.refreshUnread();
        }
        if (!editing.tellEditor(change)) {
            tellDetails(change);
        }
        if (openMap.editable() && change.user().equals(openMap.me().getId())) {
            // only one's own changes (here, in another tab, through the API) alter what undo and redo would do
            undoRedo.refresh();
        }
    }

    /** The selected node's panel: the node was deleted, or it or one of its relationships changed. */
    private void tellDetails(Change change) {
        String selected = openMap.selectedId();
        if (selected == null) {
            return;
        }
        if (change.subjectId().equals(selected) && change.action() == ChangeAction.NODE_DELETED) {
            details.showDeleted(change, editing);
            page.clearSelection();
        } else if (change.subjectId().equals(selected) || touches(change, selected)) {
            page.showDetails(selected);
        }
    }

    /** Whether a change of a relationship, or a node made with relationships, touches the node (one of their ends). */
    private static boolean touches(Change change, String nodeId) {
        var state = change.after() != null ? change.after() : change.before();
        return state != null && (nodeId.equals(state.get("from")) || nodeId.equals(state.get("to")))
                || MapReplay.relationshipsMadeWith(change).stream()
                        .anyMatch(r -> nodeId.equals(r.from()) || nodeId.equals(r.to()));
    }
}
