package uk.evidencemap.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.evidencemap.exchange.Datasets.element;

import java.io.ByteArrayInputStream;
import java.util.List;
import org.junit.jupiter.api.Test;

class GraphMlReaderTest {

    private final GraphMlReader reader = new GraphMlReader();

    private ExchangeGraph read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    }

    @Test
    void readsWhatNetworkxWrites() {
        ExchangeGraph graph = Datasets.readResource(reader, "networkx-directed.graphml");

        assertThat(graph.elements())
                .extracting(ExchangeGraph.Element::key)
                .containsExactly("n1", "n2", "n3", "missing-node");
        ExchangeGraph.Element nurse = element(graph, "Practice nurse");
        assertThat(nurse.row()).isEqualTo("node 'n1'");
        assertThat(nurse.type()).isEqualTo("Person");
        assertThat(nurse.description()).isEqualTo("Runs the clinic");
        assertThat(nurse.x()).isEqualTo(10.5);
        assertThat(nurse.y()).isEqualTo(-20.0);
        assertThat(nurse.fields()).isEmpty();
        ExchangeGraph.Element waiting = element(graph, "Waiting list");
        assertThat(waiting.tags()).containsExactly("access", "capacity");
        assertThat(waiting.fields()).containsEntry("score", 3L);
        assertThat(element(graph, "Extra clinic").fields()).containsEntry("funded", true);
        assertThat(element(graph, "missing-node").row()).isEqualTo("node 'missing-node'");
        assertThat(graph.warnings()).singleElement().asString().contains("1 node(s) have no label");

        assertThat(graph.connections()).hasSize(3);
        ExchangeGraph.Connection leads = graph.connections().get(0);
        assertThat(leads.row()).isEqualTo("edge 1");
        assertThat(leads.from()).isEqualTo("n1");
        assertThat(leads.to()).isEqualTo("n3");
        assertThat(leads.byLabel()).isFalse();
        assertThat(leads.directed()).isTrue();
        assertThat(leads.type()).isEqualTo("LEADS");
        assertThat(leads.polarity()).isEqualTo("+");
        assertThat(leads.fields()).containsExactlyEntriesOf(java.util.Map.of("weight", 0.75));
        ExchangeGraph.Connection shortens = graph.connections().get(2);
        assertThat(shortens.polarity()).as("a type that is a polarity").isEqualTo("-");
        assertThat(shortens.type()).isNull();
        assertThat(shortens.description()).isEqualTo("shortens it");
    }

    @Test
    void readsNetworkxUndirectedGraphsWithNames() {
        ExchangeGraph graph = Datasets.readResource(reader, "networkx-undirected.graphml");

        assertThat(graph.elements()).extracting(ExchangeGraph.Element::label).containsExactly("Team A", "Team B", "2");
        assertThat(graph.connections()).allMatch(c -> !c.directed());
        assertThat(graph.connections().getFirst().fields()).containsEntry("weight", 2L);
    }

    @Test
    void readsWhatYedWrites() {
        ExchangeGraph graph = Datasets.readResource(reader, "yed.graphml");

        assertThat(graph.elements())
                .extracting(ExchangeGraph.Element::label)
                .as("in file order: a group before the nodes inside it")
                .containsExactly("Community clinic", "Patients' group", "Carer & family");
        ExchangeGraph.Element clinic = element(graph, "Community clinic");
        assertThat(clinic.x()).as("the centre of the shape").isEqualTo(160.0);
        assertThat(clinic.y()).isEqualTo(70.0);
        assertThat(clinic.description()).isEqualTo("Weekly clinic in the\ncommunity centre");
        assertThat(clinic.fields())
                .containsEntry("url", "https://example.org/clinic")
                .containsEntry("Priority", 5L);
        ExchangeGraph.Element group = element(graph, "Patients' group");
        assertThat(group.x()).as("the open group's geometry").isEqualTo(-250.0);
        assertThat(group.fields()).as("the key's default").containsEntry("Priority", 2L);
        assertThat(element(graph, "Carer & family").key()).isEqualTo("n1::n0");

        ExchangeGraph.Connection refers = graph.connections().get(0);
        assertThat(refers.row()).isEqualTo("edge 'e0'");
        assertThat(refers.from()).isEqualTo("n1::n0");
        assertThat(refers.description()).isEqualTo("asks for");
        assertThat(refers.fields()).containsEntry("Label", "refers");
        ExchangeGraph.Connection loose = graph.connections().get(1);
        assertThat(loose.directed()).as("directed=\"false\" on the edge").isFalse();
        assertThat(loose.to()).as("a missing node is kept as given").isEqualTo("n9");
    }

    @Test
    void aDtdIsRefusedAndNoEntityIsRead() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
                <graphml xmlns="http://graphml.graphdrawing.org/xmlns">
                  <key id="d0" for="node" attr.name="label" attr.type="string"/>
                  <graph edgedefault="directed"><node id="n0"><data key="d0">&xxe;</data></node></graph>
                </graphml>
                """;
        String billionLaughs = """
                <?xml version="1.0"?>
                <!DOCTYPE graphml [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>
                <graphml><graph><node id="&b;"/></graph></graphml>
                """;
        String externalDtd = """
                <?xml version="1.0"?>
                <!DOCTYPE graphml SYSTEM "http://127.0.0.1:9/graphml.dtd">
                <graphml><graph><node id="n0"/></graph></graphml>
                """;
        for (String document : List.of(xxe, billionLaughs, externalDtd)) {
            assertThatThrownBy(() -> read(document))
                    .hasMessage("file: the file declares a DTD; DTDs and external entities are refused");
        }
    }

    @Test
    void truncatedAndOtherXmlIsRefused() {
        assertThatThrownBy(() -> read("<graphml><graph edgedefault=\"directed\">\n<node id=\"a\"/>\n<node id="))
                .hasMessageStartingWith("file: the file is not well-formed XML (line 3");
        assertThatThrownBy(() -> read("<graphml><graph><node id=\"a\"></graph></graphml>"))
                .hasMessageStartingWith("file: the file is not well-formed XML (line 1");
        assertThatThrownBy(() -> read("<gexf/>"))
                .hasMessage("file: the file is not GraphML: its root element is <gexf>");
        assertThatThrownBy(() -> read("<graphml><graph/></graphml>"))
                .hasMessage("file: the GraphML document holds no elements and no connections");
        assertThatThrownBy(() -> read("not xml")).hasMessageStartingWith("file: the file is not well-formed XML");
        assertThatThrownBy(() -> read("")).hasMessage("file: the file is empty");
    }

    @Test
    void hyperedgesAreLeftOutAndSaidSo() {
        ExchangeGraph graph = read("""
                <graphml><graph edgedefault="undirected">
                  <node id="a"/><node id="b"/>
                  <hyperedge><endpoint node="a"/><endpoint node="b"/></hyperedge>
                  <edge source="a" target="b" directed="true"/>
                </graph></graphml>
                """);

        assertThat(graph.connections())
                .singleElement()
                .satisfies(c -> assertThat(c.directed()).isTrue());
        assertThat(graph.warnings()).anyMatch(w -> w.contains("1 hyperedge(s)"));
    }

    @Test
    void fiveThousandNodesAndTwentyThousandEdgesReadInWellUnderASecond() {
        StringBuilder xml = new StringBuilder("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">"
                + "<key id=\"l\" for=\"node\" attr.name=\"label\" attr.type=\"string\"/>"
                + "<key id=\"t\" for=\"node\" attr.name=\"type\" attr.type=\"string\"/>"
                + "<key id=\"w\" for=\"edge\" attr.name=\"weight\" attr.type=\"double\"/>"
                + "<graph edgedefault=\"directed\">");
        for (int i = 0; i < 5_000; i++) {
            xml.append("<node id=\"n")
                    .append(i)
                    .append("\"><data key=\"l\">Node ")
                    .append(i)
                    .append("</data><data key=\"t\">Barrier</data></node>");
        }
        for (int i = 0; i < 20_000; i++) {
            xml.append("<edge source=\"n")
                    .append(i % 5_000)
                    .append("\" target=\"n")
                    .append((i * 7 + 1) % 5_000)
                    .append("\"><data key=\"w\">0.5</data></edge>");
        }
        byte[] file = xml.append("</graph></graphml>").toString().getBytes(UTF_8);
        reader.read(new ByteArrayInputStream(file)); // warm up

        long start = System.nanoTime();
        ExchangeGraph graph = reader.read(new ByteArrayInputStream(file));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(graph.elements()).hasSize(5_000);
        assertThat(graph.connections()).hasSize(20_000);
        assertThat(millis).as("%d KB read in %d ms", file.length / 1024, millis).isLessThan(1_000);
        System.out.printf(
                "GraphML: %d nodes, %d edges, %d KB read in %d ms%n", 5_000, 20_000, file.length / 1024, millis);
    }
}
