package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.map.AreaGraph;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodePlacesService;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.taxonomy.Coded;
import uk.evidencemap.taxonomy.EvidenceRating;

/**
 * An area with something of everything ({@link RichArea}) exported through the API in each format
 * and imported through the API into an empty area: from the product's JSON the same area comes
 * back (only ids and versions differ); from every other format that can be imported, every node
 * and relationship, and what that format carries (docs/exchange-format.md, "Round trips").
 */
@IntegrationTest
class ExchangeRoundTripIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers testUsers;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    MapService map;

    @Autowired
    NodePlacesService places;

    @Autowired
    AreaService areas;

    RichArea rich;
    AreaWithUsers source;
    final Map<String, String> ids = new HashMap<>();
    final List<String> programmes = new ArrayList<>();

    /** Built through the services, as the test's administrator; the catalogue programmes made for it. */
    @BeforeEach
    void aRichArea() {
        rich = new RichArea(" " + UUID.randomUUID().toString().substring(0, 8));
        source = testAreas.withUsers();
        for (RichArea.Node p : rich.programmes()) {
            MapNode made = catalogue.create(p.name(), p.properties());
            programmes.add(made.id());
            ids.put(p.name(), made.id());
        }
        Map<String, NodePosition> placed = new HashMap<>();
        for (RichArea.Node n : rich.nodes()) {
            MapNode made = map.createNode(source.id(), new NodeDraft(n.type(), n.name(), n.properties()));
            ids.put(n.name(), made.id());
            if (n.place() != null) {
                placed.put(made.id(), n.place());
            }
        }
        for (RichArea.Link l : rich.links()) {
            map.createRelationship(
                    source.id(), new RelationshipDraft(l.type(), ids.get(l.from()), ids.get(l.to()), l.properties()));
        }
        places.savePositions(source.id(), placed);
        areas.setStrongEvidence(
                source.id(),
                Coded.byCode(EvidenceRating.class, RichArea.STRONG_EVIDENCE).orElseThrow());
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        programmes.forEach(testAreas::deleteProgramme);
        testUsers.deleteAll();
    }

    private byte[] export(AreaWithUsers area, String format) {
        Map.Entry<Integer, byte[]> file =
                Http.basic(port, area.viewer()).bytes("/api/areas/" + area.id() + "/export?format=" + format);
        assertThat(file.getKey()).as(format).isEqualTo(200);
        return file.getValue();
    }

    /** Imports the file into the area as its editor; the report. */
    private JsonNode importInto(AreaWithUsers area, String format, byte[] file) {
        Http.Response response = Http.basic(port, area.editor())
                .postBytes("/api/areas/" + area.id() + "/import?format=" + format, file, "application/octet-stream");
        assertThat(response.status()).as(response.raw()).isEqualTo(200);
        return response.body();
    }

    @Test
    void anAreaExportedAsJsonAndImportedIntoAnEmptyAreaIsTheSameArea() {
        // two people of one name, told apart by their ids only, each with a relationship of their own
        MapNode first =
                map.createNode(source.id(), new NodeDraft(NodeType.PERSON, "Sam Lee", Map.of("role", "PRACTITIONER")));
        MapNode second =
                map.createNode(source.id(), new NodeDraft(NodeType.PERSON, "Sam Lee", Map.of("role", "RESEARCHER")));
        map.createRelationship(
                source.id(),
                new RelationshipDraft(RelationshipType.WORKS_FOR, first.id(), ids.get("North Council"), Map.of()));
        map.createRelationship(
                source.id(),
                new RelationshipDraft(RelationshipType.WORKS_FOR, second.id(), ids.get("Family Hub North"), Map.of()));
        byte[] exported = export(source, "json");
        AreaWithUsers copy = testAreas.withUsers();

        JsonNode report = importInto(copy, "json", exported);

        assertThat(report.at("/skipped")).as(report.toString()).isEmpty();
        assertThat(report.at("/created/nodes").asInt()).isEqualTo(rich.nodes().size() + 2);
        assertThat(report.at("/matched").asInt()).isEqualTo(rich.programmes().size());
        assertThat(report.at("/created/relationships").asInt())
                .isEqualTo(rich.links().size() + 2);
        assertThat(report.at("/warnings").toString())
                .contains("the area's strong-evidence threshold was set to 2+, as in the file (it was 3)");
        Map<String, List<String>> before = canonical(exported);
        Map<String, List<String>> after = canonical(export(copy, "json"));
        assertThat(after.get("nodes")).containsExactlyElementsOf(before.get("nodes"));
        assertThat(after.get("relationships")).containsExactlyElementsOf(before.get("relationships"));
        assertThat(after.get("strongEvidence")).containsExactly(RichArea.STRONG_EVIDENCE);
        assertThat(before.get("nodes"))
                .hasSize(rich.programmes().size() + rich.nodes().size() + 2);
    }

    @Test
    void theSameFileImportedAgainIntoItsOwnAreaBringsNothingNewAndSaysWhy() {
        byte[] exported = export(source, "json");
        Http editor = Http.basic(port, source.editor());
        String path = "/api/areas/" + source.id() + "/import?format=json";

        Http.Response dry = editor.postBytes(path + "&dryRun=true", exported, "application/json");

        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().at("/created/nodes").asInt()).isZero();
        assertThat(dry.body().at("/created/relationships").asInt()).isZero();
        assertThat(dry.body().at("/matched").asInt())
                .isEqualTo(rich.nodes().size() + rich.programmes().size());
        assertThat(dry.body().at("/skipped")).hasSize(rich.links().size());
        dry.body()
                .at("/skipped")
                .forEach(s -> assertThat(s.at("/reason").asString()).endsWith("is on the map already"));

        Http.Response real = editor.postBytes(path, exported, "application/json");

        assertThat(real.status()).as(real.raw()).isEqualTo(422);
        assertThat(real.body().at("/details/0/message").asString())
                .startsWith("brings nothing new: its "
                        + (rich.nodes().size() + rich.programmes().size()) + " elements are on the map already: "
                        + rich.links().size() + " rows skipped");
        assertThat(map.graph(source.id()).relationships()).hasSize(rich.links().size());
    }

    /**
     * The product's JSON without what may differ: node and relationship ids (ends named by their
     * node's type, name and properties instead) and versions; nodes and relationships sorted.
     */
    private static Map<String, List<String>> canonical(byte[] file) {
        JsonNode root = JSON.readTree(file);
        Map<String, String> ends = new HashMap<>();
        List<String> nodes = new ArrayList<>();
        for (JsonNode node : root.get("nodes")) {
            ObjectNode copy = (ObjectNode) node.deepCopy();
            copy.remove("id");
            copy.remove("version");
            nodes.add(copy.toString());
            ends.put(
                    node.get("id").asString(),
                    node.get("type").asString() + " '" + node.get("name").asString() + "' " + node.get("properties"));
        }
        List<String> relationships = new ArrayList<>();
        for (JsonNode relationship : root.get("relationships")) {
            ObjectNode copy = (ObjectNode) relationship.deepCopy();
            copy.remove("id");
            copy.put("from", ends.get(relationship.get("from").asString()));
            copy.put("to", ends.get(relationship.get("to").asString()));
            relationships.add(copy.toString());
        }
        nodes.sort(null);
        relationships.sort(null);
        return Map.of(
                "nodes", nodes,
                "relationships", relationships,
                "strongEvidence", List.of(root.at("/area/strongEvidence").asString()));
    }

    /**
     * Every other format that can be imported: the same nodes (by type and name), relationships (by
     * type and ends), influence polarities, properties and places, as far as the format carries them
     * (what it does not is written out below, as in docs/exchange-format.md).
     */
    @ParameterizedTest
    @ValueSource(strings = {"graphml", "gexf", "kumu-xlsx", "kumu-json", "csv-zip"})
    void everyFormatThatCanBeImportedComesBackWithWhatItCarries(String format) {
        AreaWithUsers copy = testAreas.withUsers();

        JsonNode report = importInto(copy, format, export(source, format));

        assertThat(report.at("/skipped")).as(report.toString()).isEmpty();
        assertThat(report.at("/created/nodes").asInt()).isEqualTo(rich.nodes().size());
        assertThat(report.at("/matched").asInt()).isEqualTo(rich.programmes().size());
        AreaGraph was = map.graph(source.id());
        AreaGraph is = map.graph(copy.id());
        assertThat(countBy(is.nodes(), n -> n.type().label()))
                .isEqualTo(countBy(was.nodes(), n -> n.type().label()));
        assertThat(namesByType(is)).isEqualTo(namesByType(was));
        assertThat(countBy(is.relationships(), r -> r.type().name()))
                .isEqualTo(countBy(was.relationships(), r -> r.type().name()));
        assertThat(influences(is)).containsExactlyInAnyOrderElementsOf(influences(was));
        assertThat(nodeProperties(is)).isEqualTo(carried(format, nodeProperties(was)));
        assertThat(relationshipProperties(is)).isEqualTo(carriedOnRelationships(format, relationshipProperties(was)));

        Map<String, NodePosition> placedBefore = byName(was, places.positions(source.id()));
        Map<String, NodePosition> placedAfter = byName(is, places.positions(copy.id()));
        switch (format) {
            // Kumu's workbook has no place for positions
            case "kumu-xlsx" -> assertThat(placedAfter).isEmpty();
            // the Kumu project lays every node on its map: the placed where they were, the others in a grid
            case "kumu-json" -> {
                assertThat(placedAfter).containsAllEntriesOf(placedBefore);
                assertThat(placedAfter).hasSize(rich.nodes().size());
            }
            default -> assertThat(placedAfter).isEqualTo(placedBefore);
        }
        // only the product's own files carry the area's threshold: its JSON and its GraphML
        assertThat(areas.strongEvidence(copy.id()).code()).isEqualTo(format.equals("graphml") ? "2+" : "3");
    }

    private static <T> Map<String, Long> countBy(List<T> items, Function<T, String> key) {
        return items.stream().collect(Collectors.groupingBy(key, TreeMap::new, Collectors.counting()));
    }

    private static Map<String, List<String>> namesByType(AreaGraph graph) {
        Map<String, List<String>> names = new TreeMap<>();
        graph.nodes()
                .forEach(n -> names.computeIfAbsent(n.type().label(), t -> new ArrayList<>())
                        .add(n.name()));
        names.values().forEach(list -> list.sort(null));
        return names;
    }

    private static String name(AreaGraph graph, String id) {
        return graph.nodes().stream()
                .filter(n -> n.id().equals(id))
                .findFirst()
                .map(MapNode::name)
                .orElseThrow();
    }

    private static List<String> influences(AreaGraph graph) {
        return graph.relationships().stream()
                .filter(r -> r.type() == RelationshipType.INFLUENCES)
                .map(r -> name(graph, r.from()) + " > " + name(graph, r.to()) + " "
                        + r.properties().get("polarity"))
                .toList();
    }

    /** Each node's properties by its type and name, each value with its Java type. */
    private static Map<String, Map<String, String>> nodeProperties(AreaGraph graph) {
        Map<String, Map<String, String>> properties = new TreeMap<>();
        graph.nodes().forEach(n -> properties.put(n.type().label() + " " + n.name(), typed(n.properties())));
        return properties;
    }

    private static Map<String, Map<String, String>> relationshipProperties(AreaGraph graph) {
        Map<String, Map<String, String>> properties = new TreeMap<>();
        for (MapRelationship r : graph.relationships()) {
            properties.put(name(graph, r.from()) + " " + r.type() + " " + name(graph, r.to()), typed(r.properties()));
        }
        return properties;
    }

    private static Map<String, String> typed(Map<String, Object> properties) {
        Map<String, String> typed = new TreeMap<>();
        properties.forEach((key, value) -> typed.put(
                key,
                value instanceof List<?> ? "List" + value : value.getClass().getSimpleName() + ":" + value));
        return typed;
    }

    /**
     * The nodes' properties as the format brings them back: GraphML and GEXF have no lists, so a
     * custom field holding a list comes back as its items joined with "|" (tags and ERIC strategies,
     * which the model knows to be lists, come back as lists).
     */
    private Map<String, Map<String, String>> carried(String format, Map<String, Map<String, String>> properties) {
        if (!format.equals("graphml") && !format.equals("gexf")) {
            return properties;
        }
        Map<String, Map<String, String>> carried = new TreeMap<>();
        properties.forEach((node, values) -> {
            Map<String, String> each = new TreeMap<>(values);
            each.replaceAll((key, value) -> key.startsWith("field.") && value.startsWith("List")
                    ? "String:"
                            + value.substring(value.indexOf('[') + 1, value.length() - 1)
                                    .replace(", ", "|")
                    : value);
            carried.put(node, each);
        });
        return carried;
    }

    /**
     * The relationships' properties as the format brings them back: Kumu marks a delayed connection
     * and nothing else, so an influence's "delay: false" comes back from its project as no delay.
     */
    private Map<String, Map<String, String>> carriedOnRelationships(
            String format, Map<String, Map<String, String>> properties) {
        if (!format.equals("kumu-json")) {
            return properties;
        }
        Map<String, Map<String, String>> carried = new TreeMap<>();
        properties.forEach((relationship, values) -> {
            Map<String, String> each = new TreeMap<>(values);
            each.remove("delay", "Boolean:false");
            carried.put(relationship, each);
        });
        return carried;
    }

    private static Map<String, NodePosition> byName(AreaGraph graph, Map<String, NodePosition> positions) {
        Map<String, NodePosition> named = new LinkedHashMap<>();
        positions.forEach((id, place) -> named.put(name(graph, id), place));
        return named;
    }
}
