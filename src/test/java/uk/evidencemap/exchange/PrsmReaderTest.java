package uk.evidencemap.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static uk.evidencemap.exchange.Datasets.element;

import blazing.chain.LZSEncoding;
import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;

class PrsmReaderTest {

    private final PrsmReader reader = new PrsmReader();

    private ExchangeGraph prsm(String file) {
        return Datasets.read(reader, Datasets.shared("prsm", file));
    }

    private ExchangeGraph read(String text) {
        return reader.read(new ByteArrayInputStream(text.getBytes(UTF_8)));
    }

    @Test
    void readsThePathsExample() {
        ExchangeGraph graph = prsm("PathsExample.prsm");

        assertThat(graph.elements()).hasSize(10);
        assertThat(graph.connections()).hasSize(13);
        ExchangeGraph.Element zero = element(graph, "0");
        assertThat(zero.key()).isEqualTo("0");
        assertThat(zero.type()).as("PRSM's default style name is no type").isNull();
        assertThat(zero.x()).isEqualTo(50.0);
        assertThat(zero.y()).isEqualTo(150.0);
        ExchangeGraph.Connection first = graph.connections().getFirst();
        assertThat(first.from()).isEqualTo("1");
        assertThat(first.to()).isEqualTo("2");
        assertThat(first.directed()).as("the base style's arrow").isTrue();
        assertThat(first.fields()).as("no label, no field").isEmpty();
    }

    @Test
    void readsTheTheoryOfChangeWithItsStyleNamesAsTypes() {
        ExchangeGraph graph = prsm("npctheoryofchange191.prsm");

        assertThat(graph.elements()).hasSize(22);
        assertThat(graph.connections()).hasSize(30);
        ExchangeGraph.Element dropIn = graph.elements().getFirst();
        assertThat(dropIn.label()).isEqualTo("Drop-in space\nfor pupils\nfor support\nor just take\ntime out");
        assertThat(dropIn.type()).isEqualTo("Activity/Quality");
        assertThat(dropIn.x()).isEqualTo(-1100.0);
        assertThat(dropIn.y()).isEqualTo(-450.0);
        assertThat(graph.elements())
                .extracting(ExchangeGraph.Element::type)
                .containsOnly("Activity/Quality", "Change mechanisms / journey", "Outcomes", "Impact");
        assertThat(graph.connections())
                .allSatisfy(c -> assertThat(c.type()).as("blank style names").isNull());
    }

    @Test
    void readsTheSupplyChainWithItsNotes() {
        ExchangeGraph graph = prsm("supplychainandlogisticssystem191.prsm");

        assertThat(graph.elements()).hasSize(16);
        assertThat(graph.connections()).hasSize(26);
        ExchangeGraph.Element audited = element(graph, "Extent of SC&L\n being audited");
        assertThat(audited.description()).isEqualTo("A note");
        assertThat(audited.type()).isEqualTo("Focal Factor");
        assertThat(audited.x()).isEqualTo(563.0);
        assertThat(graph.elements()).filteredOn(e -> e.description() != null).hasSize(4);
        assertThat(graph.connections())
                .filteredOn(c -> c.description() != null)
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.description()).isEqualTo("Reduced ventilation causing a detrimental effect?");
                    assertThat(c.type()).isEqualTo("Negative influence");
                });
        assertThat(graph.connections())
                .filteredOn(c -> "Positive influence".equals(c.type()))
                .hasSize(16);
    }

    /*
     * The compressed files' counts were checked independently: lz-string 1.5.0 (npm) in node
     * decompresses them to JSON with 2 nodes / 1 edge, 6 / 7 and 2 / 1, the same text as the
     * blazingchain port gives (asserted in LzStringTest).
     */
    @Test
    void readsCompressedMaps() {
        ExchangeGraph manual = prsm("User_manual_examples.prsm");
        assertThat(manual.elements())
                .extracting(ExchangeGraph.Element::label)
                .containsExactly("A factor", "Another factor");
        assertThat(manual.connections()).singleElement().satisfies(c -> {
            assertThat(c.from()).isEqualTo(manual.elements().get(0).key());
            assertThat(c.to()).isEqualTo(manual.elements().get(1).key());
            assertThat(c.directed()).isTrue();
        });

        ExchangeGraph clusters = prsm("clusterexamplemap.prsm");
        assertThat(clusters.elements()).hasSize(6);
        assertThat(clusters.connections()).hasSize(7);
        assertThat(element(clusters, "Climate change").type()).isEqualTo("Nature");
        assertThat(element(clusters, "Drought").type()).isEqualTo("Events");
        assertThat(element(clusters, "Climate change").x()).isEqualTo(-250.0);
        assertThat(clusters.connections())
                .extracting(ExchangeGraph.Connection::polarity)
                .containsExactly("+ve", "+ve", "+ve", "+ve", "+ve", "-ve", "-ve");

        ExchangeGraph example = prsm("examplemapforusermanual.prsm");
        assertThat(example.elements()).hasSize(2);
        assertThat(example.connections())
                .singleElement()
                .satisfies(c -> assertThat(c.fields())
                        .as("a label of one space is no label")
                        .isEmpty());
        assertThat(element(example, "A factor").type()).isEqualTo("style");
    }

    @Test
    void notesInQuillDeltasAndHtmlBecomePlainText() {
        ExchangeGraph graph = read("""
                {"attributeTitles": {"att1": "Cost"},
                 "styles": {"nodes": {"group0": {"groupLabel": "Barrier"}},
                            "edges": {"edge0": {"groupLabel": "+", "arrows": {"to": {"enabled": false}}}}},
                 "nodes": [
                  {"id": "a", "label": "Rota gaps", "grp": "group0", "x": 1, "y": 2, "att1": "12",
                   "note": {"ops": [{"insert": "First line\\n"}, {"insert": {"image": "x.png"}},
                                    {"insert": "bold", "attributes": {"bold": true}}, {"insert": "\\n"}]}},
                  {"id": "b", "label": "Locum pool", "note": "<p>One &amp; two</p><p>Three<br>four</p>"},
                  {"id": "c", "label": "A cluster", "isCluster": true}
                 ],
                 "edges": [
                  {"id": "e1", "from": "a", "to": "b", "grp": "edge0", "label": "eases"},
                  {"id": "e2", "from": "a", "to": "gone", "arrows": {"to": {"enabled": false}, "from": {"enabled": true}}},
                  {"id": "e3", "from": "b", "to": "a", "arrows": {"to": true, "from": true}},
                  {"id": "e4", "from": "c", "to": "a", "isClusterEdge": true}
                 ]}
                """);

        ExchangeGraph.Element rota = element(graph, "Rota gaps");
        assertThat(rota.description()).isEqualTo("First line\nbold");
        assertThat(rota.type()).isEqualTo("Barrier");
        assertThat(rota.fields()).containsEntry("Cost", "12");
        assertThat(element(graph, "Locum pool").description()).isEqualTo("One & two\nThree\nfour");
        assertThat(graph.elements()).hasSize(2);
        assertThat(graph.warnings()).singleElement().asString().contains("1 cluster factor(s)");

        assertThat(graph.connections()).hasSize(3);
        ExchangeGraph.Connection eases = graph.connections().get(0);
        assertThat(eases.polarity()).isEqualTo("+");
        assertThat(eases.directed()).as("the style's arrows are off").isFalse();
        assertThat(eases.fields()).containsEntry("Label", "eases");
        ExchangeGraph.Connection reversed = graph.connections().get(1);
        assertThat(reversed.from()).as("an arrow only at the start: reversed").isEqualTo("gone");
        assertThat(reversed.to()).isEqualTo("a");
        assertThat(reversed.directed()).isTrue();
        ExchangeGraph.Connection mutual = graph.connections().get(2);
        assertThat(mutual.directed()).isFalse();
        assertThat(mutual.fields()).containsEntry("Direction", "mutual");
    }

    @Test
    void aCompressedMapIsReadLikeItsJson() {
        String json = "{\"nodes\": [{\"id\": \"1\", \"label\": \"Only factor\"}], \"edges\": []}";

        ExchangeGraph graph = read(LZSEncoding.compressToUTF16(json));

        assertThat(graph.elements())
                .singleElement()
                .satisfies(e -> assertThat(e.label()).isEqualTo("Only factor"));
    }

    @Test
    void otherFilesAreRefused() {
        assertThatThrownBy(() -> read("{\"elements\": []}"))
                .hasMessage("file: the file is not a PRSM map: it has no \"nodes\" and \"edges\" lists");
        assertThatThrownBy(() -> read("{\"nodes\": [}"))
                .hasMessageStartingWith("file: the file is not valid JSON (line 1, column ");
        assertThatThrownBy(() -> read("not a map at all"))
                .hasMessage("file: the file is not a PRSM map: it is neither JSON nor a map PRSM compressed");
        assertThatThrownBy(() -> read("{\"nodes\": [], \"edges\": []}"))
                .hasMessage("file: the PRSM map holds no elements and no connections");
    }

    @Test
    void aCompressedMapExpandingPastTheLimitIsRefused() {
        PrsmReader small = new PrsmReader(ExchangeLimits.DEFAULT.withMaxBytes(1 << 20));

        assertThatThrownBy(() -> small.read(
                        new ByteArrayInputStream(LzStringTest.bomb(3_000).getBytes(UTF_8))))
                .hasMessage("file: the compressed map expands past the limit of 1 MB");
    }
}
