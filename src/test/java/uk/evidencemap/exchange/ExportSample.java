package uk.evidencemap.exchange;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.evidencemap.area.Area;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipType;

/**
 * A hand-built map for the writers' tests: one node of every node type there is (so a new type is
 * in it without a change here), a catalogue programme, a name with {@code <&"'>} and non-Latin
 * letters, two people of the same name and a name shared by an organisation and an intervention,
 * every kind of property value (text, whole number, decimal, boolean, list, multi-line text and
 * custom fields), influences of each polarity, and positions for some nodes only.
 */
final class ExportSample {

    static final String AWKWARD_NAME = "Zoë <Ward> & \"Co\" 'Trust' — 北区 Фонд";
    static final String AREA_ID = "northshire";

    private ExportSample() {}

    static ExportedArea area() {
        List<MapNode> nodes = new ArrayList<>();
        for (NodeType type : NodeType.values()) {
            String areaId = type.areaScoped() ? AREA_ID : null;
            nodes.add(new MapNode("t-" + type.label(), type, areaId, "A " + type.label(), 0, Map.of()));
        }
        nodes.add(node("awkward", NodeType.PERSON, AWKWARD_NAME, "role", "COMMISSIONER", "email", "zoe@example.org"));
        nodes.add(node("sam-1", NodeType.PERSON, "Sam Lee", "role", "PRACTITIONER"));
        nodes.add(node("sam-2", NodeType.PERSON, "sam lee", "role", "RESEARCHER"));
        nodes.add(node("hub-org", NodeType.ORGANISATION, "Family Hub", "kind", "FAMILY_HUB"));
        nodes.add(node(
                "hub-intervention",
                NodeType.INTERVENTION,
                "Family Hub",
                "stage",
                "FULL_IMPLEMENTATION",
                "reach",
                1200L,
                "description",
                "Two lines:\nfirst, then second"));
        nodes.add(new MapNode(
                "programme",
                NodeType.PROGRAMME,
                null,
                "Talking Together",
                3,
                Map.of("evidenceRating", "3+", "illustrative", true, "costRating", 2L)));
        nodes.add(node(
                "barrier",
                NodeType.BARRIER,
                "Short-term grant | pilot",
                "category",
                "FUNDING",
                "severity",
                4L,
                "status",
                "OPEN",
                "tags",
                List.of("funding", "capacity")));
        nodes.add(node(
                "custom",
                NodeType.NEED,
                "Early language",
                "priority",
                5L,
                "field.Population",
                212_000L,
                "field.Share",
                0.375,
                "field.Rural",
                false,
                "field.Notes",
                "=cmd|' /C calc'!A0",
                "tags",
                List.of("language")));
        nodes.add(node("enabler", NodeType.ENABLER, "Shared rota", "category", "FUNDING_AND_CAPACITY", "strength", 3L));

        List<MapRelationship> relationships = List.of(
                relationship("r-works", RelationshipType.WORKS_FOR, "awkward", "hub-org", Map.of()),
                relationship("r-collab", RelationshipType.COLLABORATES_WITH, "sam-1", "sam-2", Map.of()),
                relationship("r-delivers", RelationshipType.DELIVERS, "hub-org", "hub-intervention", Map.of()),
                relationship("r-implements", RelationshipType.IMPLEMENTS, "hub-intervention", "programme", Map.of()),
                relationship("r-addresses", RelationshipType.ADDRESSES, "hub-intervention", "custom", Map.of()),
                relationship("r-blocks", RelationshipType.BLOCKS, "barrier", "hub-intervention", Map.of()),
                relationship("r-mitigates", RelationshipType.MITIGATES, "enabler", "barrier", Map.of()),
                relationship(
                        "r-same",
                        RelationshipType.INFLUENCES,
                        "enabler",
                        "hub-intervention",
                        Map.of(
                                "polarity",
                                "SAME",
                                "delay",
                                true,
                                "strength",
                                4L,
                                "note",
                                "Less turnover, more reach",
                                "tags",
                                List.of("workforce"))),
                relationship(
                        "r-opposite",
                        RelationshipType.INFLUENCES,
                        "enabler",
                        "hub-org",
                        Map.of("polarity", "OPPOSITE", "delay", false)),
                relationship("r-champions", RelationshipType.CHAMPIONS, "sam-1", "programme", Map.of()),
                relationship(
                        "r-unknown",
                        RelationshipType.INFLUENCES,
                        "t-Factor",
                        "custom",
                        Map.of("polarity", "UNKNOWN", "field.Source", "survey")));

        Map<String, NodePosition> positions = new LinkedHashMap<>();
        positions.put("awkward", new NodePosition(-120.5, 40.25));
        positions.put("hub-org", new NodePosition(300, -75));
        positions.put("custom", new NodePosition(0, 0));
        return new ExportedArea(
                new Area(AREA_ID, "Northshire Council", "E06000999", "North East"),
                "3",
                new AreaGraph(AREA_ID, nodes, relationships),
                positions);
    }

    private static MapNode node(String id, NodeType type, String name, Object... properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            values.put((String) properties[i], properties[i + 1]);
        }
        return new MapNode(id, type, AREA_ID, name, 1, values);
    }

    private static MapRelationship relationship(
            String id, RelationshipType type, String from, String to, Map<String, Object> properties) {
        return new MapRelationship(id, type, from, to, AREA_ID, properties);
    }
}
