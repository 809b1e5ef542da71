package uk.evidencemap.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import java.io.Serializable;
import java.util.function.Supplier;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.map.MapHistoryService;

/**
 * Undo and redo of this person's own changes to the area (editors only): buttons labelled with
 * what they would do, and a line saying what a step did.
 */
final class UndoRedo implements Serializable {

    final Button undo = new Button("Undo");
    final Button redo = new Button("Redo");
    /** Says what the user's own undo or redo did (role=status); others' changes are told by the area frame. */
    final Span note = new Span();

    private final MapHistoryService mapHistory;
    private final OpenMap openMap;
    private final MapPage page;

    UndoRedo(MapHistoryService mapHistory, OpenMap openMap, MapPage page) {
        this.mapHistory = mapHistory;
        this.openMap = openMap;
        this.page = page;
        undo.addClickListener(e -> undo());
        redo.addClickListener(e -> redo());
        note.getElement().setAttribute("role", "status");
    }

    void undo() {
        step(() -> mapHistory.undo(openMap.areaId()));
    }

    void redo() {
        step(() -> mapHistory.redo(openMap.areaId()));
    }

    private void step(Supplier<Change> action) {
        try {
            Change done = action.get();
            page.reload();
            page.redraw();
            note.setText("Done: " + done.summary() + ".");
            if (openMap.has(done.subjectId())) {
                page.showDetails(done.subjectId());
            }
        } catch (RuntimeException e) {
            Notification warning = Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
            warning.addThemeVariants(NotificationVariant.LUMO_WARNING);
        }
        refresh();
    }

    /** Labels the undo and redo buttons with what they would do, and turns them off when there is nothing. */
    void refresh() {
        var nextUndo = mapHistory.nextUndo(openMap.areaId());
        var nextRedo = mapHistory.nextRedo(openMap.areaId());
        undo.setEnabled(nextUndo.isPresent());
        redo.setEnabled(nextRedo.isPresent());
        undo.setTooltipText(nextUndo.map(s -> "Undo: " + s.summary()).orElse("Nothing of yours to undo"));
        redo.setTooltipText(nextRedo.map(s -> "Redo: " + s.summary()).orElse("Nothing to redo"));
        undo.getElement().setAttribute("aria-label", undo.getTooltip().getText());
        redo.getElement().setAttribute("aria-label", redo.getTooltip().getText());
    }
}
