package uk.evidencemap.map;

import java.util.List;
import java.util.Map;

/**
 * Many nodes and relationships to add to an area at once (an import), written by {@link
 * MapImportService#importGraph} in one transaction as one change.
 *
 * @param source a name for where they come from, shown in the area's history (e.g. the file name)
 * @param nodes  the nodes, each with a key unique in the draft; a node with an {@code existingId}
 *               is one already on the map (or in the catalogue) that relationships may use: it is
 *               neither created nor changed
 * @param links  the relationships, between node keys of this draft
 */
public record GraphDraft(String source, List<Node> nodes, List<Link> links) {

    public GraphDraft {
        nodes = List.copyOf(nodes);
        links = List.copyOf(links);
    }

    /**
     * A node to create, or to use as it is.
     *
     * @param key        the draft's own key for it
     * @param existingId the id of the node of the area (or catalogue programme) it stands for, or
     *                   null for a node to create
     * @param x          where it goes on the canvas (canvas units), or null to let the layout place it
     * @param y          as {@code x}
     */
    public record Node(
            String key,
            NodeType type,
            String name,
            Map<String, Object> properties,
            Double x,
            Double y,
            String existingId) {

        public Node {
            properties = properties == null ? Map.of() : properties;
        }
    }

    /** A relationship to create from the node keyed {@code from} to the node keyed {@code to}. */
    public record Link(RelationshipType type, String from, String to, Map<String, Object> properties) {

        public Link {
            properties = properties == null ? Map.of() : properties;
        }
    }
}
