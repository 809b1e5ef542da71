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
import java.util.List;

/**
 * The graph canvas: Cytoscape.js wrapped in the {@code <evidence-graph>} web component of
 * frontend/components. Data goes in as properties built from records; a tap on a node comes back
 * as a {@link NodeSelectEvent}. It knows nothing of services or security; the view wires it.
 */
@Tag("evidence-graph")
@NpmPackage(value = "cytoscape", version = "3.34.4")
@NpmPackage(value = "cytoscape-svg", version = "0.4.0")
@JsModule("./components/evidence-graph.ts")
public class GraphCanvas extends Component implements HasSize {

    /** A node as drawn: {@code type} is the label (Person, Barrier ...), {@code weight} 0-5 sizes it. */
    public record Node(String id, String type, String name, boolean muted, int weight) {}

    public record Edge(String id, String type, String source, String target) {}

    public record Graph(List<Node> nodes, List<Edge> edges) {

        public Graph {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /** The layouts the canvas offers. */
    public enum Layout {
        FORCE("force", "Force-directed"),
        GROUPED("grouped", "Grouped by type"),
        PATHS("paths", "Left to right"),
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

    private List<String> highlighted = List.of();

    public GraphCanvas() {
        getElement().setAttribute("role", "img");
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
            java.util.Map<String, Node> was = new java.util.HashMap<>();
            before.nodes().forEach(n -> was.put(n.id(), n));
            java.util.Set<String> nodeIds = new java.util.HashSet<>();
            List<Node> nodes = new java.util.ArrayList<>();
            for (Node n : after.nodes()) {
                nodeIds.add(n.id());
                if (!n.equals(was.get(n.id()))) {
                    nodes.add(n);
                }
            }
            java.util.Set<String> edgeIds = new java.util.HashSet<>();
            after.edges().forEach(e -> edgeIds.add(e.id()));
            java.util.Set<String> hadEdges = new java.util.HashSet<>();
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

    private static final tools.jackson.databind.json.JsonMapper JSON =
            tools.jackson.databind.json.JsonMapper.builder().build();

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

    private void label(Graph graph) {
        getElement()
                .setAttribute(
                        "aria-label",
                        "Graph of " + graph.nodes().size() + " nodes and "
                                + graph.edges().size() + " relationships. The table view lists the same map.");
    }

    /** A node's place on the canvas, in the canvas's own coordinates. */
    public record Position(double x, double y) {}

    /** Places saved for nodes (by id), used by the "saved" layout. */
    public void setPositions(java.util.Map<String, Position> positions) {
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

    /** Highlights and centres a node (or none, for null). */
    public void select(String nodeId) {
        getElement().setProperty("selected", nodeId == null ? "" : nodeId);
    }

    /** Emphasises these nodes (and the relationships between them) and fades the rest; empty for none. */
    public void highlight(java.util.Collection<String> nodeIds) {
        highlighted = List.copyOf(nodeIds);
        getElement().setPropertyList("highlighted", highlighted);
    }

    /** Marks the nodes someone else is editing: node id to the editors' names. */
    public void setEditors(java.util.Map<String, String> editors) {
        this.editors = java.util.Map.copyOf(editors);
        getElement().setPropertyMap("editors", this.editors);
    }

    public java.util.Map<String, String> getEditors() {
        return editors;
    }

    private java.util.Map<String, String> editors = java.util.Map.of();

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

    /** A node was dragged to a new place. */
    @DomEvent("node-move")
    public static class NodeMoveEvent extends ComponentEvent<GraphCanvas> {

        private final String nodeId;
        private final double x;
        private final double y;
        private final String all;

        public NodeMoveEvent(
                GraphCanvas source,
                boolean fromClient,
                @EventData("event.detail.id") String nodeId,
                @EventData("event.detail.x") double x,
                @EventData("event.detail.y") double y,
                @EventData("event.detail.all") String all) {
            super(source, fromClient);
            this.nodeId = nodeId;
            this.x = x;
            this.y = y;
            this.all = all == null ? "" : all;
        }

        /**
         * Every node's place as JSON ({@code {"id": {"x": 1, "y": 2}, ...}}) when this was the first
         * drag in a computed layout, so that the whole arrangement is kept; empty otherwise.
         */
        public String allPositions() {
            return all;
        }

        public String nodeId() {
            return nodeId;
        }

        public double x() {
            return x;
        }

        public double y() {
            return y;
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
