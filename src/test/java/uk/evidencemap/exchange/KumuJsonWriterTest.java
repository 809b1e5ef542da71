package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class KumuJsonWriterTest {

    /** A project backup exported from Kumu itself (see ../shared/datasets/README.md). */
    private static final Path KUMU_BACKUP =
            Path.of("../shared/datasets/kumu-docs/kumu-docs--images_kumu-changelabs-template.json");

    private static final JsonMapper JSON = JsonMapper.builder().build();

    private final ExportedArea sample = ExportSample.area();

    private JsonNode written() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        new KumuJsonWriter().write(sample, out);
        return JSON.readTree(out.toByteArray());
    }

    @Test
    void usesOnlyTheFieldsOfKumusOwnBackups() throws Exception {
        JsonNode project = written();
        Assumptions.assumeTrue(Files.exists(KUMU_BACKUP), "the shared datasets are beside the project");
        JsonNode kumu = JSON.readTree(Files.readAllBytes(KUMU_BACKUP));
        assertThat(project.propertyNames()).isSubsetOf(kumu.propertyNames());
        assertThat(project.get("elements").get(0).propertyNames())
                .isSubsetOf(kumu.get("elements").get(0).propertyNames());
        assertThat(project.get("connections").get(0).propertyNames())
                .isSubsetOf(kumu.get("connections").get(0).propertyNames());
        assertThat(project.get("attributes").get(0).propertyNames())
                .isSubsetOf(kumu.get("attributes").get(0).propertyNames());
        assertThat(project.get("maps").get(0).propertyNames())
                .isSubsetOf(kumu.get("maps").get(0).propertyNames());
        assertThat(project.at("/maps/0/elements/0").propertyNames())
                .isSubsetOf(kumu.at("/maps/0/elements/0").propertyNames());
        assertThat(project.get("defaultMap").asString())
                .isEqualTo(project.at("/maps/0/_id").asString());
    }

    @Test
    void everyNodeIsAnElementOnTheMapAndEveryConnectionJoinsTwoOfThem() {
        JsonNode project = written();
        Map<String, JsonNode> elements = new HashMap<>();
        project.get("elements").forEach(e -> elements.put(e.get("_id").asString(), e));
        assertThat(elements).hasSize(sample.graph().nodes().size());
        JsonNode awkward = elements.get("elem-awkward").get("attributes");
        assertThat(awkward.get("label").asString()).isEqualTo(ExportSample.AWKWARD_NAME);
        assertThat(awkward.get("element type").asString()).isEqualTo("Person");
        JsonNode custom = elements.get("elem-custom").get("attributes");
        assertThat(custom.get("population").isIntegralNumber()).isTrue();
        assertThat(custom.get("population").longValue()).isEqualTo(212_000L);
        assertThat(custom.get("share").doubleValue()).isEqualTo(0.375);
        assertThat(custom.get("rural").asString()).isEqualTo("false");
        assertThat(elements.get("elem-barrier").at("/attributes/tags/1").asString())
                .isEqualTo("capacity");

        JsonNode connections = project.get("connections");
        assertThat(connections).hasSize(sample.graph().relationships().size());
        Map<String, JsonNode> byId = new HashMap<>();
        connections.forEach(c -> {
            assertThat(elements)
                    .containsKeys(c.get("from").asString(), c.get("to").asString());
            byId.put(c.get("_id").asString(), c);
        });
        assertThat(byId.get("conn-r-same").at("/attributes/connection type").asString())
                .isEqualTo("++");
        assertThat(byId.get("conn-r-same").get("delayed").booleanValue()).isTrue();
        assertThat(byId.get("conn-r-same").at("/attributes/description").asString())
                .isEqualTo("Less turnover, more reach");
        assertThat(byId.get("conn-r-same").at("/attributes/strength").longValue())
                .isEqualTo(4);
        assertThat(byId.get("conn-r-opposite").at("/attributes/connection type").asString())
                .isEqualTo("+-");
        assertThat(byId.get("conn-r-unknown").at("/attributes/polarity").asString())
                .isEqualTo("UNKNOWN");
        assertThat(byId.get("conn-r-collab").get("direction").asString()).isEqualTo("undirected");
        assertThat(byId.get("conn-r-blocks").at("/attributes/connection type").asString())
                .isEqualTo("BLOCKS");

        JsonNode placed = project.at("/maps/0/elements");
        assertThat(placed).hasSize(sample.graph().nodes().size());
        Set<String> pinned = new HashSet<>();
        placed.forEach(p -> {
            if (p.get("pinned").booleanValue()) {
                pinned.add(p.get("element").asString());
            }
        });
        assertThat(pinned).containsExactlyInAnyOrder("elem-awkward", "elem-hub-org", "elem-custom");
        assertThat(project.at("/maps/0/connections"))
                .hasSize(sample.graph().relationships().size());
    }

    @Test
    void nodesNeverPlacedAreLaidBelowThePlacedOnesWithoutOverlapping() {
        var places = KumuJsonWriter.places(sample);
        assertThat(places).hasSize(sample.graph().nodes().size());
        assertThat(places.get("awkward").x()).isEqualTo(-120.5);
        assertThat(new HashSet<>(places.values())).hasSize(places.size());
        sample.graph().nodes().stream()
                .filter(n -> sample.position(n.id()) == null)
                .forEach(n -> assertThat(places.get(n.id()).y()).isGreaterThan(40.25));
    }
}
