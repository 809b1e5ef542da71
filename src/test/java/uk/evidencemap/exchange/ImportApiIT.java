package uk.evidencemap.exchange;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;

/** Every real file of ../shared/datasets imported through the API, dry run then real, and bad files refused whole. */
@IntegrationTest
class ImportApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers users;

    AreaWithUsers area;
    Http editor;

    @BeforeEach
    void anEmptyArea() {
        area = testAreas.withUsers();
        editor = Http.basic(port, area.editor());
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area.id());
        users.deleteAll();
    }

    /**
     * Each dataset with its rows (the README's counts) and what the import makes of them: nodes and
     * relationships created; the rows between are skipped, each named with its reason in the report
     * (the snap-to files name four pairs twice; the PayPal sheet names two connections twice).
     */
    static Stream<Arguments> datasets() {
        return Stream.of(
                Arguments.of("kumu-docs/kumu-docs--images_kumu-changelabs-template.json", "kumu-json", 10, 11, 10, 11),
                Arguments.of(
                        "kumu-docs/kumu-docs--content_snap-to-tutorial-project.json", "kumu-json", 51, 113, 51, 109),
                Arguments.of("kumu-docs/kumu-docs--content_snap-to-tutorial-data.xlsx", "kumu-xlsx", 51, 113, 51, 109),
                Arguments.of("kumu-docs/kumu-docs--content_paypal-mafia.xlsx", "kumu-xlsx", 34, 49, 34, 47),
                Arguments.of("gephi-samples/lesmis.gexf", "gexf", 77, 254, 77, 254),
                Arguments.of("prsm/PathsExample.prsm", "prsm", 10, 13, 10, 13),
                Arguments.of("prsm/npctheoryofchange191.prsm", "prsm", 22, 30, 22, 30),
                Arguments.of("prsm/supplychainandlogisticssystem191.prsm", "prsm", 16, 26, 16, 26),
                Arguments.of("prsm/User_manual_examples.prsm", "prsm", 2, 1, 2, 1),
                Arguments.of("prsm/clusterexamplemap.prsm", "prsm", 6, 7, 6, 7),
                Arguments.of("prsm/examplemapforusermanual.prsm", "prsm", 2, 1, 2, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("datasets")
    void eachDatasetImportsWithEveryRowCreatedMatchedOrSkippedWithItsReason(
            String file, String format, int elements, int connections, int nodes, int relationships)
            throws IOException {
        byte[] bytes = Files.readAllBytes(Path.of("..", "shared", "datasets", file));
        String path = "/api/areas/" + area.id() + "/import?format=" + format;

        Http.Response dry = editor.postBytes(path + "&dryRun=true", bytes, "application/octet-stream");
        assertThat(dry.status()).as(dry.raw()).isEqualTo(200);
        assertThat(dry.body().at("/dryRun").asBoolean()).isTrue();
        assertThat(editor.get("/api/areas/" + area.id() + "/graph")
                        .body()
                        .at("/nodes")
                        .size())
                .as("a dry run writes nothing")
                .isZero();

        Http.Response done =
                editor.postFile(path, "file", Path.of(file).getFileName().toString(), bytes);
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        JsonNode report = done.body();
        System.out.println("IMPORT " + file + ": " + report);
        int skippedElements = 0;
        int skippedConnections = 0;
        for (JsonNode s : report.at("/skipped")) {
            String row = s.at("/row").asString();
            assertThat(s.at("/reason").asString()).as(row).isNotBlank();
            if (isConnectionRow(row)) {
                skippedConnections++;
            } else {
                skippedElements++;
            }
        }
        assertThat(report.at("/created/nodes").asInt() + report.at("/matched").asInt() + skippedElements)
                .as("every element created, joined to another or skipped with its reason")
                .isEqualTo(elements);
        assertThat(report.at("/created/relationships").asInt() + skippedConnections)
                .as("every connection created or skipped with its reason")
                .isEqualTo(connections);
        assertThat(report.at("/created")).isEqualTo(dry.body().at("/created"));
        assertThat(report.at("/created/nodes").asInt()).as("nodes created").isEqualTo(nodes);
        assertThat(report.at("/created/relationships").asInt())
                .as("relationships created")
                .isEqualTo(relationships);
        JsonNode graph = editor.get("/api/areas/" + area.id() + "/graph").body();
        assertThat(graph.at("/nodes").size())
                .isEqualTo(report.at("/created/nodes").asInt());
        assertThat(graph.at("/relationships").size())
                .isEqualTo(report.at("/created/relationships").asInt());

        assertThat(editor.post("/api/areas/" + area.id() + "/undo", null).status())
                .isEqualTo(200);
        assertThat(editor.get("/api/areas/" + area.id() + "/graph")
                        .body()
                        .at("/nodes")
                        .size())
                .as("undo takes the import back whole")
                .isZero();
    }

    private static boolean isConnectionRow(String row) {
        String r = row.toLowerCase(java.util.Locale.ROOT);
        return r.startsWith("connection") || r.startsWith("edge") || r.startsWith("link");
    }

    @Test
    void badFilesAreRefusedWithAClearMessageAndNothingIsWritten() {
        String path = "/api/areas/" + area.id() + "/import?format=";
        List<Object[]> cases = List.of(
                new Object[] {"kumu-json", "{\"elements\": [", "file"},
                new Object[] {
                    "graphml",
                    "<?xml version=\"1.0\"?><!DOCTYPE g [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>"
                            + "<graphml><graph><node id=\"&x;\"/></graph></graphml>",
                    "DTD"
                },
                new Object[] {"gexf", "<gexf><graph><nodes><node id=\"1\"", "file"},
                new Object[] {"kumu-xlsx", "not a workbook", "file"},
                new Object[] {"xml", "<x/>", "the formats are kumu-json"});
        for (Object[] c : cases) {
            Http.Response response = editor.postBytes(
                    path + c[0], ((String) c[1]).getBytes(StandardCharsets.UTF_8), "application/octet-stream");
            assertThat(response.status()).as(c[0] + ": " + response.raw()).isIn(400, 422);
            assertThat(response.raw()).as(String.valueOf(c[0])).contains((String) c[2]);
        }
        byte[] large = new byte[50 * 1024 * 1024 + 1];
        Http.Response tooLarge = editor.postBytes(path + "graphml", large, "application/octet-stream");
        assertThat(tooLarge.status()).as(tooLarge.raw()).isEqualTo(422);
        assertThat(tooLarge.raw()).contains("the limit is 50 MB");
        assertThat(editor.get("/api/areas/" + area.id() + "/graph")
                        .body()
                        .at("/nodes")
                        .size())
                .isZero();
    }

    @Test
    void onlyEditorsOfTheAreaMayImport() {
        byte[] file =
                "<gexf xmlns=\"http://gexf.net/1.3\"><graph><nodes><node id=\"a\" label=\"A\"/></nodes></graph></gexf>"
                        .getBytes(StandardCharsets.UTF_8);
        String path = "/api/areas/" + area.id() + "/import?format=gexf";
        assertThat(new Http(port).postBytes(path, file, "application/xml").status())
                .isEqualTo(401);
        assertThat(Http.basic(port, area.viewer())
                        .postBytes(path, file, "application/xml")
                        .status())
                .isEqualTo(403);
        assertThat(editor.postBytes("/api/areas/no-such-area/import?format=gexf", file, "application/xml")
                        .status())
                .isIn(403, 404);
        Http.Response done = editor.postBytes(path + "&defaultType=Need", file, "application/xml");
        assertThat(done.status()).as(done.raw()).isEqualTo(200);
        assertThat(editor.get("/api/areas/" + area.id() + "/graph")
                        .body()
                        .at("/nodes/0/type")
                        .asString())
                .isEqualTo("Need");
    }
}
