package uk.evidencemap.collaboration.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
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
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.ui.AreaPages;
import uk.evidencemap.collaboration.Change;
import uk.evidencemap.collaboration.ChangeAction;
import uk.evidencemap.collaboration.HistoryService;
import uk.evidencemap.map.MapHistoryService;
import uk.evidencemap.security.AccountService;
import uk.evidencemap.security.AreaAccess;

/**
 * An area's activity: every change and comment, newest first, filtered by person, kind and
 * date; deleted nodes restored from here; the map opened as it was at any moment. It follows
 * new activity live.
 */
@Route("areas/:areaId/activity")
@PermitAll
public class ActivityView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    final Grid<Change> grid = new Grid<>();
    final ComboBox<String> person = new ComboBox<>("Person");
    final MultiSelectComboBox<ChangeAction> kinds = new MultiSelectComboBox<>("What");
    final DatePicker from = new DatePicker("From");
    final DatePicker to = new DatePicker("To");
    final DateTimePicker when = new DateTimePicker("See the map as it was at");
    final Span live = Live.statusLine();
    final Button undo = new Button("Undo my last change");
    final Button redo = new Button("Redo");
    private final H2 heading = new H2();
    private final HorizontalLayout header = new HorizontalLayout();
    private final AreaService areas;
    private final AreaAccess access;
    private final HistoryService history;
    private final MapHistoryService mapHistory;
    private final AccountService account;
    private Area area;
    private boolean editable;

    public ActivityView(
            AreaService areas,
            AreaAccess access,
            HistoryService history,
            MapHistoryService mapHistory,
            AccountService account) {
        this.areas = areas;
        this.access = access;
        this.history = history;
        this.mapHistory = mapHistory;
        this.account = account;
        setSizeFull();
        person.setClearButtonVisible(true);
        kinds.setItems(ChangeAction.values());
        kinds.setItemLabelGenerator(a -> switch (a) {
            case NODE_CREATED -> "Nodes added";
            case NODE_UPDATED -> "Nodes changed";
            case NODE_DELETED -> "Nodes deleted";
            case RELATIONSHIP_CREATED -> "Connections made";
            case RELATIONSHIP_DELETED -> "Connections removed";
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
        grid.addColumn(Change::summary).setHeader("What").setFlexGrow(3);
        grid.addColumn(c -> String.join("; ", NodeHistory.differences(c)))
                .setHeader("Details")
                .setFlexGrow(2);
        grid.addComponentColumn(this::actions).setHeader("Actions").setAutoWidth(true);
        Button open = new Button("Open", e -> {
            if (when.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate(
                        "areas/" + area.id() + "/map",
                        com.vaadin.flow.router.QueryParameters.of(
                                "at",
                                when.getValue().atZone(Live.ZONE).toInstant().toString())));
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
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        add(header, filters, past, live);
        addAndExpand(grid);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = AreaPages.enter(event, access, areas);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        editable = access.canEdit(area.id());
        undo.setVisible(editable);
        redo.setVisible(editable);
        heading.setText(area.name() + ": activity");
        header.removeAll();
        header.add(heading, Presence.inArea(account.whoAmI(), area.id()));
        person.setItems(history.people(area.id()));
        refresh();
        Live.follow(this, history, area.id(), change -> {
            Live.announce(live, change, Live.updated(change));
            refresh();
        });
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
        actions.add(new Anchor("areas/" + area.id() + "/map?at=" + change.at().toString(), "Map then"));
        if (editable && change.action() == ChangeAction.NODE_DELETED && change.restores() == null) {
            Button restore = new Button("Restore", e -> {
                try {
                    mapHistory.restore(area.id(), change.seq());
                    Notification.show(
                            "'" + change.subjectName() + "' is back on the map",
                            4000,
                            Notification.Position.BOTTOM_START);
                    refresh();
                } catch (RuntimeException problem) {
                    Notification.show("Not restored: " + problem.getMessage(), 6000, Notification.Position.MIDDLE);
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
            Change done = back ? mapHistory.undo(area.id()) : mapHistory.redo(area.id());
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
