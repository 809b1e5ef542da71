package uk.evidencemap.map.ui;

import java.util.List;

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
    public record Node(String id, String type, String name, boolean muted, int weight) {
    }

    public record Edge(String id, String type, String source, String target) {
    }

    public record Graph(List<Node> nodes, List<Edge> edges) {

        public Graph {
            nodes = List.copyOf(nodes);
            edges = List.copyOf(edges);
        }
    }

    /** The layouts the canvas offers. */
    public enum Layout {
        FORCE("force", "Force-directed"), GROUPED("grouped", "Grouped by type"), PATHS("paths", "Left to right");

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
    }

    public void setGraph(Graph graph) {
        getElement().setPropertyBean("graph", graph);
        getElement().setAttribute("aria-label", "Graph of " + graph.nodes().size() + " nodes and "
                + graph.edges().size() + " relationships. The table view lists the same map.");
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
