package uk.evidencemap;

import java.util.HashMap;
import java.util.Map;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.SystemUser;

/**
 * A small map built in a test area through the map service (so with its validation), as the
 * system, whoever the test acts as; nodes are known by their names. Made by {@link TestAreas#map}.
 */
public final class TestMap {

    private final String areaId;
    private final MapService map;
    private final SystemUser system;
    private final Map<String, MapNode> byName = new HashMap<>();

    TestMap(String areaId, MapService map, SystemUser system) {
        this.areaId = areaId;
        this.map = map;
        this.system = system;
    }

    /** Adds a node; {@code properties} are pairs of name and value. */
    public TestMap node(NodeType type, String name, Object... properties) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            values.put((String) properties[i], properties[i + 1]);
        }
        byName.put(name, system.call(() -> map.createNode(areaId, new NodeDraft(type, name, values))));
        return this;
    }

    /** Makes a node from elsewhere (a catalogue programme) known here by its name. */
    public TestMap use(MapNode node) {
        byName.put(node.name(), node);
        return this;
    }

    /** Connects two nodes by their names. */
    public TestMap link(String from, RelationshipType type, String to) {
        system.run(() -> map.createRelationship(
                areaId, new RelationshipDraft(type, get(from).id(), get(to).id(), Map.of())));
        return this;
    }

    public MapNode get(String name) {
        MapNode node = byName.get(name);
        if (node == null) {
            throw new IllegalArgumentException("No node '" + name + "' on this test map");
        }
        return node;
    }

    /** The nodes made on this test map, in no order. */
    public java.util.List<MapNode> nodes() {
        return java.util.List.copyOf(byName.values());
    }
}
