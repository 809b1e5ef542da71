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
 * A map with something of everything an area can hold, for the round trips of export and import:
 * every node type (a Factor, and two catalogue programmes, one implemented and both targeting a
 * need), every kind of property (text, long text over two lines, enumeration codes, whole numbers,
 * a URL, an email, a CFIR construct, tags, ERIC strategies, and custom fields holding text, a whole
 * number, a decimal, true/false and a list), every relationship type, influences of each polarity
 * with a delay, a strength and a note, a note and a custom field on another relationship, positions
 * for some nodes only and a strong-evidence threshold other than the default. Every name is unique
 * and free of "|", so that every format can carry it as it is. Written as data, so that a test can
 * build it in memory ({@link #inMemory}) or through the services (with the catalogue's own ids).
 */
public final class RichArea {

    /** A node: its type, name, properties and place on the canvas (or null). */
    public record Node(NodeType type, String name, Map<String, Object> properties, NodePosition place) {}

    /** A relationship between two nodes named by their names. */
    public record Link(RelationshipType type, String from, String to, Map<String, Object> properties) {}

    /** The threshold of the area, not the default 3. */
    public static final String STRONG_EVIDENCE = "2+";

    private final List<Node> programmes = new ArrayList<>();
    private final List<Node> nodes = new ArrayList<>();
    private final List<Link> links = new ArrayList<>();

    /**
     * @param programmeSuffix added to the names of the two catalogue programmes, so that tests
     *     sharing a catalogue do not meet each other's programmes ("" for none)
     */
    public RichArea(String programmeSuffix) {
        String talking = "Talking Together" + programmeSuffix;
        String calm = "Calm Families" + programmeSuffix;
        programmes.add(new Node(
                NodeType.PROGRAMME,
                talking,
                Map.of("evidenceRating", "3+", "illustrative", true, "ratingSource", "Round-trip test"),
                null));
        programmes.add(new Node(
                NodeType.PROGRAMME, calm, Map.of("evidenceRating", "4", "costRating", 2L, "illustrative", true), null));
        node(
                NodeType.PERSON,
                "Ann Leader",
                new NodePosition(10, 20),
                "role",
                "LOCAL_EVIDENCE_LEADER",
                "email",
                "ann@example.org",
                "tags",
                List.of("evidence", "leadership"),
                "description",
                "Leads the evidence work.\nSecond line of notes.",
                "field.Team",
                "Early help",
                "field.Hours",
                30L);
        node(NodeType.PERSON, "Ben Broker", null, "role", "PARENT_REPRESENTATIVE");
        node(
                NodeType.ORGANISATION,
                "North Council",
                new NodePosition(-35.5, 140),
                "kind",
                "LOCAL_AUTHORITY",
                "tags",
                List.of("council"),
                "description",
                "The local authority");
        node(NodeType.ORGANISATION, "Family Hub North", null, "kind", "FAMILY_HUB");
        node(
                NodeType.INTERVENTION,
                "Talk groups",
                new NodePosition(200.25, -80),
                "stage",
                "FULL_IMPLEMENTATION",
                "reach",
                240L,
                "tags",
                List.of("language"),
                "description",
                "Weekly groups");
        node(
                NodeType.NEED,
                "Early language",
                null,
                "outcomeDomain",
                "Communication",
                "priority",
                4L,
                "description",
                "Children starting school with delayed speech");
        node(
                NodeType.BARRIER,
                "Short-term grant",
                null,
                "category",
                "FUNDING",
                "cfirConstruct",
                "C10a",
                "severity",
                4L,
                "status",
                "OPEN",
                "tags",
                List.of("funding", "capacity"),
                "description",
                "One-year money only");
        node(
                NodeType.ENABLER,
                "Pooled budget",
                null,
                "category",
                "FUNDING_AND_CAPACITY",
                "cfirConstruct",
                "C10a",
                "strength",
                4L,
                "ericStrategies",
                List.of("ACCESS_NEW_FUNDING", "IDENTIFY_AND_PREPARE_CHAMPIONS"),
                "tags",
                List.of("budget"),
                "description",
                "Health and council money together");
        node(
                NodeType.EVIDENCE,
                "Local survey",
                null,
                "kind",
                "LOCAL_DATA",
                "year",
                2024L,
                "url",
                "https://example.org/survey",
                "description",
                "Survey of 400 families");
        node(
                NodeType.FACTOR,
                "Cost of living",
                new NodePosition(0, 0),
                "domain",
                "economic",
                "tags",
                List.of("economic", "family"),
                "description",
                "Prices rising faster than incomes",
                "field.Households",
                1200L,
                "field.Share",
                0.375,
                "field.Rural",
                false,
                "field.Areas",
                List.of("north", "south"));
        node(NodeType.FACTOR, "Parental stress", null, "domain", "family");

        link(
                "Ann Leader",
                RelationshipType.WORKS_FOR,
                "North Council",
                "note",
                "Since the pilot",
                "field.Since",
                2021L);
        link("Ann Leader", RelationshipType.COLLABORATES_WITH, "Ben Broker");
        link("North Council", RelationshipType.PARTNERS_WITH, "Family Hub North");
        link("North Council", RelationshipType.COMMISSIONS, "Talk groups");
        link("Family Hub North", RelationshipType.DELIVERS, "Talk groups");
        link("Ann Leader", RelationshipType.CHAMPIONS, "Talk groups");
        link("Ben Broker", RelationshipType.CHAMPIONS, calm);
        link("Ann Leader", RelationshipType.LEADS, "Talk groups");
        link("Talk groups", RelationshipType.IMPLEMENTS, talking);
        link("Talk groups", RelationshipType.ADDRESSES, "Early language");
        link(talking, RelationshipType.TARGETS, "Early language");
        link(calm, RelationshipType.TARGETS, "Early language");
        link("Local survey", RelationshipType.INFORMS, "Talk groups");
        link("Short-term grant", RelationshipType.BLOCKS, "Talk groups");
        link("Pooled budget", RelationshipType.MITIGATES, "Short-term grant");
        link("Pooled budget", RelationshipType.SUPPORTS, "Family Hub North");
        link(
                "Cost of living",
                RelationshipType.INFLUENCES,
                "Parental stress",
                "polarity",
                "SAME",
                "delay",
                true,
                "strength",
                4L,
                "note",
                "Debt worries");
        link("Parental stress", RelationshipType.INFLUENCES, "Early language", "polarity", "OPPOSITE", "strength", 2L);
        link("Short-term grant", RelationshipType.INFLUENCES, "Cost of living", "polarity", "UNKNOWN");
        link("Parental stress", RelationshipType.INFLUENCES, "Cost of living", "polarity", "SAME", "delay", false);
    }

    private void node(NodeType type, String name, NodePosition place, Object... properties) {
        nodes.add(new Node(type, name, pairs(properties), place));
    }

    private void link(String from, RelationshipType type, String to, Object... properties) {
        links.add(new Link(type, from, to, pairs(properties)));
    }

    private static Map<String, Object> pairs(Object... properties) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int i = 0; i < properties.length; i += 2) {
            values.put((String) properties[i], properties[i + 1]);
        }
        return values;
    }

    /** The two catalogue programmes (the map uses them; an administrator makes them). */
    public List<Node> programmes() {
        return programmes;
    }

    /** The area's own nodes. */
    public List<Node> nodes() {
        return nodes;
    }

    public List<Link> links() {
        return links;
    }

    /** The area as an export writer is given it, with made-up ids. */
    public ExportedArea inMemory() {
        String areaId = "rich";
        Map<String, MapNode> byName = new LinkedHashMap<>();
        for (Node p : programmes) {
            byName.put(
                    p.name(), new MapNode("programme-" + byName.size(), p.type(), null, p.name(), 1, p.properties()));
        }
        Map<String, NodePosition> positions = new LinkedHashMap<>();
        for (Node n : nodes) {
            MapNode node = new MapNode("node-" + byName.size(), n.type(), areaId, n.name(), 0, n.properties());
            byName.put(n.name(), node);
            if (n.place() != null) {
                positions.put(node.id(), n.place());
            }
        }
        List<MapRelationship> relationships = new ArrayList<>();
        for (Link l : links) {
            relationships.add(new MapRelationship(
                    "rel-" + relationships.size(),
                    l.type(),
                    byName.get(l.from()).id(),
                    byName.get(l.to()).id(),
                    areaId,
                    l.properties()));
        }
        return new ExportedArea(
                new Area(areaId, "Rich area", null, null),
                STRONG_EVIDENCE,
                new AreaGraph(areaId, List.copyOf(byName.values()), relationships),
                positions);
    }
}
