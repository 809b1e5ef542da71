package uk.evidencemap.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.evidencemap.exchange.Datasets.element;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class GexfReaderTest {

    private final GexfReader reader = new GexfReader();

    private ExchangeGraph read(String xml) {
        return reader.read(new ByteArrayInputStream(xml.getBytes(UTF_8)));
    }

    @Test
    void readsLesMiserables() {
        ExchangeGraph graph = Datasets.read(reader, Datasets.shared("gephi-samples", "lesmis.gexf"));

        assertThat(graph.elements()).hasSize(77);
        assertThat(graph.connections()).hasSize(254);
        ExchangeGraph.Element valjean = graph.elements().getFirst();
        assertThat(valjean.label()).isEqualTo("Valjean");
        assertThat(valjean.key()).isEqualTo("11");
        assertThat(valjean.row()).isEqualTo("node '11'");
        assertThat(valjean.x()).isEqualTo(-87.93029);
        assertThat(valjean.y()).isEqualTo(6.8120565);
        assertThat(valjean.fields()).containsEntry("Modularity Class", 1L).containsEntry("color", "#f55b5b");
        assertThat(element(graph, "Myriel").x()).isEqualTo(-266.82776);
        assertThat(graph.connections()).allMatch(c -> !c.directed() && !c.byLabel());
        ExchangeGraph.Connection valjeanMyriel = graph.connections().stream()
                .filter(c -> c.row().equals("edge '13'"))
                .findFirst()
                .orElseThrow();
        assertThat(valjeanMyriel.from()).isEqualTo("11");
        assertThat(valjeanMyriel.to()).isEqualTo("0");
        assertThat(valjeanMyriel.fields()).containsEntry("weight", 5.0);
        assertThat(graph.connections().getFirst().fields())
                .as("no weight written, none read")
                .doesNotContainKey("weight");
    }

    @Test
    void readsGexf12WithAttributesDefaultsAndEdgeTypes() {
        ExchangeGraph graph = read("""
                <?xml version="1.0" encoding="UTF-8"?>
                <gexf xmlns="http://www.gexf.net/1.2draft" xmlns:viz="http://www.gexf.net/1.2draft/viz" version="1.2">
                  <graph mode="static" defaultedgetype="directed">
                    <attributes class="node">
                      <attribute id="0" title="type" type="string"/>
                      <attribute id="1" title="Funded" type="boolean"><default>false</default></attribute>
                      <attribute id="2" title="Areas" type="liststring"/>
                      <attribute id="3" title="Budget" type="double"/>
                    </attributes>
                    <attributes class="edge">
                      <attribute id="p" title="polarity" type="string"/>
                    </attributes>
                    <nodes>
                      <node id="a" label="Referral hub">
                        <attvalues><attvalue for="0" value="Enabler"/><attvalue for="2" value="[north, south]"/>
                          <attvalue for="3" value="1500.5"/></attvalues>
                        <viz:position x="1.5" y="2.5" z="0.0"/>
                      </node>
                      <node id="b" label="Staff turnover">
                        <attvalues><attvalue for="1" value="true"/></attvalues>
                      </node>
                    </nodes>
                    <edges>
                      <edge id="0" source="a" target="b" label="reduces" weight="2">
                        <attvalues><attvalue for="p" value="-"/></attvalues>
                      </edge>
                      <edge id="1" source="b" target="a" type="undirected"/>
                      <edge id="2" source="b" target="nowhere" type="mutual"/>
                    </edges>
                  </graph>
                </gexf>
                """);

        ExchangeGraph.Element hub = element(graph, "Referral hub");
        assertThat(hub.type()).isEqualTo("Enabler");
        assertThat(hub.x()).isEqualTo(1.5);
        assertThat(hub.fields())
                .containsEntry("Areas", java.util.List.of("north", "south"))
                .containsEntry("Budget", 1500.5)
                .containsEntry("Funded", false);
        assertThat(element(graph, "Staff turnover").fields()).containsEntry("Funded", true);
        ExchangeGraph.Connection reduces = graph.connections().get(0);
        assertThat(reduces.directed()).isTrue();
        assertThat(reduces.polarity()).isEqualTo("-");
        assertThat(reduces.fields()).containsEntry("weight", 2.0).containsEntry("Label", "reduces");
        assertThat(graph.connections().get(1).directed()).isFalse();
        ExchangeGraph.Connection mutual = graph.connections().get(2);
        assertThat(mutual.directed()).isFalse();
        assertThat(mutual.fields()).containsEntry("Direction", "mutual");
        assertThat(mutual.to()).as("kept as given").isEqualTo("nowhere");
    }

    @Test
    void aDtdIsRefused() {
        String xxe = """
                <?xml version="1.0"?>
                <!DOCTYPE gexf [<!ENTITY xxe SYSTEM "file:///etc/hostname">]>
                <gexf xmlns="http://gexf.net/1.3" version="1.3"><graph><nodes>
                  <node id="a" label="&xxe;"/></nodes></graph></gexf>
                """;

        assertThatThrownBy(() -> read(xxe))
                .hasMessage("file: the file declares a DTD; DTDs and external entities are refused");
    }

    @Test
    void truncatedAndOtherXmlIsRefused() {
        assertThatThrownBy(() -> read("<gexf><graph><nodes>\n<node id=\"a\" label=\"A\"/>\n</nodes>"))
                .hasMessageStartingWith("file: the file is not well-formed XML (line 3");
        assertThatThrownBy(() -> read("<graphml/>"))
                .hasMessage("file: the file is not GEXF: its root element is <graphml>");
        assertThatThrownBy(() -> read("<gexf><graph/></gexf>"))
                .hasMessage("file: the GEXF document holds no elements and no connections");
    }

    @Test
    void tooManyNodesAreRefused() {
        GexfReader small = new GexfReader(ExchangeLimits.DEFAULT.withMaxCounts(2, 10));

        assertThatThrownBy(() -> small.read(new ByteArrayInputStream(
                        "<gexf><graph><nodes><node id=\"1\"/><node id=\"2\"/><node id=\"3\"/></nodes></graph></gexf>"
                                .getBytes(UTF_8))))
                .hasMessage("file: the file holds more than 2 elements, the most one import takes");
    }

    @Test
    void fiveThousandNodesAndTwentyThousandEdgesReadInWellUnderASecond() {
        StringBuilder xml =
                new StringBuilder("<gexf xmlns=\"http://gexf.net/1.3\" xmlns:viz=\"http://gexf.net/1.3/viz\">"
                        + "<graph defaultedgetype=\"directed\"><attributes class=\"node\">"
                        + "<attribute id=\"t\" title=\"type\" type=\"string\"/></attributes><nodes>");
        for (int i = 0; i < 5_000; i++) {
            xml.append("<node id=\"")
                    .append(i)
                    .append("\" label=\"Node ")
                    .append(i)
                    .append("\"><attvalues><attvalue for=\"t\" value=\"Barrier\"/></attvalues>")
                    .append("<viz:position x=\"")
                    .append(i)
                    .append("\" y=\"1.5\"/></node>");
        }
        xml.append("</nodes><edges>");
        for (int i = 0; i < 20_000; i++) {
            xml.append("<edge id=\"")
                    .append(i)
                    .append("\" source=\"")
                    .append(i % 5_000)
                    .append("\" target=\"")
                    .append((i * 7 + 1) % 5_000)
                    .append("\" weight=\"0.5\"/>");
        }
        byte[] file = xml.append("</edges></graph></gexf>").toString().getBytes(UTF_8);
        reader.read(new ByteArrayInputStream(file)); // warm up

        long start = System.nanoTime();
        ExchangeGraph graph = reader.read(new ByteArrayInputStream(file));
        long millis = (System.nanoTime() - start) / 1_000_000;

        assertThat(graph.elements()).hasSize(5_000);
        assertThat(graph.connections()).hasSize(20_000);
        assertThat(millis).as("%d KB read in %d ms", file.length / 1024, millis).isLessThan(1_000);
        System.out.printf("GEXF: %d nodes, %d edges, %d KB read in %d ms%n", 5_000, 20_000, file.length / 1024, millis);
    }
}
