package uk.evidencemap.map.ui;

import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.notification.Notification;
import java.util.Locale;
import uk.evidencemap.base.NotFoundException;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.MapService;

/** The questions asked before something is deleted from a map, shared by the map and the table view. */
final class Confirmations {

    private Confirmations() {}

    /** Asks before deleting a node (saying how many relationships go with it); then deletes and runs {@code after}. */
    static ConfirmDialog deleteNode(MapService map, AreaGraph graph, MapNode node, Runnable after) {
        long links = graph.relationships().stream()
                .filter(r -> r.from().equals(node.id()) || r.to().equals(node.id()))
                .count();
        ConfirmDialog confirm = new ConfirmDialog(
                "Delete " + node.name() + "?",
                "This deletes the " + node.type().label().toLowerCase(Locale.ROOT) + " '" + node.name() + "' and its "
                        + links + (links == 1 ? " relationship." : " relationships."),
                "Delete",
                e -> {
                    try {
                        map.deleteNode(graph.areaId(), node.id(), node.version());
                    } catch (VersionConflictException | NotFoundException gone) {
                        Notification.show(
                                "Not deleted: '" + node.name() + "' was changed or deleted by someone else meanwhile.");
                    }
                    after.run();
                },
                "Cancel",
                e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
        return confirm;
    }

    /** Asks before removing a relationship, written as a sentence; then removes it and runs {@code after}. */
    static ConfirmDialog removeRelationship(
            MapService map, String areaId, MapRelationship relationship, String sentence, Runnable after) {
        ConfirmDialog confirm = new ConfirmDialog(
                "Remove this relationship?",
                sentence,
                "Remove",
                e -> {
                    try {
                        map.deleteRelationship(areaId, relationship.id());
                    } catch (NotFoundException gone) {
                        Notification.show("It was already removed.");
                    }
                    after.run();
                },
                "Cancel",
                e -> {});
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
        return confirm;
    }
}
