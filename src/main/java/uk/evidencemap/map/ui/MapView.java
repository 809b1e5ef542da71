package uk.evidencemap.map.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.time.Instant;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.annotation.Value;
import uk.evidencemap.area.Area;
import uk.evidencemap.area.ui.AreaNavigation;
import uk.evidencemap.area.ui.OpenArea;
import uk.evidencemap.changelog.HistoryService;
import uk.evidencemap.changelog.ui.Live;
import uk.evidencemap.collaboration.CommentService;
import uk.evidencemap.collaboration.ui.Presence;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.BarrierHelpLines;
import uk.evidencemap.map.MapFigures;
import uk.evidencemap.map.MapHistoryService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodePlacesService;
import uk.evidencemap.security.AccountService;
import uk.evidencemap.security.AreaAccess;

/**
 * An area's map on the graph canvas: layouts (and positions people dragged nodes to), fit, a
 * legend, find, filters and focus, the selected node's details and connections beside it, and
 * for editors adding, editing, connecting and deleting. The table view is the accessible route
 * to the same map. This page lays out and wires its parts ({@link MapFilters}, {@link MapNodeList},
 * {@link NodeDetailsPanel}, {@link MapEditing}, {@link UndoRedo}, {@link MapLiveChanges},
 * {@link PastMap}) and reads its address: {@code ?at=}, {@code ?select=}, {@code ?show=} and
 * {@code ?path=}.
 */
@Route(AreaNavigation.MAP)
@PermitAll
class MapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle, MapPage {

    private static final Comparator<MapNode> FIND_ORDER =
            Comparator.comparing(MapNode::type).thenComparing(MapNode::name, String.CASE_INSENSITIVE_ORDER);

    private final MapService map;
    private final NodePlacesService places;
    private final AreaAccess access;
    private final MapHistoryService mapHistory;
    private final HistoryService history;
    private final AccountService account;
    private final CommentService comments;
    private final MapFigures figures;

    /** The area, its map as held, the selection and what this person may do. */
    final OpenMap openMap = new OpenMap();

    final GraphCanvas canvas = new GraphCanvas();
    final Select<GraphCanvas.Layout> layout = new Select<>();
    final ComboBox<MapNode> find = new ComboBox<>("Find");
    final MapFilters filters;
    /** "Size by" and "Colour by community". */
    final MapDisplay display;

    final MapLegend legend = new MapLegend();
    /** Shows and hides {@link #tools}: the filters and display controls, folded away so the canvas keeps the room. */
    final Button toolsToggle = new Button("Filters and display");
    /** Types, focus, size, colour and the further filters: hidden until {@link #toolsToggle} opens it. */
    final VerticalLayout tools = new VerticalLayout();

    final MapNodeList list;
    final NodeDetailsPanel details;
    final UndoRedo undoRedo;
    final MapEditing editing;
    final PastMap past = new PastMap();
    /** Says what a link from the analysis page highlights (role=status). */
    final Span highlightNote = new Span();

    final HorizontalLayout highlightBar = new HorizontalLayout();
    private final MapLiveChanges live;
    private final Anchor tableLink = new Anchor("", "Open the table view");
    /** The nodes the find list offers, sorted by type and name when it reads them. */
    private final NodeRows findRows = new NodeRows((a, b) -> FIND_ORDER.compare(a, b));

    MapView(
            MapService map,
            NodePlacesService places,
            AreaAccess access,
            MapHistoryService mapHistory,
            HistoryService history,
            AccountService account,
            CommentService comments,
            BarrierHelpLines barrierHelp,
            MapFigures figures,
            @Value("${evidencemap.map.max-drawn-nodes:2500}") int maxDrawn) {
        this.map = map;
        this.places = places;
        this.access = access;
        this.mapHistory = mapHistory;
        this.history = history;
        this.account = account;
        this.comments = comments;
        this.figures = figures;
        filters = new MapFilters(maxDrawn, this::redraw);
        display = new MapDisplay(this::restyle);
        list = new MapNodeList(openMap, this::showDetails);
        details = new NodeDetailsPanel(openMap, history, comments, barrierHelp, this::refreshUnread);
        undoRedo = new UndoRedo(mapHistory, openMap, this);
        editing = new MapEditing(map, places, mapHistory, openMap, this, details, undoRedo);
        live = new MapLiveChanges(openMap, this, details, editing, undoRedo);
        setSizeFull();
        setPadding(false);
        addClassName("map-page");
        layout.setLabel("Layout");
        layout.setItems(GraphCanvas.Layout.values());
        layout.setItemLabelGenerator(GraphCanvas.Layout::label);
        layout.setValue(GraphCanvas.Layout.FORCE);
        layout.addValueChangeListener(e -> canvas.setLayout(e.getValue()));
        Button fit = new Button("Fit to screen", e -> canvas.fit());
        fit.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        find.setItems(findRows.data());
        find.setItemLabelGenerator(n -> n.name() + " (" + n.type().label() + ")");
        find.setPlaceholder("A node's name");
        find.setClearButtonVisible(true);
        find.addValueChangeListener(e -> {
            if (e.getValue() != null) {
                showDetails(e.getValue().id());
                canvas.reveal(e.getValue().id());
            }
        });
        Button png = new Button("Save as PNG", e -> canvas.download("png", openMap.areaId() + "-map.png"));
        png.setTooltipText("The whole map with a title and the legend");
        Button svg = new Button("Save as SVG", e -> canvas.download("svg", openMap.areaId() + "-map.svg"));
        svg.setTooltipText("The whole map with a title and the legend, as one SVG document");
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        svg.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toolsToggle.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        toolsToggle.setIcon(VaadinIcon.SLIDERS.create());
        toolsToggle.getElement().setAttribute("aria-expanded", "false");
        toolsToggle.getElement().setAttribute("aria-controls", "map-tools");
        toolsToggle.addClickListener(e -> showTools(!tools.isVisible()));
        HorizontalLayout toolbar = new HorizontalLayout(editing.editBar, find, layout, fit, toolsToggle, png, svg);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);
        toolbar.addClassName("map-toolbar");
        Span displayHelp = new Span(MapDisplay.HELP);
        displayHelp.addClassName("map-display-help");
        HorizontalLayout toolRow =
                new HorizontalLayout(filters.types, filters.focus, display.sizeBy, display.colourByCommunity);
        toolRow.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolRow.setWrap(true);
        tools.add(toolRow, displayHelp, filters.more);
        tools.setPadding(false);
        tools.setSpacing(false);
        tools.setId("map-tools");
        tools.addClassName("map-tools");
        tools.setVisible(false);

        canvas.setSizeFull();
        canvas.addNodeSelectListener(e -> tapped(e.nodeId()));
        canvas.addNodeMoveListener(e -> {
            if (editing.keepPlaces(e.places()) && layout.getValue() != GraphCanvas.Layout.SAVED) {
                layout.setValue(GraphCanvas.Layout.SAVED);
            }
        });
        Div canvasBox = new Div(canvas);
        canvasBox.addClassName("map-canvas");
        VerticalLayout side = new VerticalLayout(tableLink, legend, details, list);
        side.setPadding(false);
        side.setWidth("24rem");
        side.setHeightFull();
        side.addClassName("map-side");
        side.setFlexGrow(1, details);
        HorizontalLayout body = new HorizontalLayout(canvasBox, side);
        body.setSizeFull();
        body.addClassName("map-body");
        body.setFlexGrow(1, canvasBox);
        highlightNote.getElement().setAttribute("role", "status");
        highlightNote.addClassName("map-highlight-note");
        Button clear = new Button("Show the whole map", e -> clearHighlight());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        highlightBar.add(highlightNote, clear);
        highlightBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        highlightBar.addClassName("map-highlight");
        highlightBar.setVisible(false);
        add(past, toolbar, tools, filters.note, highlightBar, editing.connectBar, undoRedo.note);
        addAndExpand(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = OpenArea.of(event);
        if (found.isEmpty()) {
            return;
        }
        Area area = found.get();
        tableLink.setHref(AreaNavigation.nodes(area.id()));
        var parameters = event.getLocation().getQueryParameters().getParameters();
        Instant pastAt = PastMap.at(parameters);
        boolean editable = access.canEdit(area.id()) && pastAt == null;
        editing.editBar.setVisible(editable);
        canvas.setEditable(editable);
        openMap.enter(area, pastAt, editable, Presence.user(account.whoAmI()));
        display.setEnabled(pastAt == null);
        exportTitle = area.name() + ": map"
                + (pastAt == null ? "" : " as it was at " + Live.DATE_TIME.format(pastAt) + " (UK time)");
        if (pastAt != null) {
            Live.stop(this);
            hold(mapHistory.graphAt(area.id(), pastAt));
            past.show(area.id(), pastAt);
        } else {
            past.setVisible(false);
            reload();
            Live.follow(this, history, area.id(), live::changed);
            editing.shareEditing(this, editors -> {
                openMap.setBeingEdited(editors);
                canvas.setEditors(editors);
            });
            if (editable) {
                undoRedo.refresh();
            }
            refreshUnread();
        }
        openLargeMapsFiltered();
        var positions = new HashMap<String, GraphCanvas.Position>();
        places.positions(area.id()).forEach((id, p) -> positions.put(id, new GraphCanvas.Position(p.x(), p.y())));
        canvas.setPositions(positions);
        if (!positions.isEmpty()) {
            layout.setValue(GraphCanvas.Layout.SAVED);
        }
        redraw();
        highlightFrom(parameters);
    }

    /** The exported picture's title: the area's name, and the time of a past map. */
    private String exportTitle = "";

    /** Shows or hides the filters and display controls. */
    void showTools(boolean shown) {
        tools.setVisible(shown);
        toolsToggle.getElement().setAttribute("aria-expanded", String.valueOf(shown));
    }

    /** Opens a map of more nodes than the canvas draws comfortably with fewer node types drawn. */
    void openLargeMapsFiltered() {
        filters.openLargeMapsFiltered(openMap.graph());
    }

    @Override
    public void hold(AreaGraph graph) {
        openMap.setGraph(graph);
        // The find list is sent again only where it has changed: a live change reaches every open
        // page, and resending the whole list cost each browser more than the change.
        findRows.show(graph.nodes());
        filters.offerTags(graph);
    }

    @Override
    public void reload() {
        hold(map.graph(openMap.areaId()));
    }

    /** A tap on the canvas: either the other end of a pending connection, or a selection. */
    void tapped(String nodeId) {
        if (!editing.connectTo(nodeId)) {
            showDetails(nodeId);
        }
    }

    /**
     * {@code ?select=id}: that node selected; {@code ?show=id} and {@code ?path=id,id,...}: a
     * finding of the analysis page highlighted ({@link Highlight}), and its subject selected.
     */
    void highlightFrom(Map<String, List<String>> parameters) {
        List<String> select = parameters.getOrDefault("select", List.of());
        if (!select.isEmpty() && openMap.has(select.get(0))) {
            showDetails(select.get(0));
            canvas.reveal(select.get(0));
        }
        Highlight highlight = Highlight.of(
                openMap.graph(),
                parameters.getOrDefault("show", List.of()),
                parameters.getOrDefault("path", List.of()));
        if (highlight.missing()) {
            clearHighlight();
            highlightNote.setText("The finding to show is no longer on the map.");
            highlightBar.setVisible(true);
            return;
        }
        canvas.highlight(highlight.ids());
        highlightBar.setVisible(!highlight.ids().isEmpty());
        if (highlight.description() != null) {
            highlightNote.setText("Highlighted: " + highlight.description() + ".");
            showDetails(highlight.subject());
        }
    }

    void clearHighlight() {
        canvas.highlight(List.of());
        highlightBar.setVisible(false);
    }

    @Override
    public void redraw() {
        draw(false);
    }

    @Override
    public void redrawLive() {
        draw(true);
    }

    /** Sends the canvas the nodes that pass the filters and, when focusing, lie near the selected node. */
    private void draw(boolean live) {
        AreaGraph graph = openMap.graph();
        if (graph == null) {
            return;
        }
        MapFilter filter = filters.filter();
        Set<String> shown = visible();
        filters.tellShown(
                shown.size(),
                graph.nodes().size(),
                layout.getValue() == GraphCanvas.Layout.FORCE || layout.getValue() == GraphCanvas.Layout.GROUPED);
        list.show(graph.nodes().stream().filter(n -> shown.contains(n.id())).toList());
        String selected = openMap.selectedId();
        if (selected != null && openMap.has(selected) && shown.contains(selected)) {
            list.select(openMap.node(selected));
        }
        GraphCanvas.Graph drawn = CanvasPayload.of(graph, shown::contains, filter::shows);
        restyle(shown);
        if (live) {
            canvas.update(drawn);
        } else {
            canvas.setGraph(drawn);
        }
    }

    /** Sizes and colours sent again after "size by" or "colour by community" changed; the map is not laid out again. */
    void restyle() {
        if (openMap.graph() != null) {
            restyle(visible());
        }
    }

    /**
     * Sends the canvas the sizes and colours of the shown nodes as "size by" and "colour by
     * community" ask (the analysis's figures, read only when one of them is chosen), and the
     * legend and the exported picture's title and legend to match.
     */
    private void restyle(Set<String> shown) {
        Map<String, MapFigures.Figures> known =
                display.needsFigures() && !openMap.isPast() ? figures.of(openMap.areaId()) : Map.of();
        canvas.setSizes(display.sizes(known, shown));
        canvas.setColours(display.colours(known, shown));
        legend.show(display.communityLegend(known, shown), display.sizeNote());
        canvas.setExportLegend(
                exportTitle,
                legend.entries().stream()
                        .map(e -> new GraphCanvas.LegendEntry(e.label(), e.color(), e.shape()))
                        .toList(),
                legend.sizeNote());
    }

    /** The ids of the nodes drawn now. */
    Set<String> visible() {
        return filters.visible(openMap.graph(), openMap.selectedId());
    }

    @Override
    public void showDetails(String nodeId) {
        MapNode node = openMap.node(nodeId);
        editing.closeEditor();
        openMap.select(nodeId);
        if (filters.focusing()) {
            redraw();
        }
        canvas.select(nodeId);
        if (node == null) {
            list.deselectAll();
            details.showGone();
            return;
        }
        list.reveal(node);
        details.show(node, editing);
        if (!openMap.isPast() && openMap.markRead(node.id())) {
            list.getDataProvider().refreshItem(node);
        }
    }

    @Override
    public void clearSelection() {
        openMap.select(null);
        canvas.select(null);
    }

    @Override
    public void refreshUnread() {
        openMap.setUnread(openMap.isPast() ? Map.of() : comments.unread(openMap.areaId()));
        list.getDataProvider().refreshAll();
    }

    @Override
    public String getPageTitle() {
        return (openMap.area() == null ? "Area" : openMap.area().name()) + ": map | Evidence Map";
    }
}
