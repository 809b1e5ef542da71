package uk.evidencemap.map.ui;

import com.vaadin.collaborationengine.UserInfo;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.area.ui.OpenArea;
import uk.evidencemap.changelog.Change;
import uk.evidencemap.changelog.ChangeAction;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.collaboration.CommentService;
import uk.evidencemap.collaboration.ui.CommentsPanel;
import uk.evidencemap.collaboration.ui.EditingPresence;
import uk.evidencemap.collaboration.ui.NodeHistory;
import uk.evidencemap.collaboration.ui.Presence;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapHistoryService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapReplay;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertyDisplay;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.AccountService;
import uk.evidencemap.security.AreaAccess;
import uk.evidencemap.taxonomy.BarrierCategory;
import uk.evidencemap.taxonomy.BarrierStatus;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EnablerCategory;
import uk.evidencemap.taxonomy.EvidenceRating;
import uk.evidencemap.taxonomy.ImplementationStage;

/**
 * An area's map on the graph canvas: layouts (and positions people dragged nodes to), fit, a
 * legend, find, filters and focus, the selected node's details and connections beside it, and
 * for editors adding, editing, connecting and deleting. The table view is the accessible route
 * to the same map.
 */
@Route(AreaNavigation.MAP)
@PermitAll
public class MapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Legend colours: the same as the TYPES of frontend/components/evidence-graph.ts. */
    static final Map<NodeType, String> COLOURS = Map.of(
            NodeType.PERSON,
            "#1f6fb2",
            NodeType.ORGANISATION,
            "#5b4a9e",
            NodeType.INTERVENTION,
            "#1d7d4f",
            NodeType.PROGRAMME,
            "#0b5e5e",
            NodeType.NEED,
            "#8a5a00",
            NodeType.BARRIER,
            "#b3261e",
            NodeType.ENABLER,
            "#2e7d32",
            NodeType.EVIDENCE,
            "#555555");

    private final MapService map;
    private final AreaService areas;
    private final AreaAccess access;
    final GraphCanvas canvas = new GraphCanvas();
    final Select<GraphCanvas.Layout> layout = new Select<>();
    final VerticalLayout details = new VerticalLayout();
    final com.vaadin.flow.component.combobox.ComboBox<MapNode> find =
            new com.vaadin.flow.component.combobox.ComboBox<>("Find");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<NodeType> types =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Show types");
    final Select<Integer> focus = new Select<>();
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<RelationshipType> relationshipTypes =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Show relationships");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<Coded> stages =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Intervention stage");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<Coded> statuses =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Barrier status");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<Coded> ratings =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Programme evidence rating");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<Coded> categories =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Barrier or enabler category");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<String> tags =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Tag");
    final Span filterNote = new Span();
    /** Beyond this many nodes the map opens with fewer node types drawn, and says so. */
    int maxDrawn;

    private String selectedId;
    private final Anchor tableLink = new Anchor("", "Open the table view");
    private Area area;
    private AreaGraph graph;
    private Map<String, MapNode> byId = new HashMap<>();
    final Span highlightNote = new Span();
    final HorizontalLayout highlightBar = new HorizontalLayout();
    private List<String> highlighted = List.of();
    /** Editors only: add a node of a type, and the pending "connect to a node on the map" source. */
    final Select<NodeType> addType = new Select<>();

    final Button add = new Button("Add");
    final HorizontalLayout editBar = new HorizontalLayout();
    final Span connectNote = new Span();
    final HorizontalLayout connectBar = new HorizontalLayout();
    private String connectFrom;
    private boolean editable;
    NodeEditor editor;
    ConnectDialog connectDialog;
    /** The nodes on the canvas as a list: selecting a row selects the node on the canvas, and the reverse. */
    final com.vaadin.flow.component.grid.Grid<MapNode> list = new com.vaadin.flow.component.grid.Grid<>();

    private final NodeRows listRows = new NodeRows();

    private final MapHistoryService mapHistory;
    private final HistoryService history;
    private final AccountService account;
    private final CommentService comments;
    UserInfo me;
    /** Others editing nodes now: node id to their names (from Collaboration Kit). */
    Map<String, String> beingEdited = Map.of();

    private EditingPresence editingPresence;
    /** The latest change that arrived while the page was open (role=status, with its number in data-seq). */
    /** Says what the user's own undo or redo did (role=status); others' changes are told by the area frame. */
    final Span stepNote = new Span();

    final Button undo = new Button("Undo");
    final Button redo = new Button("Redo");
    /** True while a change someone made is being drawn: the canvas keeps everyone's places. */
    private boolean drawingLiveChange;
    /** Set when the page shows the map as it was at a past moment ({@code ?at=}): read-only. */
    java.time.Instant pastAt;

    final HorizontalLayout pastBar = new HorizontalLayout();
    final Span pastNote = new Span();

    public MapView(
            MapService map,
            AreaService areas,
            AreaAccess access,
            MapHistoryService mapHistory,
            HistoryService history,
            AccountService account,
            CommentService comments,
            @org.springframework.beans.factory.annotation.Value("${evidencemap.map.max-drawn-nodes:2500}")
                    int maxDrawn) {
        this.maxDrawn = maxDrawn;
        this.map = map;
        this.areas = areas;
        this.access = access;
        this.mapHistory = mapHistory;
        this.history = history;
        this.account = account;
        this.comments = comments;
        setSizeFull();
        layout.setLabel("Layout");
        layout.setItems(GraphCanvas.Layout.values());
        layout.setItemLabelGenerator(GraphCanvas.Layout::label);
        layout.setValue(GraphCanvas.Layout.FORCE);
        layout.addValueChangeListener(e -> canvas.setLayout(e.getValue()));
        Button fit = new Button("Fit to screen", e -> canvas.fit());
        fit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout legend = new HorizontalLayout();
        legend.setSpacing(false);
        legend.addClassName("map-legend");
        legend.getElement().setAttribute("aria-label", "Legend");
        for (NodeType type : NodeType.values()) {
            Span swatch = new Span();
            swatch.addClassName("map-legend-swatch");
            swatch.getStyle().set("background-color", COLOURS.get(type));
            Span item = new Span(swatch, new Span(type.label()));
            item.addClassName("map-legend-item");
            legend.add(item);
        }
        find.setItems(findRows.data());
        find.setItemLabelGenerator(n -> n.name() + " (" + n.type().label() + ")");
        find.setPlaceholder("A node's name");
        find.setClearButtonVisible(true);
        find.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showDetails(e.getValue().id());
            }
        });
        types.setItems(NodeType.values());
        types.setItemLabelGenerator(NodeType::plural);
        types.setValue(java.util.EnumSet.allOf(NodeType.class));
        types.addValueChangeListener(e -> redraw());
        focus.setLabel("Focus on the selected node");
        focus.setItems(0, 1, 2, 3);
        focus.setItemLabelGenerator(
                steps -> steps == 0 ? "Whole map" : steps + (steps == 1 ? " step" : " steps") + " around it");
        focus.setValue(0);
        focus.addValueChangeListener(e -> redraw());
        Button png = new Button("Save as PNG", e -> canvas.download("png", area.id() + "-map.png"));
        Button svg = new Button("Save as SVG", e -> canvas.download("svg", area.id() + "-map.svg"));
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        svg.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        relationshipTypes.setItems(RelationshipType.values());
        relationshipTypes.setItemLabelGenerator(t -> t.verb());
        relationshipTypes.setValue(java.util.EnumSet.allOf(RelationshipType.class));
        stages.setItems(ImplementationStage.values());
        statuses.setItems(BarrierStatus.values());
        ratings.setItems(EvidenceRating.values());
        List<Coded> allCategories = new java.util.ArrayList<>(List.of(BarrierCategory.values()));
        java.util.Arrays.stream(EnablerCategory.values())
                .filter(e -> allCategories.stream().noneMatch(c -> c.code().equals(e.code())))
                .forEach(allCategories::add);
        categories.setItems(allCategories);
        for (var box : List.of(stages, statuses, ratings, categories)) {
            box.setItemLabelGenerator(Coded::label);
        }
        for (var box : List.of(relationshipTypes, stages, statuses, ratings, categories, tags)) {
            box.addValueChangeListener(e -> redraw());
            box.setClearButtonVisible(true);
        }
        relationshipTypes.setClearButtonVisible(false);
        tags.setHelperText("Barriers and enablers with any of these tags");
        filterNote.getElement().setAttribute("role", "status");
        filterNote.addClassName("map-filter-note");
        HorizontalLayout filters = new HorizontalLayout(relationshipTypes, stages, statuses, ratings, categories, tags);
        filters.setWrap(true);
        com.vaadin.flow.component.details.Details moreFilters = new com.vaadin.flow.component.details.Details(
                "More filters: relationships, stages, statuses, ratings, categories, tags", filters);
        HorizontalLayout toolbar = new HorizontalLayout(find, types, focus, layout, fit, png, svg, tableLink, legend);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        canvas.setSizeFull();
        canvas.addNodeSelectListener(e -> tapped(e.nodeId()));
        details.setWidth("22rem");
        details.getElement().setAttribute("aria-live", "polite");
        details.add(new Paragraph("Select a node on the map to see its details and connections."));
        list.setAriaLabel("Nodes on the map");
        list.setItems(listRows.data());
        list.addColumn(MapNode::name)
                .setHeader("Node")
                .setSortable(true)
                .setFlexGrow(2)
                .setComparator(java.util.Comparator.comparing(MapNode::name, String.CASE_INSENSITIVE_ORDER));
        list.addColumn(n -> n.type().label())
                .setHeader("Type")
                .setSortable(true)
                .setAutoWidth(true);
        list.addColumn(n -> {
                    CommentService.Unread fresh = unread.get(n.id());
                    return fresh == null ? "" : fresh.count() + (fresh.mentioned() ? " new, mentions you" : " new");
                })
                .setHeader("Comments")
                .setAutoWidth(true);
        list.addThemeVariants(com.vaadin.flow.component.grid.GridVariant.LUMO_COMPACT);
        list.setHeight("14rem");
        list.asSingleSelect().addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                showDetails(e.getValue().id());
            }
        });
        Div canvasBox = new Div(canvas);
        canvasBox.addClassName("map-canvas");
        VerticalLayout side = new VerticalLayout(details, list);
        side.setPadding(false);
        side.setWidth("24rem");
        side.setHeightFull();
        side.setFlexGrow(1, details);
        details.getStyle().set("overflow", "auto");
        HorizontalLayout body = new HorizontalLayout(canvasBox, side);
        body.setSizeFull();
        body.setFlexGrow(1, canvasBox);
        addType.setLabel("New node");
        addType.setItems(java.util.Arrays.stream(NodeType.values())
                .filter(t -> t != NodeType.PROGRAMME)
                .toList());
        addType.setItemLabelGenerator(NodeType::label);
        addType.setValue(NodeType.PERSON);
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.addClickListener(e -> startAdding(addType.getValue()));
        undo.addClickListener(e -> undo());
        redo.addClickListener(e -> redo());
        editBar.add(addType, add, undo, redo);
        editBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        editBar.setVisible(false);
        connectNote.getElement().setAttribute("role", "status");
        Button stopConnecting = new Button("Cancel connecting", e -> stopConnecting());
        stopConnecting.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        connectBar.add(connectNote, stopConnecting);
        connectBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        connectBar.addClassName("map-highlight");
        connectBar.setVisible(false);
        canvas.addNodeMoveListener(this::moved);
        highlightNote.getElement().setAttribute("role", "status");
        Button clear = new Button("Show the whole map", e -> clearHighlight());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        highlightBar.add(highlightNote, clear);
        highlightBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        highlightBar.addClassName("map-highlight");
        highlightBar.setVisible(false);
        stepNote.getElement().setAttribute("role", "status");
        pastNote.getElement().setAttribute("role", "status");
        pastBar.add(pastNote);
        pastBar.addClassName("map-highlight");
        pastBar.setVisible(false);
        add(pastBar, editBar, toolbar, moreFilters, filterNote, highlightBar, connectBar, stepNote);
        addAndExpand(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = OpenArea.of(event);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        tableLink.setHref(AreaNavigation.nodes(area.id()));
        var parameters = event.getLocation().getQueryParameters().getParameters();
        pastAt = parameters.getOrDefault("at", List.of()).stream()
                .findFirst()
                .map(MapView::instant)
                .orElse(null);
        editable = access.canEdit(area.id()) && pastAt == null;
        editBar.setVisible(editable);
        canvas.setEditable(editable);
        me = Presence.user(account.whoAmI());
        if (pastAt != null) {
            Live.stop(this);
            setGraph(mapHistory.graphAt(area.id(), pastAt));
            pastNote.setText("This is the map as it was at " + Live.DATE_TIME.format(pastAt) + " (UK time),"
                    + " rebuilt from the change history. It is read-only. ");
            pastBar.removeAll();
            pastBar.add(
                    pastNote,
                    new Anchor(AreaNavigation.map(area.id()), "Back to the live map"),
                    new Anchor(AreaNavigation.activity(area.id()), "Activity"));
            pastBar.setVisible(true);
        } else {
            pastBar.setVisible(false);
            reload();
            Live.follow(this, history, area.id(), this::changed);
            editingPresence = new EditingPresence(this, me, area.id(), editors -> {
                beingEdited = editors;
                canvas.setEditors(editors);
            });
            if (editable) {
                refreshUndo();
            }
            refreshUnread();
        }
        openLargeMapsFiltered();
        var positions = new HashMap<String, GraphCanvas.Position>();
        map.positions(area.id()).forEach((id, p) -> positions.put(id, new GraphCanvas.Position(p.x(), p.y())));
        canvas.setPositions(positions);
        if (!positions.isEmpty()) {
            layout.setValue(GraphCanvas.Layout.SAVED);
        }
        redraw();
        highlightFrom(event.getLocation().getQueryParameters().getParameters());
    }

    /** Beyond this many nodes shown the canvas draws "force-directed" grouped by type (evidence-graph.ts LARGE). */
    static final int LARGE_FOR_FORCE = 1000;

    /** The order in which node types are drawn when a map is too large to draw whole. */
    static final List<NodeType> LARGE_MAP_ORDER = List.of(
            NodeType.INTERVENTION,
            NodeType.NEED,
            NodeType.BARRIER,
            NodeType.PROGRAMME,
            NodeType.ENABLER,
            NodeType.ORGANISATION,
            NodeType.PERSON,
            NodeType.EVIDENCE);

    private String largeNote;
    private long drawnLimit = Long.MAX_VALUE;

    /**
     * A map of more nodes than the canvas draws comfortably opens with as many node types as fit,
     * implementation first (and, if one type alone is too many, that many of it), and says so.
     */
    void openLargeMapsFiltered() {
        largeNote = null;
        drawnLimit = Long.MAX_VALUE;
        if (graph.nodes().size() <= maxDrawn) {
            types.setValue(java.util.EnumSet.allOf(NodeType.class));
            return;
        }
        Map<NodeType, Long> counts =
                graph.nodes().stream().collect(Collectors.groupingBy(MapNode::type, Collectors.counting()));
        java.util.EnumSet<NodeType> chosen = java.util.EnumSet.noneOf(NodeType.class);
        long drawn = 0;
        for (NodeType type : LARGE_MAP_ORDER) {
            long count = counts.getOrDefault(type, 0L);
            if (drawn + count > maxDrawn && !chosen.isEmpty()) {
                break;
            }
            chosen.add(type);
            drawn += count;
        }
        if (drawn > maxDrawn) {
            drawnLimit = maxDrawn;
        }
        types.setValue(chosen);
        largeNote = "This map has " + graph.nodes().size() + " nodes, more than the " + maxDrawn
                + " the map draws at once, so it opened with "
                + chosen.stream()
                        .map(NodeType::plural)
                        .map(p -> p.toLowerCase(java.util.Locale.ROOT))
                        .collect(Collectors.joining(", "))
                + (drawnLimit < Long.MAX_VALUE ? " (the first " + maxDrawn + ")" : "")
                + " only. Choose other types under Show types, or use the table view, which lists everything.";
    }

    private static java.time.Instant instant(String text) {
        try {
            return java.time.Instant.parse(text);
        } catch (java.time.format.DateTimeParseException e) {
            try {
                return java.time.LocalDateTime.parse(text).atZone(Live.ZONE).toInstant();
            } catch (java.time.format.DateTimeParseException again) {
                return java.time.LocalDate.parse(text)
                        .plusDays(1)
                        .atStartOfDay(Live.ZONE)
                        .toInstant();
            }
        }
    }

    /**
     * A change by anyone (this person included, in another tab or through the API) arrived: it is
     * applied to the map held here without reading the whole map again, the canvas redrawn, and
     * the selected node's panel or open editor told, above all when the node was deleted.
     */
    void changed(Change change) {
        if (pastAt != null || area == null) {
            return;
        }
        if (change.action().changesMap()) {
            MapReplay replay = MapReplay.of(graph);
            if (replay.apply(change)) {
                setGraph(replay.graph());
            } else {
                reload();
            }
            drawingLiveChange = true;
            redraw();
            drawingLiveChange = false;
        }
        if (change.action() == ChangeAction.COMMENT_ADDED) {
            refreshUnread();
        }
        if (editor != null && editor.isAttached()) {
            editor.changedElsewhere(change, change.user());
        } else if (selectedId != null
                && change.subjectId().equals(selectedId)
                && change.action() == ChangeAction.NODE_DELETED) {
            showDeleted(change);
        } else if (selectedId != null && (change.subjectId().equals(selectedId) || touches(change, selectedId))) {
            showDetails(selectedId);
        }
        if (editable && change.user().equals(me.getId())) {
            // only one's own changes (here, in another tab, through the API) alter what undo and redo would do
            refreshUndo();
        }
    }

    private static boolean touches(Change change, String nodeId) {
        var state = change.after() != null ? change.after() : change.before();
        return state != null && (nodeId.equals(state.get("from")) || nodeId.equals(state.get("to")));
    }

    /** The selected node was deleted by someone: say who and when, and offer to bring it back. */
    void showDeleted(Change change) {
        details.removeAll();
        canvas.select(null);
        Paragraph gone = new Paragraph("'" + change.subjectName() + "' was deleted by " + change.user() + " at "
                + Live.TIME.format(change.at()) + ".");
        gone.getElement().setAttribute("role", "alert");
        details.add(gone);
        if (editable) {
            details.add(new Button("Restore it", e -> {
                try {
                    mapHistory.restore(area.id(), change.seq());
                    reload();
                    redraw();
                    showDetails(change.subjectId());
                } catch (RuntimeException problem) {
                    details.add(new Paragraph("Not restored: " + problem.getMessage()));
                }
            }));
        }
        selectedId = null;
    }

    void undo() {
        step(() -> mapHistory.undo(area.id()));
    }

    void redo() {
        step(() -> mapHistory.redo(area.id()));
    }

    private void step(java.util.function.Supplier<Change> action) {
        try {
            Change done = action.get();
            reload();
            redraw();
            stepNote.setText("Done: " + done.summary() + ".");
            if (byId.containsKey(done.subjectId())) {
                showDetails(done.subjectId());
            }
        } catch (RuntimeException e) {
            com.vaadin.flow.component.notification.Notification note =
                    com.vaadin.flow.component.notification.Notification.show(
                            e.getMessage(), 6000, com.vaadin.flow.component.notification.Notification.Position.MIDDLE);
            note.addThemeVariants(com.vaadin.flow.component.notification.NotificationVariant.LUMO_WARNING);
        }
        refreshUndo();
    }

    /** Labels the undo and redo buttons with what they would do, and turns them off when there is nothing. */
    void refreshUndo() {
        var nextUndo = mapHistory.nextUndo(area.id());
        var nextRedo = mapHistory.nextRedo(area.id());
        undo.setEnabled(nextUndo.isPresent());
        redo.setEnabled(nextRedo.isPresent());
        undo.setTooltipText(nextUndo.map(s -> "Undo: " + s.summary()).orElse("Nothing of yours to undo"));
        redo.setTooltipText(nextRedo.map(s -> "Redo: " + s.summary()).orElse("Nothing to redo"));
        undo.getElement().setAttribute("aria-label", undo.getTooltip().getText());
        redo.getElement().setAttribute("aria-label", redo.getTooltip().getText());
    }

    /** Reads the map again (after a change) and keeps the selection if the node is still there. */
    void reload() {
        setGraph(map.graph(area.id()));
    }

    private void setGraph(AreaGraph graph) {
        this.graph = graph;
        byId = graph.nodes().stream().collect(Collectors.toMap(MapNode::id, n -> n));
        // The find and tag lists are sent again only when what they list has changed: a live change
        // reaches every open page, and resending both lists cost each browser more than the change.
        findRows.show(graph.nodes());
        List<String> tagItems = graph.nodes().stream()
                .filter(n -> n.property("tags") instanceof java.util.Collection<?>)
                .flatMap(n ->
                        ((java.util.Collection<?>) n.property("tags")).stream().map(String::valueOf))
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
        if (!tagItems.equals(tagList)) {
            tagList = tagItems;
            tags.setItems(tagItems);
        }
    }

    /** The nodes the find list offers, sorted by type and name when it reads them; and the tags offered. */
    private final NodeRows findRows = new NodeRows((a, b) -> FIND_ORDER.compare(a, b));

    private static final java.util.Comparator<MapNode> FIND_ORDER =
            java.util.Comparator.comparing(MapNode::type).thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER);
    private List<String> tagList;

    // ---- editing (editors only; every change is one call to MapService) ----------------

    void startAdding(NodeType type) {
        stopConnecting();
        details.removeAll();
        editor = new NodeEditor(
                map,
                area.id(),
                type,
                null,
                me,
                created -> {
                    reload();
                    redraw();
                    showDetails(created.id());
                },
                () -> {
                    details.removeAll();
                    details.add(new Paragraph("Select a node on the map to see its details and connections."));
                });
        details.add(editor);
    }

    void startEditing(MapNode node) {
        stopConnecting();
        details.removeAll();
        editor = new NodeEditor(
                map,
                area.id(),
                node.type(),
                node,
                me,
                saved -> {
                    editingPresence.editing(null);
                    reload();
                    redraw();
                    showDetails(saved.id());
                    if (editable) {
                        refreshUndo();
                    }
                },
                () -> {
                    editingPresence.editing(null);
                    showDetails(node.id());
                });
        editingPresence.editing(node.id());
        details.add(editor);
    }

    void confirmDelete(MapNode node) {
        Confirmations.deleteNode(map, graph, node, () -> {
            reload();
            redraw();
            selectedId = null;
            canvas.select(null);
            details.removeAll();
            details.add(new Paragraph("'" + node.name() + "' was deleted."));
        });
    }

    void confirmDisconnect(uk.evidencemap.map.MapRelationship relationship, String sentence) {
        Confirmations.removeRelationship(map, area.id(), relationship, sentence, () -> {
            reload();
            redraw();
            showDetails(selectedId);
        });
    }

    /** Opens the connect dialog for a node, with the other end chosen already when given. */
    void openConnect(MapNode source, MapNode target, uk.evidencemap.map.RelationshipType only) {
        stopConnecting();
        connectDialog = new ConnectDialog(map, area.id(), source, graph.nodes(), target, only, () -> {
            reload();
            redraw();
            showDetails(source.id());
        });
        connectDialog.open();
    }

    /** The next node tapped on the canvas becomes the other end of a new relationship from this one. */
    void startConnecting(MapNode source) {
        connectFrom = source.id();
        connectNote.setText("Connecting '" + source.name() + "': tap the node to connect it to.");
        connectBar.setVisible(true);
    }

    void stopConnecting() {
        connectFrom = null;
        connectBar.setVisible(false);
    }

    /** Keeps a dragged node's place (and, after the first drag in a computed layout, everyone's). */
    void moved(GraphCanvas.NodeMoveEvent event) {
        if (!editable) {
            return;
        }
        Map<String, uk.evidencemap.map.NodePosition> places = new HashMap<>();
        if (!event.allPositions().isEmpty()) {
            JSON.readTree(event.allPositions())
                    .properties()
                    .forEach(entry -> places.put(
                            entry.getKey(),
                            new uk.evidencemap.map.NodePosition(
                                    entry.getValue().get("x").asDouble(),
                                    entry.getValue().get("y").asDouble())));
        }
        places.put(event.nodeId(), new uk.evidencemap.map.NodePosition(event.x(), event.y()));
        map.savePositions(area.id(), places);
        if (layout.getValue() != GraphCanvas.Layout.SAVED) {
            layout.setValue(GraphCanvas.Layout.SAVED);
        }
    }

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

    /** A tap on the canvas: either the other end of a pending connection, or a selection. */
    void tapped(String nodeId) {
        if (connectFrom != null
                && byId.containsKey(connectFrom)
                && byId.containsKey(nodeId)
                && !connectFrom.equals(nodeId)) {
            openConnect(byId.get(connectFrom), byId.get(nodeId), null);
            return;
        }
        showDetails(nodeId);
    }

    /**
     * {@code ?show=id}: that node and its neighbours; {@code ?path=id,id,...}: exactly those
     * nodes (a blocked path and its barriers). Links from the analysis page use both.
     */
    void highlightFrom(Map<String, List<String>> parameters) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        String subject = null;
        String description = null;
        List<String> select = parameters.getOrDefault("select", List.of());
        if (!select.isEmpty() && byId.containsKey(select.get(0))) {
            showDetails(select.get(0));
        }
        List<String> show = parameters.getOrDefault("show", List.of());
        List<String> path = parameters.getOrDefault("path", List.of());
        if (!show.isEmpty() && byId.containsKey(show.get(0))) {
            subject = show.get(0);
            ids.add(subject);
            for (var r : graph.relationships()) {
                if (r.from().equals(subject)) {
                    ids.add(r.to());
                } else if (r.to().equals(subject)) {
                    ids.add(r.from());
                }
            }
            description = "'" + byId.get(subject).name() + "' and its " + (ids.size() - 1) + " connections";
        } else if (!path.isEmpty()) {
            Arrays.stream(path.get(0).split(","))
                    .map(String::strip)
                    .filter(byId::containsKey)
                    .forEach(ids::add);
            if (!ids.isEmpty()) {
                subject = ids.stream()
                        .filter(id -> byId.get(id).type() == NodeType.INTERVENTION)
                        .findFirst()
                        .orElse(ids.iterator().next());
                description = "the path "
                        + ids.stream()
                                .filter(id -> byId.get(id).type() != NodeType.BARRIER)
                                .map(id -> "'" + byId.get(id).name() + "'")
                                .collect(Collectors.joining(" → "))
                        + ids.stream()
                                .filter(id -> byId.get(id).type() == NodeType.BARRIER)
                                .map(id -> "'" + byId.get(id).name() + "'")
                                .collect(Collectors.collectingAndThen(
                                        Collectors.joining(", "),
                                        barriers -> barriers.isEmpty() ? "" : ", blocked by " + barriers));
            }
        }
        if ((!show.isEmpty() || !path.isEmpty()) && ids.isEmpty()) {
            clearHighlight();
            highlightNote.setText("The finding to show is no longer on the map.");
            highlightBar.setVisible(true);
            return;
        }
        highlighted = List.copyOf(ids);
        canvas.highlight(highlighted);
        highlightBar.setVisible(!ids.isEmpty());
        if (description != null) {
            highlightNote.setText("Highlighted: " + description + ".");
            showDetails(subject);
        }
    }

    void clearHighlight() {
        highlighted = List.of();
        canvas.highlight(highlighted);
        highlightBar.setVisible(false);
    }

    /** Sends the canvas the nodes that pass the type filter and, when focusing, lie near the selected node. */
    void redraw() {
        if (graph == null) {
            return;
        }
        MapFilter filter = filter();
        java.util.Set<String> shown = visible();
        long total = graph.nodes().size();
        String layoutNote = shown.size() > LARGE_FOR_FORCE && layout.getValue() == GraphCanvas.Layout.FORCE
                ? "With more than " + LARGE_FOR_FORCE + " nodes shown the map is drawn grouped by type: the"
                        + " force-directed layout would take minutes."
                : "";
        filterNote.setText(((shown.size() == total && !filter.narrowsProperties()
                                ? ""
                                : "Showing " + shown.size() + " of " + total + " nodes."
                                        + (largeNote == null ? "" : " " + largeNote) + " ")
                        + layoutNote)
                .strip());
        filterNote.setVisible(!filterNote.getText().isEmpty());
        listRows.show(graph.nodes().stream().filter(n -> shown.contains(n.id())).toList());
        if (selectedId != null && byId.containsKey(selectedId) && shown.contains(selectedId)) {
            list.select(byId.get(selectedId));
        }
        GraphCanvas.Graph drawn = payload(graph, shown::contains, filter::shows);
        if (drawingLiveChange) {
            canvas.update(drawn);
        } else {
            canvas.setGraph(drawn);
        }
    }

    /** The filter the controls describe. */
    MapFilter filter() {
        java.util.function.Function<java.util.Set<Coded>, java.util.Set<String>> codes =
                chosen -> chosen.stream().map(Coded::code).collect(Collectors.toSet());
        return new MapFilter(
                types.getValue(),
                relationshipTypes.getValue(),
                codes.apply(stages.getValue()),
                codes.apply(statuses.getValue()),
                codes.apply(ratings.getValue()),
                codes.apply(categories.getValue()),
                tags.getValue());
    }

    java.util.Set<String> visible() {
        MapFilter filter = filter();
        java.util.Set<String> shown = graph.nodes().stream()
                .filter(filter::shows)
                .map(MapNode::id)
                .limit(drawnLimit)
                .collect(Collectors.toSet());
        int steps = focus.getValue() == null ? 0 : focus.getValue();
        if (steps == 0 || selectedId == null || !shown.contains(selectedId)) {
            return shown;
        }
        java.util.Set<String> near = new java.util.HashSet<>(java.util.Set.of(selectedId));
        java.util.Set<String> frontier = java.util.Set.of(selectedId);
        for (int i = 0; i < steps; i++) {
            java.util.Set<String> next = new java.util.HashSet<>();
            for (var r : graph.relationships()) {
                if (!filter.shows(r)) {
                    continue;
                }
                if (frontier.contains(r.from()) && shown.contains(r.to()) && near.add(r.to())) {
                    next.add(r.to());
                }
                if (frontier.contains(r.to()) && shown.contains(r.from()) && near.add(r.from())) {
                    next.add(r.from());
                }
            }
            frontier = next;
        }
        return near;
    }

    @Override
    public String getPageTitle() {
        return (area == null ? "Area" : area.name()) + ": map | Evidence Map";
    }

    /** What the canvas is sent: the shown nodes as drawn, and the shown relationships between them. */
    public static GraphCanvas.Graph payload(
            AreaGraph graph,
            java.util.function.Predicate<String> shown,
            java.util.function.Predicate<uk.evidencemap.map.MapRelationship> relationships) {
        return new GraphCanvas.Graph(
                graph.nodes().stream()
                        .filter(n -> shown.test(n.id()))
                        .map(MapView::drawn)
                        .toList(),
                graph.relationships().stream()
                        .filter(r -> shown.test(r.from()) && shown.test(r.to()))
                        .filter(relationships)
                        .map(r -> new GraphCanvas.Edge(r.id(), r.type().name(), r.from(), r.to()))
                        .toList());
    }

    /** How a node is drawn: barriers sized by severity, enablers by strength; stopped or resolved work faded. */
    static GraphCanvas.Node drawn(MapNode node) {
        int weight = switch (node.type()) {
            case BARRIER -> number(node, "severity");
            case ENABLER -> number(node, "strength");
            case NEED -> number(node, "priority");
            default -> 3;
        };
        boolean muted = "STOPPED".equals(node.text("stage"))
                || "RESOLVED".equals(node.text("status"))
                || "MITIGATED".equals(node.text("status"));
        return new GraphCanvas.Node(node.id(), node.type().label(), node.name(), muted, weight);
    }

    private static int number(MapNode node, String key) {
        return node.property(key) instanceof Number n ? n.intValue() : 3;
    }

    void showDetails(String nodeId) {
        MapNode node = byId.get(nodeId);
        if (editor != null && editingPresence != null) {
            editingPresence.editing(null);
        }
        editor = null;
        details.removeAll();
        selectedId = nodeId;
        if (focus.getValue() != null && focus.getValue() > 0) {
            redraw();
        }
        canvas.select(nodeId);
        if (node == null) {
            list.deselectAll();
            details.add(new Paragraph("That node is no longer on the map."));
            return;
        }
        if (!node.equals(list.asSingleSelect().getValue())
                && list.getListDataView().contains(node)) {
            list.select(node);
            list.scrollToItem(node);
        }
        Anchor inTable = new Anchor(AreaNavigation.nodesSelecting(area.id(), node.id()), "Open in the table view");
        details.add(new H3(node.name()), new Paragraph(node.type().label()), inTable);
        UnorderedList properties = new UnorderedList();
        node.type().properties().forEach(spec -> {
            String value = PropertyDisplay.value(node, spec);
            if (!value.isEmpty()) {
                properties.add(new ListItem(spec.label() + ": " + value));
            }
        });
        UnorderedList connections = new UnorderedList();
        graph.relationships().forEach(r -> {
            String text = null;
            if (r.from().equals(nodeId) && byId.containsKey(r.to())) {
                text = r.type().verb() + " " + byId.get(r.to()).name();
            } else if (r.to().equals(nodeId) && byId.containsKey(r.from())) {
                text = byId.get(r.from()).name() + " " + r.type().verb() + " this";
            }
            if (text != null) {
                ListItem item = new ListItem(text);
                if (pastAt == null) {
                    String sentence = byId.get(r.from()).name() + " " + r.type().verb() + " "
                            + byId.get(r.to()).name();
                    CommentService.Unread fresh = unread.get(r.id());
                    Button talk = new Button(
                            fresh == null ? "Comments" : "Comments (" + fresh.count() + " new)",
                            e -> openRelationshipComments(r.id(), sentence));
                    talk.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    talk.getElement().setAttribute("aria-label", "Comments on: " + sentence);
                    item.add(new Span(" "), talk);
                }
                if (editable) {
                    String sentence = byId.get(r.from()).name() + " " + r.type().verb() + " "
                            + byId.get(r.to()).name();
                    Button remove = new Button("Remove", e -> confirmDisconnect(r, sentence));
                    remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_SMALL);
                    remove.getElement().setAttribute("aria-label", "Remove: " + sentence);
                    item.add(new Span(" "), remove);
                }
                connections.add(item);
            }
        });
        if (editable && node.areaId() != null) {
            Button edit = new Button("Edit", e -> startEditing(node));
            Button connect = new Button("Connect…", e -> openConnect(node, null, null));
            Button onMap = new Button("Connect to a node on the map", e -> startConnecting(node));
            Button delete = new Button("Delete", e -> confirmDelete(node));
            edit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            HorizontalLayout actions = new HorizontalLayout(edit, connect, onMap, delete);
            actions.setWrap(true);
            details.add(actions);
            if (node.type() == NodeType.BARRIER) {
                details.add(new Button(
                        "Link to what it blocks…",
                        e -> openConnect(node, null, uk.evidencemap.map.RelationshipType.BLOCKS)));
            } else if (node.type() == NodeType.ENABLER) {
                details.add(new Button(
                        "Link to a barrier it mitigates…",
                        e -> openConnect(node, null, uk.evidencemap.map.RelationshipType.MITIGATES)));
            }
        }
        details.add(
                properties, new H3("Connections (" + connections.getChildren().count() + ")"), connections);
        if (beingEdited.containsKey(node.id())) {
            details.addComponentAtIndex(1, new Paragraph("Being edited now by " + beingEdited.get(node.id()) + "."));
        }
        if (pastAt == null) {
            details.add(new NodeHistory(history, area.id(), node.id()));
            details.add(new CommentsPanel(comments, area.id(), node.id(), node.name()));
            if (unread.containsKey(node.id())) {
                unread = new HashMap<>(unread);
                unread.remove(node.id());
                list.getDataProvider().refreshItem(node);
            }
        }
    }

    /** The discussion of a relationship, in a dialog. */
    void openRelationshipComments(String relationshipId, String sentence) {
        com.vaadin.flow.component.dialog.Dialog dialog = new com.vaadin.flow.component.dialog.Dialog();
        dialog.setHeaderTitle(sentence);
        dialog.setWidth("min(40rem, 95vw)");
        dialog.add(new CommentsPanel(comments, area.id(), relationshipId, sentence));
        dialog.getFooter().add(new Button("Close", e -> {
            dialog.close();
            refreshUnread();
        }));
        dialog.open();
    }

    /** Comments by others not read yet, per node or relationship id. */
    Map<String, CommentService.Unread> unread = Map.of();

    void refreshUnread() {
        unread = pastAt == null ? comments.unread(area.id()) : Map.of();
        list.getDataProvider().refreshAll();
    }

    /** The legend's types, in order: for tests. */
    static String legendText() {
        return Arrays.stream(NodeType.values()).map(NodeType::label).collect(Collectors.joining(", "));
    }
}
