package uk.evidencemap.map.ui;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
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

import uk.evidencemap.area.Area;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.base.ui.AreaPages;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.PropertyDisplay;
import uk.evidencemap.security.AreaAccess;

/**
 * An area's map on the graph canvas, read-only for now: layouts, fit, a legend, and the
 * selected node's details and connections beside it. The table view is the accessible route
 * to the same map.
 */
@Route("areas/:areaId/map")
@PermitAll
public class MapView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    /** Legend colours: the same as the TYPES of frontend/components/evidence-graph.ts. */
    static final Map<NodeType, String> COLOURS = Map.of(NodeType.PERSON, "#1f6fb2", NodeType.ORGANISATION, "#5b4a9e",
            NodeType.INTERVENTION, "#1d7d4f", NodeType.PROGRAMME, "#0b5e5e", NodeType.NEED, "#8a5a00",
            NodeType.BARRIER, "#b3261e", NodeType.ENABLER, "#2e7d32", NodeType.EVIDENCE, "#555555");

    private final MapService map;
    private final AreaService areas;
    private final AreaAccess access;
    final GraphCanvas canvas = new GraphCanvas();
    final Select<GraphCanvas.Layout> layout = new Select<>();
    final VerticalLayout details = new VerticalLayout();
    final com.vaadin.flow.component.combobox.ComboBox<MapNode> find = new com.vaadin.flow.component.combobox.ComboBox<>("Find");
    final com.vaadin.flow.component.combobox.MultiSelectComboBox<NodeType> types =
            new com.vaadin.flow.component.combobox.MultiSelectComboBox<>("Show types");
    final Select<Integer> focus = new Select<>();
    private String selectedId;
    private final H2 heading = new H2();
    private final Anchor tableLink = new Anchor("", "Open the table view");
    private Area area;
    private AreaGraph graph;
    private Map<String, MapNode> byId = new HashMap<>();
    final Span highlightNote = new Span();
    final HorizontalLayout highlightBar = new HorizontalLayout();
    private List<String> highlighted = List.of();

    public MapView(MapService map, AreaService areas, AreaAccess access) {
        this.map = map;
        this.areas = areas;
        this.access = access;
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
        focus.setItemLabelGenerator(steps -> steps == 0 ? "Whole map" : steps + (steps == 1 ? " step" : " steps") + " around it");
        focus.setValue(0);
        focus.addValueChangeListener(e -> redraw());
        Button png = new Button("Save as PNG", e -> canvas.download("png", area.id() + "-map.png"));
        Button svg = new Button("Save as SVG", e -> canvas.download("svg", area.id() + "-map.svg"));
        png.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        svg.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        HorizontalLayout toolbar = new HorizontalLayout(find, types, focus, layout, fit, png, svg, tableLink, legend);
        toolbar.setAlignItems(FlexComponent.Alignment.BASELINE);
        toolbar.setWrap(true);

        canvas.setSizeFull();
        canvas.addNodeSelectListener(e -> showDetails(e.nodeId()));
        details.setWidth("22rem");
        details.getElement().setAttribute("aria-live", "polite");
        details.add(new Paragraph("Select a node on the map to see its details and connections."));
        Div canvasBox = new Div(canvas);
        canvasBox.addClassName("map-canvas");
        HorizontalLayout body = new HorizontalLayout(canvasBox, details);
        body.setSizeFull();
        body.setFlexGrow(1, canvasBox);
        highlightNote.getElement().setAttribute("role", "status");
        Button clear = new Button("Show the whole map", e -> clearHighlight());
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        highlightBar.add(highlightNote, clear);
        highlightBar.setAlignItems(FlexComponent.Alignment.BASELINE);
        highlightBar.addClassName("map-highlight");
        highlightBar.setVisible(false);
        add(heading, toolbar, highlightBar);
        addAndExpand(body);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var found = AreaPages.enter(event, access, areas);
        if (found.isEmpty()) {
            return;
        }
        area = found.get();
        heading.setText(area.name() + ": map");
        tableLink.setHref("areas/" + area.id() + "/nodes");
        graph = map.graph(area.id());
        byId = graph.nodes().stream().collect(Collectors.toMap(MapNode::id, n -> n));
        find.setItems(graph.nodes());
        highlightFrom(event.getLocation().getQueryParameters().getParameters());
        redraw();
    }

    /**
     * {@code ?show=id}: that node and its neighbours; {@code ?path=id,id,...}: exactly those
     * nodes (a blocked path and its barriers). Links from the analysis page use both.
     */
    void highlightFrom(Map<String, List<String>> parameters) {
        java.util.LinkedHashSet<String> ids = new java.util.LinkedHashSet<>();
        String subject = null;
        String description = null;
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
            Arrays.stream(path.get(0).split(",")).map(String::strip).filter(byId::containsKey).forEach(ids::add);
            if (!ids.isEmpty()) {
                subject = ids.stream().filter(id -> byId.get(id).type() == NodeType.INTERVENTION).findFirst()
                        .orElse(ids.iterator().next());
                description = "the path " + ids.stream().filter(id -> byId.get(id).type() != NodeType.BARRIER)
                        .map(id -> "'" + byId.get(id).name() + "'").collect(Collectors.joining(" → "))
                        + ids.stream().filter(id -> byId.get(id).type() == NodeType.BARRIER)
                        .map(id -> "'" + byId.get(id).name() + "'")
                        .collect(Collectors.collectingAndThen(Collectors.joining(", "),
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
        java.util.Set<String> shown = visible();
        canvas.setGraph(new GraphCanvas.Graph(
                graph.nodes().stream().filter(n -> shown.contains(n.id())).map(MapView::drawn).toList(),
                graph.relationships().stream().filter(r -> shown.contains(r.from()) && shown.contains(r.to()))
                        .map(r -> new GraphCanvas.Edge(r.id(), r.type().name(), r.from(), r.to())).toList()));
    }

    java.util.Set<String> visible() {
        java.util.Set<NodeType> allowed = types.getValue();
        java.util.Set<String> shown = graph.nodes().stream().filter(n -> allowed.contains(n.type())).map(MapNode::id)
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

    /** How a node is drawn: barriers sized by severity, enablers by strength; stopped or resolved work faded. */
    static GraphCanvas.Node drawn(MapNode node) {
        int weight = switch (node.type()) {
            case BARRIER -> number(node, "severity");
            case ENABLER -> number(node, "strength");
            case NEED -> number(node, "priority");
            default -> 3;
        };
        boolean muted = "STOPPED".equals(node.text("stage")) || "RESOLVED".equals(node.text("status"))
                || "MITIGATED".equals(node.text("status"));
        return new GraphCanvas.Node(node.id(), node.type().label(), node.name(), muted, weight);
    }

    private static int number(MapNode node, String key) {
        return node.property(key) instanceof Number n ? n.intValue() : 3;
    }

    void showDetails(String nodeId) {
        MapNode node = byId.get(nodeId);
        details.removeAll();
        selectedId = nodeId;
        if (focus.getValue() != null && focus.getValue() > 0) {
            redraw();
        }
        canvas.select(nodeId);
        if (node == null) {
            details.add(new Paragraph("That node is no longer on the map."));
            return;
        }
        details.add(new H3(node.name()), new Paragraph(node.type().label()));
        UnorderedList properties = new UnorderedList();
        node.type().properties().forEach(spec -> {
            String value = PropertyDisplay.value(node, spec);
            if (!value.isEmpty()) {
                properties.add(new ListItem(spec.label() + ": " + value));
            }
        });
        UnorderedList connections = new UnorderedList();
        graph.relationships().forEach(r -> {
            if (r.from().equals(nodeId) && byId.containsKey(r.to())) {
                connections.add(new ListItem(r.type().verb() + " " + byId.get(r.to()).name()));
            } else if (r.to().equals(nodeId) && byId.containsKey(r.from())) {
                connections.add(new ListItem(byId.get(r.from()).name() + " " + r.type().verb() + " this"));
            }
        });
        details.add(properties, new H3("Connections (" + connections.getChildren().count() + ")"), connections);
    }

    /** The legend's types, in order: for tests. */
    static String legendText() {
        return Arrays.stream(NodeType.values()).map(NodeType::label).collect(Collectors.joining(", "));
    }
}
