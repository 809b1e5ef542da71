package uk.evidencemap.analysis;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/** Hand-built maps for testing the analyses: node ids are the names given. */
final class MapBuilder {

    private final Map<String, MapNode> nodes = new LinkedHashMap<>();
    private final List<MapRelationship> relationships = new ArrayList<>();

    /** A need met by a strong programme in delivery, with everything around it in order. */
    static MapBuilder healthy() {
        return new MapBuilder()
                .person("Leader", "LOCAL_EVIDENCE_LEADER")
                .org("Council")
                .org("Hub")
                .intervention("IY groups", "FULL_IMPLEMENTATION")
                .programme("Incredible Years", "4+")
                .need("Behaviour", 4)
                .rel(
                        "Leader WORKS_FOR Council",
                        "Council COMMISSIONS IY groups",
                        "Hub DELIVERS IY groups",
                        "IY groups IMPLEMENTS Incredible Years",
                        "IY groups ADDRESSES Behaviour",
                        "Incredible Years TARGETS Behaviour",
                        "Leader CHAMPIONS IY groups");
    }

    MapBuilder node(NodeType type, String name, Object... properties) {
        Map<String, Object> values = new HashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            Object value = properties[i + 1];
            values.put((String) properties[i], value instanceof Integer n ? n.longValue() : value);
        }
        nodes.put(name, new MapNode(name, type, type == NodeType.PROGRAMME ? null : "a", name, 0, values));
        return this;
    }

    MapBuilder person(String name, String role) {
        return node(NodeType.PERSON, name, "role", role);
    }

    MapBuilder org(String name) {
        return node(NodeType.ORGANISATION, name, "kind", "FAMILY_HUB");
    }

    MapBuilder intervention(String name, String stage) {
        return node(NodeType.INTERVENTION, name, "stage", stage);
    }

    MapBuilder programme(String name, String rating) {
        return node(NodeType.PROGRAMME, name, "evidenceRating", rating);
    }

    MapBuilder need(String name, int priority) {
        return node(NodeType.NEED, name, "priority", priority);
    }

    MapBuilder barrier(String name, String category, int severity, String status) {
        return node(NodeType.BARRIER, name, "category", category, "severity", severity, "status", status);
    }

    MapBuilder enabler(String name, String category) {
        return node(NodeType.ENABLER, name, "category", category, "strength", 3);
    }

    /** Shows the node made as {@code id} under another name (two nodes may share a name; ids never). */
    MapBuilder called(String id, String name) {
        MapNode node = nodes.get(id);
        nodes.put(id, new MapNode(id, node.type(), node.areaId(), name, node.version(), node.properties()));
        return this;
    }

    /** Relationships as "from TYPE to" lines. */
    MapBuilder rel(String... lines) {
        for (String line : lines) {
            String types =
                    Arrays.stream(RelationshipType.values()).map(Enum::name).collect(Collectors.joining("|"));
            var match = Pattern.compile("^(.+?) (" + types + ") (.+)$").matcher(line);
            if (!match.matches()) {
                throw new IllegalArgumentException("not 'from TYPE to': " + line);
            }
            String[] parts = {match.group(1), match.group(2), match.group(3)};
            if (!nodes.containsKey(parts[0]) || !nodes.containsKey(parts[2])) {
                throw new IllegalArgumentException("unknown node in " + line);
            }
            relationships.add(new MapRelationship(
                    "r" + relationships.size(), RelationshipType.valueOf(parts[1]), parts[0], parts[2], "a", Map.of()));
        }
        return this;
    }

    AreaGraph build() {
        return new AreaGraph("a", List.copyOf(nodes.values()), relationships);
    }
}
