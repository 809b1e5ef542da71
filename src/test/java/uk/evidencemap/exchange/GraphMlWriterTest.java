package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.AttributeType;
import org.jgrapht.nio.graphml.GraphMLImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphMlWriterTest {

    private final ExportedArea sample = ExportSample.area();

    private byte[] written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GraphMlWriter().write(sample, out);
        return out.toByteArray();
    }

    @Test
    void jgraphtReadsEveryNodeEdgeAndAttributeAgainstTheGraphMlSchema() throws Exception {
        var graph = new DirectedPseudograph<String, DefaultEdge>(DefaultEdge.class);
        Map<String, Map<String, Attribute>> nodes = new HashMap<>();
        Map<DefaultEdge, Map<String, Attribute>> edges = new HashMap<>();
        GraphMLImporter<String, DefaultEdge> importer = new GraphMLImporter<>();
        importer.setSchemaValidation(true);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer(
                (vertexAndKey, value) -> nodes.computeIfAbsent(vertexAndKey.getFirst(), v -> new HashMap<>())
                        .put(vertexAndKey.getSecond(), value));
        importer.addEdgeAttributeConsumer(
                (edgeAndKey, value) -> edges.computeIfAbsent(edgeAndKey.getFirst(), e -> new HashMap<>())
                        .put(edgeAndKey.getSecond(), value));
        importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(written()), StandardCharsets.UTF_8));

        assertThat(graph.vertexSet()).hasSize(sample.graph().nodes().size());
        assertThat(graph.edgeSet()).hasSize(sample.graph().relationships().size());

        Map<String, Attribute> awkward = nodes.get("awkward");
        assertThat(awkward.get("name").getValue()).isEqualTo(ExportSample.AWKWARD_NAME);
        assertThat(awkward.get("label").getValue()).isEqualTo(ExportSample.AWKWARD_NAME);
        assertThat(awkward.get("type").getValue()).isEqualTo("Person");
        assertThat(awkward.get("x").getValue()).isEqualTo("-120.5");
        assertThat(awkward.get("x").getType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(awkward.get("email").getValue()).isEqualTo("zoe@example.org");

        Map<String, Attribute> custom = nodes.get("custom");
        assertThat(custom.get("field.Population").getType()).isEqualTo(AttributeType.LONG);
        assertThat(custom.get("field.Population").getValue()).isEqualTo("212000");
        assertThat(custom.get("field.Share").getType()).isEqualTo(AttributeType.DOUBLE);
        assertThat(custom.get("field.Rural").getType()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(custom.get("field.Rural").getValue()).isEqualTo("false");
        assertThat(custom.get("tags").getValue()).isEqualTo("language");

        assertThat(nodes.get("barrier").get("tags").getValue()).isEqualTo("funding|capacity");
        assertThat(nodes.get("barrier").get("severity").getType()).isEqualTo(AttributeType.LONG);
        assertThat(nodes.get("programme").get("type").getValue()).isEqualTo("Programme");
        assertThat(nodes.get("programme").get("illustrative").getType()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(nodes.get("hub-intervention").get("description").getValue())
                .isEqualTo("Two lines:\nfirst, then second");
        assertThat(nodes.get("hub-intervention")).doesNotContainKeys("x", "y");

        DefaultEdge same =
                graph.getAllEdges("enabler", "hub-intervention").iterator().next();
        assertThat(edges.get(same).get("type").getValue()).isEqualTo("INFLUENCES");
        assertThat(edges.get(same).get("polarity").getValue()).isEqualTo("SAME");
        assertThat(edges.get(same).get("delay").getType()).isEqualTo(AttributeType.BOOLEAN);
        assertThat(edges.get(same).get("strength").getType()).isEqualTo(AttributeType.LONG);
        assertThat(edges.get(same).get("tags").getValue()).isEqualTo("workforce");
        DefaultEdge collaboration = graph.getEdge("sam-1", "sam-2");
        assertThat(edges.get(collaboration).get("type").getValue()).isEqualTo("COLLABORATES_WITH");
    }

    @Test
    void declaresEveryKeyOnceWithItsTypeAndADirectedGraph() throws Exception {
        Document document = dom(written());
        Element graph = (Element)
                document.getElementsByTagNameNS(GraphMlWriter.NS, "graph").item(0);
        assertThat(graph.getAttribute("edgedefault")).isEqualTo("directed");
        Map<String, String> nodeKeyTypes = new HashMap<>();
        NodeList keys = document.getElementsByTagNameNS(GraphMlWriter.NS, "key");
        for (int i = 0; i < keys.getLength(); i++) {
            Element key = (Element) keys.item(i);
            if (key.getAttribute("for").equals("node")) {
                assertThat(nodeKeyTypes.put(key.getAttribute("attr.name"), key.getAttribute("attr.type")))
                        .as("declared once: " + key.getAttribute("attr.name"))
                        .isNull();
            }
        }
        assertThat(nodeKeyTypes)
                .containsEntry("name", "string")
                .containsEntry("label", "string")
                .containsEntry("x", "double")
                .containsEntry("y", "double")
                .containsEntry("reach", "long")
                .containsEntry("field.Share", "double")
                .containsEntry("illustrative", "boolean")
                .containsEntry("tags", "string");
        assertThat(document.getElementsByTagNameNS(GraphMlWriter.NS, "node").getLength())
                .isEqualTo(sample.graph().nodes().size());
    }

    @Test
    void networkxReadsTheSameNodesEdgesAndNames(@TempDir Path dir) throws Exception {
        NetworkX.assumeAvailable();
        Path file = Files.write(dir.resolve("map.graphml"), written());
        String output = NetworkX.output("""
                import sys, networkx as nx
                g = nx.read_graphml(sys.argv[1])
                print(g.number_of_nodes(), g.number_of_edges())
                print(g.nodes['awkward']['name'] == %s)
                print(g.nodes['custom']['field.Population'] + 1, g.nodes['custom']['field.Rural'])
                print(g.graph['areaName'])
                """.formatted(pythonString(ExportSample.AWKWARD_NAME)), file);
        assertThat(output.lines())
                .containsExactly(
                        sample.graph().nodes().size() + " "
                                + sample.graph().relationships().size(),
                        "True",
                        "212001 False",
                        "Northshire Council");
    }

    static String pythonString(String text) {
        StringBuilder literal = new StringBuilder("'");
        text.codePoints()
                .forEach(c -> literal.append(
                        c < 128 && c != '\'' && c != '\\'
                                ? String.valueOf((char) c)
                                : c > 0xFFFF ? "\\U%08x".formatted(c) : "\\u%04x".formatted(c)));
        return literal.append("'").toString();
    }

    static Document dom(byte[] xml) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new ByteArrayInputStream(xml));
    }
}
