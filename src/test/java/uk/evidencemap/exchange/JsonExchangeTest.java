package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.evidencemap.base.ValidationException;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapRelationship;
import uk.evidencemap.map.NodePosition;

class JsonExchangeTest {

    private final ExportedArea sample = ExportSample.area();

    private ExchangeGraph roundTrip() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExchangeWriter().write(sample, out);
        return new JsonExchangeReader().read(new ByteArrayInputStream(out.toByteArray()));
    }

    @Test
    void theReaderGivesBackEveryNodePropertyAndPosition() {
        ExchangeGraph read = roundTrip();
        assertThat(read.elements()).hasSize(sample.graph().nodes().size());
        assertThat(read.warnings()).isEmpty();
        for (int i = 0; i < sample.graph().nodes().size(); i++) {
            MapNode node = sample.graph().nodes().get(i);
            ExchangeGraph.Element element = read.elements().get(i);
            assertThat(element.key()).isEqualTo(node.id());
            assertThat(element.label()).isEqualTo(node.name());
            assertThat(element.type()).isEqualTo(node.type().label());
            Map<String, Object> properties = new LinkedHashMap<>(element.fields());
            if (element.description() != null) {
                properties.put("description", element.description());
            }
            if (!element.tags().isEmpty()) {
                properties.put("tags", element.tags());
            }
            assertThat(properties).as(node.id()).isEqualTo(node.properties());
            NodePosition position = sample.position(node.id());
            assertThat(element.x()).isEqualTo(position == null ? null : position.x());
            assertThat(element.y()).isEqualTo(position == null ? null : position.y());
        }
        ExchangeGraph.Element custom = read.elements().stream()
                .filter(e -> e.key().equals("custom"))
                .findFirst()
                .orElseThrow();
        assertThat(custom.fields().get("field.Population")).isInstanceOf(Long.class);
        assertThat(custom.fields().get("field.Share")).isEqualTo(0.375);
        assertThat(custom.fields().get("field.Rural")).isEqualTo(false);
        assertThat(custom.fields().get("field.Notes")).isEqualTo("=cmd|' /C calc'!A0");
    }

    @Test
    void theReaderGivesBackEveryRelationshipAndTheArea() {
        ExchangeGraph read = roundTrip();
        assertThat(read.connections()).hasSize(sample.graph().relationships().size());
        for (int i = 0; i < sample.graph().relationships().size(); i++) {
            MapRelationship relationship = sample.graph().relationships().get(i);
            ExchangeGraph.Connection connection = read.connections().get(i);
            assertThat(connection.row()).contains(relationship.id());
            assertThat(connection.from()).isEqualTo(relationship.from());
            assertThat(connection.to()).isEqualTo(relationship.to());
            assertThat(connection.byLabel()).isFalse();
            assertThat(connection.type()).isEqualTo(relationship.type().name());
            assertThat(connection.directed()).isEqualTo(!relationship.type().undirected());
            Map<String, Object> properties = new LinkedHashMap<>(connection.fields());
            if (connection.polarity() != null) {
                properties.put("polarity", connection.polarity());
            }
            if (connection.description() != null) {
                properties.put("note", connection.description());
            }
            if (!connection.tags().isEmpty()) {
                properties.put("tags", connection.tags());
            }
            assertThat(properties).as(relationship.id()).isEqualTo(relationship.properties());
        }
        assertThat(read.area())
                .containsOnly(
                        Map.entry("id", "northshire"),
                        Map.entry("name", "Northshire Council"),
                        Map.entry("onsCode", "E06000999"),
                        Map.entry("region", "North East"),
                        Map.entry("strongEvidence", "3"));
    }

    @Test
    void catalogueProgrammesAreInTheFileAndMarked() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new JsonExchangeWriter().write(sample, out);
        String json = out.toString(StandardCharsets.UTF_8);
        assertThat(json).startsWith("{\"format\":\"evidence-map\",\"version\":1,");
        assertThat(json)
                .contains(
                        "\"id\":\"programme\",\"type\":\"Programme\",\"name\":\"Talking Together\",\"catalogue\":true");
        assertThat(json).contains("\"id\":\"awkward\",\"type\":\"Person\"");
    }

    @Test
    void aFileOfAnotherKindOrALaterVersionIsRefusedNamingWhy() {
        assertThatThrownBy(() -> read("{\"format\":\"kumu\",\"version\":1,\"nodes\":[]}"))
                .isInstanceOf(ValidationException.class)
                .hasMessageContaining("format: is 'kumu', not 'evidence-map'");
        assertThatThrownBy(() -> read("{\"format\":\"evidence-map\",\"version\":2,\"nodes\":[]}"))
                .hasMessageContaining("version: is 2; this version of Evidence Map reads files up to version 1");
        assertThatThrownBy(() -> read("{\"format\":\"evidence-map\",\"version\":1,\"nodes\":[{\"name\":\"x\"},"
                        + "{\"id\":\"a\"},{\"id\":\"a\"}],\"relationships\":[{\"id\":\"r\",\"from\":\"a\"}]}"))
                .isInstanceOf(ValidationException.class)
                .satisfies(e -> assertThat(((ValidationException) e).violations())
                        .extracting(v -> v.field() + ": " + v.message())
                        .containsExactly(
                                "node 1: has no id",
                                "node 'a': repeats an id used by an earlier node",
                                "relationship 'r': needs both 'from' and 'to' (node ids)"));
        assertThatThrownBy(() -> read("{\"format\": "))
                .isInstanceOf(ValidationException.class)
                .hasMessageStartingWith("file: the file is not valid JSON (line 1, column");
        assertThatThrownBy(() -> read("[1, 2]"))
                .hasMessage("file: the file holds no JSON object, so it is not an Evidence Map file");
    }

    @Test
    void theImportLimitsOfSizeAndCountsHold() {
        String three = "{\"format\":\"evidence-map\",\"version\":1,\"nodes\":[{\"id\":\"a\"},{\"id\":\"b\"},"
                + "{\"id\":\"c\"}],\"relationships\":[{\"from\":\"a\",\"to\":\"b\"}]}";
        byte[] file = three.getBytes(StandardCharsets.UTF_8);
        assertThatThrownBy(() -> new JsonExchangeReader(ExchangeLimits.DEFAULT.withMaxBytes(50))
                        .read(new ByteArrayInputStream(file)))
                .isInstanceOf(ValidationException.class)
                .hasMessage("file: the file is " + file.length + " bytes; the limit is 50 bytes");
        assertThatThrownBy(() -> new JsonExchangeReader(ExchangeLimits.DEFAULT.withMaxCounts(2, 1))
                        .read(new ByteArrayInputStream(file)))
                .hasMessage("file: the file holds more than 2 elements, the most one import takes");
        assertThat(new JsonExchangeReader(ExchangeLimits.DEFAULT.withMaxCounts(3, 1))
                        .read(new ByteArrayInputStream(file))
                        .elements())
                .hasSize(3);
        assertThat(ImportFormat.of("json").reader(ExchangeLimits.DEFAULT)).isInstanceOf(JsonExchangeReader.class);
    }

    private static ExchangeGraph read(String json) {
        return new JsonExchangeReader().read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }
}
