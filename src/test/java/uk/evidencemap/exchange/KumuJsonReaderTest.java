package uk.evidencemap.exchange;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static uk.evidencemap.exchange.Datasets.element;

import java.io.ByteArrayInputStream;
import org.junit.jupiter.api.Test;
import uk.evidencemap.base.ValidationException;

class KumuJsonReaderTest {

    private final KumuJsonReader reader = new KumuJsonReader();

    private ExchangeGraph read(String json) {
        return reader.read(new ByteArrayInputStream(json.getBytes(UTF_8)));
    }

    @Test
    void readsTheChangeLabsTemplateBackup() {
        ExchangeGraph graph =
                Datasets.read(reader, Datasets.shared("kumu-docs", "kumu-docs--images_kumu-changelabs-template.json"));

        assertThat(graph.elements()).hasSize(10);
        assertThat(graph.connections()).hasSize(11);
        ExchangeGraph.Element stakeholder = element(graph, "Stakeholder A");
        assertThat(stakeholder.key()).isEqualTo("elem-BbwUSVEF");
        assertThat(stakeholder.type()).isEqualTo("Stakeholder");
        assertThat(stakeholder.description())
                .as("a blank description is no description")
                .isNull();
        assertThat(stakeholder.x()).as("the default map's place wins").isCloseTo(-4.20651691853592, within(1e-9));
        assertThat(stakeholder.y()).isCloseTo(-202.90022668463516, within(1e-9));
        ExchangeGraph.Element outcome = element(graph, "Outcome A");
        assertThat(outcome.type()).isEqualTo("Desired Outcome");
        assertThat(outcome.x()).as("placed only on the other map").isCloseTo(33.95129463483004, within(1e-9));
        assertThat(element(graph, "Phenomenon B").fields())
                .containsEntry("Type of Leverage", "1. The paradigm or mindset of the system");
        assertThat(element(graph, "Interviewee C").x()).isCloseTo(580.633871167454, within(1e-9));

        ExchangeGraph.Connection funding = graph.connections().getFirst();
        assertThat(funding.from()).isEqualTo("elem-BbwUSVEF");
        assertThat(funding.to()).isEqualTo("elem-wSYe2maA");
        assertThat(funding.byLabel()).isFalse();
        assertThat(funding.directed()).isTrue();
        assertThat(funding.fields())
                .as("field names as the project's field definitions write them")
                .containsEntry("Value Flows", "Funding")
                .containsEntry("Power Score", "8");
        assertThat(graph.connections())
                .filteredOn(c -> c.from().equals("elem-npX1zuLZ") && c.to().equals("elem-Ikcm2oyn"))
                .singleElement()
                .satisfies(c -> {
                    assertThat(c.polarity()).isEqualTo("+");
                    assertThat(c.type()).isNull();
                });
        assertThat(graph.connections())
                .filteredOn(c -> "-".equals(c.polarity()))
                .hasSize(2);
        assertThat(graph.warnings()).anyMatch(w -> w.contains("2 maps"));
    }

    @Test
    void readsTheSnapToProjectWithNumbersAndUndirectedConnections() {
        ExchangeGraph graph =
                Datasets.read(reader, Datasets.shared("kumu-docs", "kumu-docs--content_snap-to-tutorial-project.json"));

        assertThat(graph.elements()).hasSize(51);
        assertThat(graph.connections()).hasSize(113);
        assertThat(graph.connections()).allMatch(c -> !c.directed());
        ExchangeGraph.Element newYork = element(graph, "New York");
        assertThat(newYork.type()).isEqualTo("State");
        assertThat(newYork.fields())
                .containsEntry("2010 Population", 19400867L)
                .containsEntry("Percentage Change", "2%")
                .containsEntry("Region", "Northeast");
        assertThat((Double) newYork.fields().get("Relative Growth")).isCloseTo(0.01899695852565953, within(1e-15));
        ExchangeGraph.Element southCarolina = element(graph, "South Carolina");
        assertThat(southCarolina.x()).isCloseTo(1023.5673697717867, within(1e-9));
        assertThat(southCarolina.y()).isCloseTo(-570.9040774700215, within(1e-9));
        assertThat(graph.connections().getFirst().from()).isEqualTo("elem-H75Z2OW8");
    }

    @Test
    void readsABlueprintWhoseConnectionsNameElementsByLabelOrId() {
        ExchangeGraph graph = read("""
                {"elements": [
                  {"label": "A", "type": "Letter", "description": "This is A", "tags": ["one", "two"]},
                  {"id": "b1", "label": "B", "Favourite Dessert": "shave ice", "Count": 3, "Share": 0.5},
                  {"id": "b2", "label": "B"}
                 ],
                 "connections": [
                  {"from": "A", "to": "b1", "type": "likes", "direction": "mutual"},
                  {"from": "b2", "to": "Nobody", "type": "--", "direction": "undirected", "Strength": "high"},
                  {"from": "A", "to": "B"}
                 ]}
                """);

        ExchangeGraph.Element a = element(graph, "A");
        assertThat(a.key()).isEqualTo("A");
        assertThat(a.type()).isEqualTo("Letter");
        assertThat(a.tags()).containsExactly("one", "two");
        assertThat(graph.elements().get(1).fields())
                .containsEntry("Favourite Dessert", "shave ice")
                .containsEntry("Count", 3L)
                .containsEntry("Share", 0.5);
        ExchangeGraph.Connection likes = graph.connections().get(0);
        assertThat(likes.type()).isEqualTo("likes");
        assertThat(likes.directed()).isFalse();
        assertThat(likes.fields()).containsEntry("Direction", "mutual");
        ExchangeGraph.Connection missing = graph.connections().get(1);
        assertThat(missing.to())
                .as("a missing element is the planner's to report: kept as given")
                .isEqualTo("Nobody");
        assertThat(missing.polarity()).isEqualTo("--");
        assertThat(missing.fields()).containsEntry("Strength", "high");
        assertThat(graph.connections().get(2).to())
                .as("two elements are labelled B: kept as given")
                .isEqualTo("B");
        assertThat(graph.connections().get(2).directed())
                .as("directed unless said")
                .isTrue();
        assertThat(graph.warnings()).anyMatch(w -> w.contains("mutual"));
    }

    @Test
    void malformedJsonIsRefusedWithLineAndColumn() {
        assertThatThrownBy(() -> read("{\"elements\": [\n  {\"label\": \"A\"\n  ]}"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .singleElement()
                        .satisfies(v -> {
                            assertThat(v.field()).isEqualTo("file");
                            assertThat(v.message()).startsWith("the file is not valid JSON (line 3, column 3)");
                        }));
    }

    @Test
    void otherJsonEmptyProjectsAndUnknownDirectionsAreRefused() {
        assertThatThrownBy(() -> read("{\"nodes\": []}")).hasMessageContaining("not a Kumu project");
        assertThatThrownBy(() -> read("[1, 2]")).hasMessageContaining("not a Kumu project");
        assertThatThrownBy(() -> read("{\"elements\": [], \"connections\": []}"))
                .hasMessage("file: the Kumu project holds no elements and no connections");
        assertThatThrownBy(() ->
                        read("{\"connections\": [{\"from\": \"A\", \"to\": \"B\", \"direction\": \"sideways\"}]}"))
                .hasMessageStartingWith("connection 1: has direction \"sideways\"");
        assertThatThrownBy(() -> reader.read(new ByteArrayInputStream(new byte[0])))
                .hasMessage("file: the file is empty");
    }
}
