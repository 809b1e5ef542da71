package uk.evidencemap.exchange.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.json.JsonMapper;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestMap;
import uk.evidencemap.TestUsers;
import uk.evidencemap.analysis.SmallLocalSystem;
import uk.evidencemap.exchange.ExchangeGraph;
import uk.evidencemap.exchange.JsonExchangeReader;
import uk.evidencemap.map.CatalogueService;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodePlacesService;
import uk.evidencemap.map.NodePosition;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.map.RelationshipDraft;
import uk.evidencemap.map.RelationshipType;
import uk.evidencemap.security.GlobalRole;
import uk.evidencemap.security.SystemUser;

/** GET /api/areas/{areaId}/export in every format, over real HTTP, on a small local system. */
@IntegrationTest
class ExportApiIT {

    /** The area's own nodes: those of {@link SmallLocalSystem} and a factor; besides 3 catalogue programmes. */
    private static final int NODES = 21 + 1;

    /** Those of {@link SmallLocalSystem} and an influence. */
    private static final int RELATIONSHIPS = 25 + 1;

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers testUsers;

    @Autowired
    CatalogueService catalogue;

    @Autowired
    NodePlacesService places;

    @Autowired
    SystemUser system;

    @Autowired
    MapService mapService;

    SmallLocalSystem smallSystem;
    AreaWithUsers area;

    @BeforeEach
    void aSmallLocalSystemWithSomeNodesPlaced() {
        smallSystem = new SmallLocalSystem(testAreas, catalogue, system);
        area = testAreas.withUsers("Ashby & Vale — Ŵales");
        TestMap map = smallSystem
                .build(area.id())
                .node(
                        NodeType.FACTOR,
                        "Cost of living",
                        "tags",
                        List.of("economic", "family"),
                        "field.Households affected",
                        1200L);
        system.run(() -> mapService.createRelationship(
                area.id(),
                new RelationshipDraft(
                        RelationshipType.INFLUENCES,
                        map.get("Cost of living").id(),
                        map.get("Behaviour").id(),
                        Map.of("polarity", "OPPOSITE", "delay", true, "strength", 4))));
        system.run(() -> places.savePositions(
                area.id(),
                Map.of(
                        map.get("Ann Leader").id(), new NodePosition(10, 20),
                        map.get("Talk groups").id(), new NodePosition(-35.5, 140))));
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        smallSystem.deleteProgrammes();
        testUsers.deleteAll();
    }

    private record File(int status, String contentType, String disposition, byte[] body) {}

    private File get(String path, TestUsers.Login login) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path));
        if (login != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((login.username() + ":" + login.password())
                                            .getBytes(StandardCharsets.UTF_8)));
        }
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpResponse<byte[]> response = client.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            return new File(
                    response.statusCode(),
                    response.headers().firstValue("Content-Type").orElse(""),
                    response.headers().firstValue("Content-Disposition").orElse(""),
                    response.body());
        }
    }

    private File export(String format) throws Exception {
        File file = get("/api/areas/" + area.id() + "/export?format=" + format, area.viewer());
        assertThat(file.status())
                .as(new String(file.body(), StandardCharsets.UTF_8))
                .isEqualTo(200);
        assertThat(file.body()).isNotEmpty();
        return file;
    }

    private void named(File file, String extension) {
        assertThat(file.disposition())
                .matches("attachment; filename=\"" + area.id() + "-map-\\d{4}-\\d{2}-\\d{2}\\." + extension + "\"");
    }

    @Test
    void jsonIsTheWholeMapAndReadsBack() throws Exception {
        File file = export("json");
        assertThat(file.contentType()).startsWith("application/json");
        named(file, "json");
        ExchangeGraph read = new JsonExchangeReader().read(new ByteArrayInputStream(file.body()));
        assertThat(read.elements()).hasSize(NODES + 3);
        assertThat(read.connections()).hasSize(RELATIONSHIPS);
        assertThat(read.area()).containsEntry("name", "Ashby & Vale — Ŵales").containsEntry("strongEvidence", "3");
        assertThat(read.elements().stream().filter(e -> e.x() != null)).hasSize(2);
        ExchangeGraph.Element factor = read.elements().stream()
                .filter(e -> e.label().equals("Cost of living"))
                .findFirst()
                .orElseThrow();
        assertThat(factor.type()).isEqualTo("Factor");
        assertThat(factor.tags()).containsExactly("economic", "family");
        assertThat(factor.fields()).containsEntry("field.Households affected", 1200L);
        ExchangeGraph.Connection influence = read.connections().stream()
                .filter(c -> "INFLUENCES".equals(c.type()))
                .findFirst()
                .orElseThrow();
        assertThat(influence.polarity()).isEqualTo("OPPOSITE");
        assertThat(influence.fields()).containsEntry("delay", true).containsEntry("strength", 4L);
    }

    @Test
    void graphmlAndGexfAreXmlWithEveryNodeAndEdge() throws Exception {
        for (String format : List.of("graphml", "gexf")) {
            File file = export(format);
            assertThat(file.contentType()).startsWith("application/" + format + "+xml");
            named(file, format);
            DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
            factory.setNamespaceAware(true);
            var document = factory.newDocumentBuilder().parse(new ByteArrayInputStream(file.body()));
            assertThat(document.getElementsByTagNameNS("*", "node").getLength())
                    .as(format)
                    .isEqualTo(NODES + 3);
            assertThat(document.getElementsByTagNameNS("*", "edge").getLength())
                    .as(format)
                    .isEqualTo(RELATIONSHIPS);
        }
    }

    @Test
    void csvZipHoldsNodesAndRelationships() throws Exception {
        File file = export("csv-zip");
        assertThat(file.contentType()).startsWith("application/zip");
        named(file, "zip");
        List<String> entries = new ArrayList<>();
        List<Long> lines = new ArrayList<>();
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(file.body()))) {
            for (ZipEntry entry = zip.getNextEntry(); entry != null; entry = zip.getNextEntry()) {
                entries.add(entry.getName());
                lines.add(new String(zip.readAllBytes(), StandardCharsets.UTF_8)
                        .lines()
                        .count());
            }
        }
        assertThat(entries).containsExactly("nodes.csv", "relationships.csv");
        assertThat(lines).containsExactly((long) NODES + 3 + 1, (long) RELATIONSHIPS + 1);
    }

    @Test
    void kumuFilesHaveTheirSheetsAndElements() throws Exception {
        File xlsx = export("kumu-xlsx");
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        named(xlsx, "xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
            assertThat(book.getSheetName(0)).isEqualTo("Elements");
            assertThat(book.getSheetName(1)).isEqualTo("Connections");
            assertThat(book.getSheet("Elements").getLastRowNum()).isEqualTo(NODES + 3);
            var connections = book.getSheet("Connections");
            assertThat(connections.getLastRowNum()).isEqualTo(RELATIONSHIPS);
            List<String> types = new ArrayList<>();
            for (int r = 1; r <= connections.getLastRowNum(); r++) {
                types.add(connections.getRow(r).getCell(2).getStringCellValue());
            }
            assertThat(types).contains("+-", "WORKS_FOR");
        }
        File json = export("kumu-json");
        assertThat(json.contentType()).startsWith("application/json");
        named(json, "kumu\\.json");
        var project = JsonMapper.builder().build().readTree(json.body());
        assertThat(project.get("elements")).hasSize(NODES + 3);
        assertThat(project.get("connections")).hasSize(RELATIONSHIPS);
    }

    @Test
    void refusalsAnswerAsTheApiDoes() throws Exception {
        String path = "/api/areas/" + area.id() + "/export?format=graphml";
        assertThat(get(path, null).status()).isEqualTo(401);
        assertThat(get(path, testUsers.create(null)).status()).isEqualTo(403);
        TestUsers.Login admin = testUsers.create(GlobalRole.ADMIN);
        assertThat(get("/api/areas/no-such-area/export?format=graphml", admin).status())
                .isEqualTo(404);

        var unknown = Http.basic(port, area.viewer()).get("/api/areas/" + area.id() + "/export?format=xls");
        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.body().get("error").asString()).isEqualTo("'xls' is not an export format");
        assertThat(unknown.body().at("/details/0/field").asString()).isEqualTo("format");
        assertThat(unknown.body().at("/details/0/message").asString())
                .isEqualTo("must be one of json, graphml, gexf, csv-zip, kumu-xlsx, kumu-json");
    }
}
