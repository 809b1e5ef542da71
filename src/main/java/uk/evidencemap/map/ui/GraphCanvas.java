package uk.evidencemap.map.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.DomEvent;
import com.vaadin.flow.component.EventData;
import com.vaadin.flow.component.HasSize;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.dependency.JsModule;
import com.vaadin.flow.component.dependency.NpmPackage;
import com.vaadin.flow.shared.Registration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.area.MapSize;
import uk.evidencemap.map.NodeType;

/**
 * The graph canvas: Cytoscape.js wrapped in the {@code <evidence-graph>} web component of
 * frontend/components. Data goes in as properties built from records (with each node type's
 * {@link NodeStyle}); a tap on a node comes back as a {@link NodeSelectEvent}, a drag as a
 * {@link NodeMoveEvent}. It knows nothing of services or security; the view wires it.
 */
@Tag("evidence-graph")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-svg", version = "0.4.0")
@NpmPackage(value = "cytoscape-fcose", version = "2.2.0")
@NpmPackage(value = "cytoscape-dagre", version = "4.0.1")
@JsModule("./components/evidence-graph.ts")
public class GraphCanvas extends Component implements HasSize {

    /** A node as drawn: {@code type} is the label (Person, Barrier ...), {@code weight} 0-5 sizes it. */
    public record Node(String id, String type, String name, boolean muted, int weight) {}

    /**
     * A relationship as drawn: {@code type} is the relationship type's name (BLOCKS ...);
     * {@code sign} is the polarity drawn on an influence ("+", "−" or "?", see {@code Polarity#sign})
     * and empty for every other type.
     */
    public record Edge(String id, String type, String source, String target, String sign) {

        /** A relationship drawn without a sign. */
        public Edge(String id, String type, String source, String target) {
            this(id, type, source, target, "");
        }
    }

    /** What the canvas draws: nodes, and relationships between them. */
    public record Graph(List<Node> nodes, List<Edge> edges) {

        public Graph {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /**
     * The layouts the canvas offers: force-directed and grouped by type by cytoscape-fcose (grouped:
     * each type gathered in a cluster of its own), left to right by cytoscape-dagre along the
     * relationships' direction; maps of more than {@link #LARGE_FOR_FORCE} nodes are drawn in rings
     * by type instead of force-directed or grouped. Every layout gives the same picture for the same
     * nodes and relationships (fcose's random start is seeded by the node ids; decision 022).
     */
    public enum Layout {
        FORCE("force", "Force-directed"),
        GROUPED("grouped", "Grouped by type"),
        PATHS("paths", "Left to right along the relationships"),
        SAVED("saved", "Where people placed them");

        private final String code;
        private final String label;

        Layout(String code, String label) {
            this.code = code;
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /**
     * Beyond this many nodes drawn the canvas lays a "force-directed" or "grouped" map out in rings
     * by type, as fcose would hold the page too long (evidence-graph.ts, LARGE).
     */
    public static final int LARGE_FOR_FORCE = 1000;

    private List<String> highlighted = List.of();

    public GraphCanvas() {
        getElement().setAttribute("role", "img");
        getElement().setPropertyBean("typeStyles", NodeStyle.byLabel());
        addAttachListener(e -> {
            if (patched) {
                send(graph);
            }
        });
    }

    private Graph graph = new Graph(List.of(), List.of());

    /** What the canvas was last sent. */
    public Graph getGraph() {
        return graph;
    }

    public void setGraph(Graph graph) {
        send(graph);
    }

    /** What a live change alters on the canvas: only these elements are sent. */
    public record Patch(List<Node> nodes, List<String> removedNodes, List<Edge> edges, List<String> removedEdges) {

        static Patch between(Graph before, Graph after) {
            Map<String, Node> was = new HashMap<>();
            before.nodes().forEach(n -> was.put(n.id(), n));
            Set<String> nodeIds = new HashSet<>();
            List<Node> nodes = new ArrayList<>();
            for (Node n : after.nodes()) {
                nodeIds.add(n.id());
                if (!n.equals(was.get(n.id()))) {
                    nodes.add(n);
                }
            }
            Set<String> edgeIds = new HashSet<>();
            after.edges().forEach(e -> edgeIds.add(e.id()));
            Set<String> hadEdges = new HashSet<>();
            before.edges().forEach(e -> hadEdges.add(e.id()));
            return new Patch(
                    nodes,
                    before.nodes().stream()
                            .map(Node::id)
                            .filter(id -> !nodeIds.contains(id))
                            .toList(),
                    after.edges().stream()
                            .filter(e -> !hadEdges.contains(e.id()))
                            .toList(),
                    before.edges().stream()
                            .map(Edge::id)
                            .filter(id -> !edgeIds.contains(id))
                            .toList());
        }

        boolean isEmpty() {
            return nodes.isEmpty() && removedNodes.isEmpty() && edges.isEmpty() && removedEdges.isEmpty();
        }
    }

    private static final JsonMapper JSON = JsonMapper.builder().build();

    /** True when the browser holds patches on top of the graph property (sent again if the canvas is re-attached). */
    private boolean patched;

    /**
     * A live change of the graph drawn: only what changed is sent; nodes on the canvas stay where
     * they are and new ones are placed beside their neighbours, so that someone else's edit does
     * not rearrange one's map.
     */
    public void update(Graph graph) {
        Patch patch = Patch.between(this.graph, graph);
        this.graph = graph;
        if (!patch.isEmpty()) {
            patched = true;
            getElement().callJsFunction("patch", JSON.valueToTree(patch));
            label(graph);
        }
    }

    private void send(Graph graph) {
        this.graph = graph;
        patched = false;
        getElement().setPropertyBean("graph", graph);
        label(graph);
    }

    private static final String PROGRAMME = NodeType.PROGRAMME.label();

    private void label(Graph graph) {
        getElement()
                .setAttribute(
                        "aria-label",
                        // counted as on every page (MapSize): the catalogue programmes apart
                        "Graph of "
                                + MapSize.of(
                                                graph.nodes(),
                                                n -> PROGRAMME.equals(n.type()),
                                                graph.edges().size())
                                        .describe()
                                + ". The table view lists the same map.");
    }

    /** A node's place on the canvas, in the canvas's own coordinates. */
    public record Position(double x, double y) {}

    /** Places saved for nodes (by id), used by the "saved" layout. */
    public void setPositions(Map<String, Position> positions) {
        getElement().setPropertyBean("positions", positions);
    }

    /** Whether nodes can be dragged (and their new places reported by {@link NodeMoveEvent}). */
    public void setEditable(boolean editable) {
        getElement().setProperty("editable", editable);
    }

    public boolean isEditable() {
        return getElement().getProperty("editable", false);
    }

    public void setLayout(Layout layout) {
        getElement().setProperty("layout", layout.code);
    }

    public String getLayout() {
        return getElement().getProperty("layout", Layout.FORCE.code);
    }

    /**
     * Selects a node found by name and brings it into view where its label can be read (zoom at
     * least 1, its neighbours around it), scrolling the canvas into the window.
     */
    public void reveal(String nodeId) {
        select(nodeId);
        getElement().callJsFunction("reveal", nodeId);
    }

    /**
     * "Size by": node id to the chosen figure relative to the largest on the map (0-1); nodes
     * without one are drawn small. Empty: each node is sized by its own weight.
     */
    public void setSizes(Map<String, Double> sizes) {
        this.sizes = Map.copyOf(sizes);
        getElement().setPropertyMap("sizes", this.sizes);
    }

    public Map<String, Double> getSizes() {
        return sizes;
    }

    private Map<String, Double> sizes = Map.of();

    /** "Colour by community": node id to its colour ({@code #rrggbb}). Empty: each node takes its type's colour. */
    public void setColours(Map<String, String> colours) {
        this.colours = Map.copyOf(colours);
        getElement().setPropertyMap("colours", this.colours);
    }

    public Map<String, String> getColours() {
        return colours;
    }

    private Map<String, String> colours = Map.of();

    /** One entry of the exported picture's legend: its label, colour ({@code #rrggbb}) and Cytoscape.js shape. */
    public record LegendEntry(String label, String color, String shape) {}

    /**
     * What the exported PNG and SVG carry besides the map: a title (the date of saving is added under it),
     * the legend's entries, and a line saying what node sizes show (empty for none).
     */
    public void setExportLegend(String title, List<LegendEntry> legend, String note) {
        exportTitle = title;
        getElement().setProperty("exportTitle", title);
        getElement().setPropertyList("legend", List.copyOf(legend));
        getElement().setProperty("legendNote", note);
    }

    public String getExportTitle() {
        return exportTitle;
    }

    private String exportTitle = "";

    /** Highlights and centres a node (or none, for null). */
    public void select(String nodeId) {
        getElement().setProperty("selected", nodeId == null ? "" : nodeId);
    }

    /** Emphasises these nodes (and the relationships between them) and fades the rest; empty for none. */
    public void highlight(Collection<String> nodeIds) {
        highlighted = List.copyOf(nodeIds);
        getElement().setPropertyList("highlighted", highlighted);
    }

    /** Marks the nodes someone else is editing: node id to the editors' names. */
    public void setEditors(Map<String, String> editors) {
        this.editors = Map.copyOf(editors);
        getElement().setPropertyMap("editors", this.editors);
    }

    public Map<String, String> getEditors() {
        return editors;
    }

    private Map<String, String> editors = Map.of();

    public List<String> getHighlighted() {
        return highlighted;
    }

    public String getSelected() {
        return getElement().getProperty("selected", "");
    }

    public void fit() {
        getElement().callJsFunction("fit");
    }

    /** The browser saves the map as it is drawn now, as {@code png} or {@code svg}. */
    public void download(String format, String fileName) {
        if (!"png".equals(format) && !"svg".equals(format)) {
            throw new IllegalArgumentException("format must be png or svg");
        }
        getElement().callJsFunction("download", format, fileName);
    }

    public Registration addNodeSelectListener(ComponentEventListener<NodeSelectEvent> listener) {
        return addListener(NodeSelectEvent.class, listener);
    }

    public Registration addNodeMoveListener(ComponentEventListener<NodeMoveEvent> listener) {
        return addListener(NodeMoveEvent.class, listener);
    }

    /** A node's place on the canvas after a drag, in the canvas's own coordinates. */
    public record NodePlace(String id, double x, double y) {}

    /**
     * A node was dragged to a new place. The component sends the places to keep as a list of
     * {@link NodePlace}s: the dragged node's, and, when this was the first drag in a computed
     * layout, every node's, so that the whole arrangement is kept.
     */
    @DomEvent("node-move")
    public static class NodeMoveEvent extends ComponentEvent<GraphCanvas> {

        private final String nodeId;
        private final List<NodePlace> places;

        public NodeMoveEvent(
                GraphCanvas source,
                boolean fromClient,
                @EventData("event.detail.id") String nodeId,
                @EventData("event.detail.places") NodePlace[] places) {
            super(source, fromClient);
            this.nodeId = nodeId;
            this.places = places == null ? List.of() : List.of(places);
        }

        /** The node dragged. */
        public String nodeId() {
            return nodeId;
        }

        /** The places to keep: the dragged node's, and after the first drag in a computed layout every node's. */
        public List<NodePlace> places() {
            return places;
        }
    }

    /** A node was tapped or clicked on the canvas. */
    @DomEvent("node-select")
    public static class NodeSelectEvent extends ComponentEvent<GraphCanvas> {

        private final String nodeId;

        public NodeSelectEvent(GraphCanvas source, boolean fromClient, @EventData("event.detail.id") String nodeId) {
            super(source, fromClient);
            this.nodeId = nodeId;
        }

        public String nodeId() {
            return nodeId;
        }
    }
}
