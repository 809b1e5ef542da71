package uk.evidencemap.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.EnumSet;
import java.util.List;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.area.ui.OpenArea;
import uk.evidencemap.base.VersionConflictException;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.ChangeSteps;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.security.AreaAccess;

/**
 * An area's activity: every change and comment, newest first, filtered by person, kind and
 * date; deleted nodes restored from here; the map opened as it was at any moment. It follows
 * new activity live.
 */
@Route(AreaNavigation.ACTIVITY)
@PermitAll
class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Change> grid = new Grid<>();
    final ComboBox<String> person = new ComboBox<>("Person");
    final MultiSelectComboBox<ChangeAction> kinds = new MultiSelectComboBox<>("What");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final DateTimePicker when = new DateTimePicker("See the map as it was at");
    final Button undo = new Button("Undo my last change");
    final Button redo = new Button("Redo");
    private final AreaAccess access;
    private final HistoryService history;
    private final ChangeSteps steps;
    private Area area;
    private boolean editable;

    ActivityView(AreaAccess access, HistoryService history, ChangeSteps steps) {
        this.access = access;
        this.history = history;
        this.steps = steps;
        setSizeFull();
        person.setClearButtonVisible(true);
        kinds.setItems(ChangeAction.values());
        kinds.setItemLabelGenerator(a -> switch (a) {
            case NODE_CREATED -> "Nodes added";
            case NODE_UPDATED -> "Nodes changed";
            case NODE_DELETED -> "Nodes deleted";
            case RELATIONSHIP_CREATED -> "Connections made";
            case RELATIONSHIP_DELETED -> "Connections removed";
            case MAP_IMPORTED -> "Imports";
            case COMMENT_ADDED -> "Comments";
        });
        kinds.setClearButtonVisible(true);
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        person.addValueChangeListener(e -> refresh());
        kinds.addValueChangeListener(e -> refresh());
        from.addValueChangeListener(e -> refresh());
        to.addValueChangeListener(e -> refresh());
        grid.setAriaLabel("Activity");
        grid.addColumn(c -> Live.DATE_TIME.format(c.at())).setHeader("When").setAutoWidth(true);
        grid.addColumn(Change::user).setHeader("Who").setAutoWidth(true);
        // what happened, with what changed in a node's fields after it, wrapped rather than cut: the answer column
        grid.addColumn(ActivityView::what).setHeader("What").setWidth("20rem").setFlexGrow(1);
        grid.addComponentColumn(this::actions)
                .setHeader("Actions")
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        Button open = new Button("Open", e -> {
            if (when.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(AreaNavigation.mapAt(
                        area.id(), when.getValue().atZone(Live.ZONE).toInstant())));
            }
        });
        undo.addClickListener(e -> step(true));
        redo.addClickListener(e -> step(false));
        HorizontalLayout filters = new HorizontalLayout(person, kinds, from, to);
        filters.setWrap(true);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        HorizontalLayout past = new HorizontalLayout(when, open, undo, redo);
        past.setAlignItems(FlexComponent.Alignment.BASELINE);
        past.setWrap(true);
        add(filters, past);
        addAndExpand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = OpenArea.of(event);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        editable = access.canEdit(area.id());
        undo.setVisible(editable);
        redo.setVisible(editable);
        person.setItems(history.people(area.id()));
        refresh();
        Live.follow(this, history, area.id(), change -> refresh());
    }

    /** The change as it reads ("changed Barrier 'Funding gap'"), then the fields it changed, if any. */
    static String what(Change change) {
        List<String> differences = NodeHistory.differences(change);
        return differences.isEmpty() ? change.summary() : change.summary() + ": " + String.join("; ", differences);
    }

    void refresh() {
        if (area == null) {
            return;
        }
        List<ChangeAction> chosen = kinds.getValue().isEmpty() ? null : List.copyOf(EnumSet.copyOf(kinds.getValue()));
        grid.setItems(history.feed(
                area.id(),
                new HistoryService.FeedFilter(
                        person.getValue(),
                        chosen,
                        null,
                        from.getValue() == null
                                ? null
                                : from.getValue().atStartOfDay(Live.ZONE).toInstant(),
                        to.getValue() == null
                                ? null
                                : to.getValue()
                                        .plusDays(1)
                                        .atStartOfDay(Live.ZONE)
                                        .toInstant(),
                        HistoryService.PAGE)));
    }

    private HorizontalLayout actions(Change change) {
        HorizontalLayout actions = new HorizontalLayout();
        actions.add(new Anchor(AreaNavigation.mapAt(area.id(), change.at()), "Map then"));
        if (editable && change.action() == ChangeAction.NODE_DELETED && change.restores() == null) {
            Button restore = new Button("Restore", e -> {
                try {
                    steps.restoreDeleted(area.id(), change.seq());
                    Notification.show(
                            "'" + change.subjectName() + "' is back on the map",
                            4000,
                            Notification.Position.BOTTOM_START);
                    refresh();
                } catch (RuntimeException problem) {
                    // a conflict with someone else's later work says so itself: "Not restored: ana brought ..."
                    String message = problem instanceof VersionConflictException
                            ? problem.getMessage()
                            : "Not restored: " + problem.getMessage();
                    Notification.show(message, 6000, Notification.Position.MIDDLE);
                }
            });
            restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
            restore.getElement().setAttribute("aria-label", "Restore " + change.subjectName());
            actions.add(restore);
        }
        return actions;
    }

    private void step(boolean back) {
        try {
            Change done = back ? steps.undo(area.id()) : steps.redo(area.id());
            Notification.show("Done: " + done.summary(), 4000, Notification.Position.BOTTOM_START);
        } catch (RuntimeException e) {
            Notification.show(e.getMessage(), 6000, Notification.Position.MIDDLE);
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return (area == null ? "Area" : area.name()) + ": activity | Evidence Map";
    }
}
