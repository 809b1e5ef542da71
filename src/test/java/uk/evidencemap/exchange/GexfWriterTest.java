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
import org.jgrapht.graph.DefaultEdge;
import org.jgrapht.graph.DirectedPseudograph;
import org.jgrapht.nio.Attribute;
import org.jgrapht.nio.gexf.SimpleGEXFImporter;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GexfWriterTest {

    private final ExportedArea sample = ExportSample.area();

    private byte[] written() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new GexfWriter().write(sample, out);
        return out.toByteArray();
    }

    @Test
    void aGexf13DocumentWithDeclaredAttributesLabelsPositionsAndColours() throws Exception {
        Document document = GraphMlWriterTest.dom(written());
        Element root = document.getDocumentElement();
        assertThat(root.getNamespaceURI()).isEqualTo("http://gexf.net/1.3");
        assertThat(root.getAttribute("version")).isEqualTo("1.3");
        Element graph =
                (Element) root.getElementsByTagNameNS(GexfWriter.NS, "graph").item(0);
        assertThat(graph.getAttribute("defaultedgetype")).isEqualTo("directed");

        Map<String, String> nodeTitles = new HashMap<>();
        Map<String, String> nodeTypes = new HashMap<>();
        NodeList declarations = document.getElementsByTagNameNS(GexfWriter.NS, "attributes");
        for (int i = 0; i < declarations.getLength(); i++) {
            Element attributes = (Element) declarations.item(i);
            if (attributes.getAttribute("class").equals("node")) {
                NodeList each = attributes.getElementsByTagNameNS(GexfWriter.NS, "attribute");
                for (int j = 0; j < each.getLength(); j++) {
                    Element attribute = (Element) each.item(j);
                    nodeTitles.put(attribute.getAttribute("id"), attribute.getAttribute("title"));
                    nodeTypes.put(attribute.getAttribute("title"), attribute.getAttribute("type"));
                }
            }
        }
        assertThat(nodeTypes)
                .containsEntry("type", "string")
                .containsEntry("illustrative", "boolean")
                .containsEntry("field.Population", "long")
                .containsEntry("field.Share", "double")
                .containsEntry("tags", "string");

        NodeList nodes = document.getElementsByTagNameNS(GexfWriter.NS, "node");
        assertThat(nodes.getLength()).isEqualTo(sample.graph().nodes().size());
        Element awkward = byId(nodes, "awkward");
        assertThat(awkward.getAttribute("label")).isEqualTo(ExportSample.AWKWARD_NAME);
        Element position = (Element)
                awkward.getElementsByTagNameNS(GexfWriter.VIZ, "position").item(0);
        assertThat(position.getAttribute("x")).isEqualTo("-120.5");
        assertThat(position.getAttribute("y")).isEqualTo("40.25");
        Element colour = (Element)
                awkward.getElementsByTagNameNS(GexfWriter.VIZ, "color").item(0);
        assertThat(colour.getAttribute("r") + "," + colour.getAttribute("g") + "," + colour.getAttribute("b"))
                .isEqualTo("31,111,178");
        assertThat(document.getElementsByTagNameNS(GexfWriter.VIZ, "position").getLength())
                .isEqualTo(sample.positions().size());
        assertThat(document.getElementsByTagNameNS(GexfWriter.VIZ, "color").getLength())
                .isEqualTo(sample.graph().nodes().size());

        Map<String, String> barrier = values(byId(nodes, "barrier"), nodeTitles);
        assertThat(barrier).containsEntry("tags", "funding|capacity").containsEntry("severity", "4");

        NodeList edges = document.getElementsByTagNameNS(GexfWriter.NS, "edge");
        assertThat(edges.getLength()).isEqualTo(sample.graph().relationships().size());
        Element blocks = byId(edges, "r-blocks");
        assertThat(blocks.getAttribute("label")).isEqualTo("BLOCKS");
        assertThat(blocks.getAttribute("source")).isEqualTo("barrier");
        assertThat(blocks.getAttribute("target")).isEqualTo("hub-intervention");
    }

    @Test
    void jgraphtReadsEveryNodeAndEdge() throws Exception {
        var graph = new DirectedPseudograph<String, DefaultEdge>(DefaultEdge.class);
        Map<String, Map<String, Attribute>> nodes = new HashMap<>();
        SimpleGEXFImporter<String, DefaultEdge> importer = new SimpleGEXFImporter<>();
        // JGraphT bundles the schema of GEXF 1.2 only; the 1.3 document is read without it.
        importer.setSchemaValidation(false);
        importer.setVertexFactory(id -> id);
        importer.addVertexAttributeConsumer(
                (vertexAndKey, value) -> nodes.computeIfAbsent(vertexAndKey.getFirst(), v -> new HashMap<>())
                        .put(vertexAndKey.getSecond(), value));
        importer.importGraph(graph, new InputStreamReader(new ByteArrayInputStream(written()), StandardCharsets.UTF_8));

        assertThat(graph.vertexSet()).hasSize(sample.graph().nodes().size());
        assertThat(graph.edgeSet()).hasSize(sample.graph().relationships().size());
        assertThat(graph.containsEdge("barrier", "hub-intervention")).isTrue();
        assertThat(nodes.get("awkward").get("label").getValue()).isEqualTo(ExportSample.AWKWARD_NAME);
    }

    @Test
    void networkxReadsTheSameNodesEdgesAndAttributes(@TempDir Path dir) throws Exception {
        NetworkX.assumeAvailable();
        Path file = Files.write(dir.resolve("map.gexf"), written());
        String output = NetworkX.output("""
                import sys, networkx as nx
                g = nx.read_gexf(sys.argv[1])
                print(g.number_of_nodes(), g.number_of_edges())
                print(g.nodes['awkward']['label'] == %s, g.nodes['awkward']['type'])
                print(g.nodes['custom']['field.Population'] + 1, g.nodes['custom']['field.Rural'])
                print(g.nodes['awkward']['viz']['position']['x'])
                """.formatted(GraphMlWriterTest.pythonString(ExportSample.AWKWARD_NAME)), file);
        assertThat(output.lines())
                .containsExactly(
                        sample.graph().nodes().size() + " "
                                + sample.graph().relationships().size(),
                        "True Person",
                        "212001 False",
                        "-120.5");
    }

    private static Element byId(NodeList elements, String id) {
        for (int i = 0; i < elements.getLength(); i++) {
            Element element = (Element) elements.item(i);
            if (element.getAttribute("id").equals(id)) {
                return element;
            }
        }
        throw new AssertionError("no element with id " + id);
    }

    private static Map<String, String> values(Element element, Map<String, String> titles) {
        Map<String, String> values = new HashMap<>();
        NodeList attvalues = element.getElementsByTagNameNS(GexfWriter.NS, "attvalue");
        for (int i = 0; i < attvalues.getLength(); i++) {
            Element value = (Element) attvalues.item(i);
            values.put(titles.get(value.getAttribute("for")), value.getAttribute("value"));
        }
        return values;
    }
}
