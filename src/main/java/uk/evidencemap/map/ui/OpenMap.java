package uk.evidencemap.map.ui;

import com.vaadin.collaborationengine.UserInfo;
import java.io.Serializable;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.evidencemap.area.Area;
import uk.evidencemap.collaboration.CommentService;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;

/**
 * What the map page holds while it is open, shared by its parts: the area, its map (as read, or
 * as rebuilt for a past moment), the selected node, what the person may do, who else is editing
 * which node and which comments are unread. It holds no components.
 */
final class OpenMap implements Serializable {

    private Area area;
    private AreaGraph graph;
    private Map<String, MapNode> byId = new HashMap<>();
    private String selectedId;
    private boolean editable;
    private Instant pastAt;
    private UserInfo me;
    private Map<String, String> beingEdited = Map.of();
    private Map<String, CommentService.Unread> unread = Map.of();

    /** Opens the page on {@code area}: at a past moment ({@code pastAt}) or live (null), for {@code me}. */
    void enter(Area area, Instant pastAt, boolean editable, UserInfo me) {
        this.area = area;
        this.pastAt = pastAt;
        this.editable = editable;
        this.me = me;
    }

    /** The area shown; null before the page is entered. */
    Area area() {
        return area;
    }

    String areaId() {
        return area.id();
    }

    /** The map held; null before the first is read. */
    AreaGraph graph() {
        return graph;
    }

    void setGraph(AreaGraph graph) {
        this.graph = graph;
        byId = graph.nodes().stream().collect(Collectors.toMap(MapNode::id, Function.identity()));
    }

    /** The node of this id on the map held, or null. */
    MapNode node(String id) {
        return byId.get(id);
    }

    boolean has(String id) {
        return byId.containsKey(id);
    }

    /** The id of the node whose details are shown; null for none. */
    String selectedId() {
        return selectedId;
    }

    void select(String nodeId) {
        selectedId = nodeId;
    }

    /** Whether this person may change the map here (never on a past map). */
    boolean editable() {
        return editable;
    }

    /** The past moment shown ({@code ?at=}); null for the live map. */
    Instant pastAt() {
        return pastAt;
    }

    boolean isPast() {
        return pastAt != null;
    }

    /** This person, as Collaboration Kit knows them. */
    UserInfo me() {
        return me;
    }

    /** Others editing nodes now: node id to their names. */
    Map<String, String> beingEdited() {
        return beingEdited;
    }

    void setBeingEdited(Map<String, String> editors) {
        beingEdited = editors;
    }

    /** Comments by others not read yet on a node or relationship of this id, or null. */
    CommentService.Unread unread(String id) {
        return unread.get(id);
    }

    void setUnread(Map<String, CommentService.Unread> unread) {
        this.unread = unread;
    }

    /** Counts the comments on a node as read (its panel is open); true when any were unread. */
    boolean markRead(String id) {
        if (!unread.containsKey(id)) {
            return false;
        }
        unread = new HashMap<>(unread);
        unread.remove(id);
        return true;
    }
}
