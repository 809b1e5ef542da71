package uk.evidencemap.map.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestTimes;
import uk.evidencemap.TestUsers;
import uk.evidencemap.security.AreaRole;
import uk.evidencemap.security.GlobalRole;

@IntegrationTest
class MapApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers testUsers;

    Http http;
    String area;

    @BeforeEach
    void setUp() {
        http = Http.basic(port, testUsers.create(GlobalRole.ADMIN));
        area = testAreas.create();
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area);
        testUsers.deleteAll();
    }

    private JsonNode createNode(String type, String name, Map<String, Object> properties) {
        var response = http.post(
                "/api/areas/" + area + "/nodes", Map.of("type", type, "name", name, "properties", properties));
        assertThat(response.status()).as(response.raw()).isEqualTo(201);
        return response.body();
    }

    @Test
    void areasAreListedWithTheSizeOfTheirMaps() {
        createNode("Need", "Early language", Map.of("priority", 5));
        var response = http.get("/api/areas");
        assertThat(response.status()).isEqualTo(200);
        JsonNode mine = null;
        for (JsonNode a : response.body()) {
            if (a.get("id").asString().equals(area)) {
                mine = a;
            }
        }
        assertThat(mine).isNotNull();
        assertThat(mine.get("name").asString()).isEqualTo("Test area " + area);
        assertThat(mine.get("nodeCount").asLong()).isEqualTo(1);
        assertThat(mine.get("relationshipCount").asLong()).isZero();
    }

    @Test
    void aNodeIsCreatedChangedAndDeletedOverHttp() {
        JsonNode barrier = createNode(
                "Barrier",
                "Staff turnover",
                Map.of("category", "LOCAL_IMPLEMENTATION", "severity", 4, "tags", List.of("retention")));
        String id = barrier.get("id").asString();
        assertThat(barrier.get("type").asString()).isEqualTo("Barrier");
        assertThat(barrier.get("version").asLong()).isZero();
        assertThat(barrier.at("/properties/status").asString()).isEqualTo("OPEN");
        assertThat(barrier.at("/properties/tags/0").asString()).isEqualTo("retention");

        var changed = http.patch(
                "/api/areas/" + area + "/nodes/" + id, Map.of("properties", Map.of("severity", 2), "version", 0));
        assertThat(changed.status()).as(changed.raw()).isEqualTo(200);
        assertThat(changed.body().at("/properties/severity").asLong()).isEqualTo(2);
        assertThat(changed.body().get("version").asLong()).isEqualTo(1);

        var graph = http.get("/api/areas/" + area + "/graph");
        assertThat(graph.body().get("nodes")).hasSize(1);
        assertThat(graph.body().at("/nodes/0/name").asString()).isEqualTo("Staff turnover");

        assertThat(http.delete("/api/areas/" + area + "/nodes/" + id + "?version=1")
                        .status())
                .isEqualTo(204);
        assertThat(http.get("/api/areas/" + area + "/graph").body().get("nodes"))
                .isEmpty();
    }

    @Test
    void invalidInputGets422NamingEachProblemAndWritesNothing() {
        var response = http.post(
                "/api/areas/" + area + "/nodes",
                Map.of("type", "Barrier", "name", "", "properties", Map.of("category", "MONEY", "severity", 7)));
        assertThat(response.status()).isEqualTo(422);
        assertThat(response.body().get("error").asString()).startsWith("The request was refused");
        assertThat(response.body()
                        .get("details")
                        .valueStream()
                        .map(d -> d.get("field").asString()))
                .containsExactlyInAnyOrder("name", "category", "severity");
        assertThat(http.get("/api/areas/" + area + "/graph").body().get("nodes"))
                .isEmpty();

        var unknownType = http.post("/api/areas/" + area + "/nodes", Map.of("type", "Cat", "name", "Tom"));
        assertThat(unknownType.status()).isEqualTo(422);
        assertThat(unknownType.body().at("/details/0/field").asString()).isEqualTo("type");
    }

    @Test
    void malformedJsonGets400() {
        var response = http.postRaw("/api/areas/" + area + "/nodes", "{\"type\": \"Need\", ");
        assertThat(response.status()).isEqualTo(400);
        assertThat(response.body().get("error").asString())
                .isEqualTo("The request body is not valid JSON of the expected shape");
    }

    @Test
    void aStaleVersionGets409WithTheCurrentState() {
        String id = createNode("Need", "Parental conflict", Map.of("priority", 3))
                .get("id")
                .asString();
        assertThat(http.patch(
                                "/api/areas/" + area + "/nodes/" + id,
                                Map.of("properties", Map.of("priority", 4)),
                                "If-Match",
                                "\"0\"")
                        .status())
                .isEqualTo(200);

        var stale = http.patch("/api/areas/" + area + "/nodes/" + id, Map.of("name", "Overwritten", "version", 0));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.body().get("error").asString()).contains("was changed by someone else");
        assertThat(stale.body().at("/current/version").asLong()).isEqualTo(1);
        assertThat(stale.body().at("/current/properties/priority").asLong()).isEqualTo(4);
        assertThat(stale.body().at("/current/name").asString()).isEqualTo("Parental conflict");

        assertThat(http.delete("/api/areas/" + area + "/nodes/" + id + "?version=0")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void relationshipsAreCheckedAgainstTheirTypeAndDeleted() {
        String person = createNode("Person", "Pat", Map.of("role", "COMMISSIONER"))
                .get("id")
                .asString();
        String barrier = createNode("Barrier", "Funding", Map.of("category", "FUNDING", "severity", 5))
                .get("id")
                .asString();

        var wrong = http.post(
                "/api/areas/" + area + "/relationships", Map.of("type", "BLOCKS", "from", person, "to", barrier));
        assertThat(wrong.status()).isEqualTo(422);
        assertThat(wrong.body().at("/details/0/message").asString())
                .isEqualTo("BLOCKS goes from a Barrier to an Intervention, Organisation or Person,"
                        + " not from a Person to a Barrier");

        var created = http.post(
                "/api/areas/" + area + "/relationships",
                Map.of("type", "BLOCKS", "from", barrier, "to", person, "properties", Map.of("note", "budget holder")));
        assertThat(created.status()).isEqualTo(201);
        assertThat(created.body().get("from").asString()).isEqualTo(barrier);
        assertThat(created.body().at("/properties/note").asString()).isEqualTo("budget holder");
        String id = created.body().get("id").asString();
        assertThat(http.get("/api/areas/" + area + "/graph")
                        .body()
                        .at("/relationships/0/type")
                        .asString())
                .isEqualTo("BLOCKS");

        assertThat(http.delete("/api/areas/" + area + "/relationships/" + id).status())
                .isEqualTo(204);
        assertThat(http.delete("/api/areas/" + area + "/relationships/" + id).status())
                .isEqualTo(404);
    }

    @Test
    void unknownAreasAndNodesGet404() {
        assertThat(http.get("/api/areas/nowhere/graph").status()).isEqualTo(404);
        assertThat(http.get("/api/areas/nowhere/graph").body().get("error").asString())
                .isEqualTo("There is no area 'nowhere'");
        Map<String, Object> patch = new HashMap<>();
        patch.put("name", "x");
        assertThat(http.patch("/api/areas/" + area + "/nodes/no-such-node", patch)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void theCatalogueIsSharedAndValidated() {
        var created = http.post(
                "/api/programmes",
                Map.of(
                        "name",
                        "Test programme " + area,
                        "properties",
                        Map.of("evidenceRating", "3+", "illustrative", true)));
        assertThat(created.status()).isEqualTo(201);
        String id = created.body().get("id").asString();
        try {
            assertThat(http.get("/api/programmes")
                            .body()
                            .valueStream()
                            .map(p -> p.get("id").asString()))
                    .contains(id);
            var bad = http.post("/api/programmes", Map.of("name", "Bad", "properties", Map.of("evidenceRating", "5")));
            assertThat(bad.status()).isEqualTo(422);
            var changed = http.patch(
                    "/api/programmes/" + id, Map.of("properties", Map.of("evidenceRating", "4"), "version", 0));
            assertThat(changed.body().at("/properties/evidenceRating").asString())
                    .isEqualTo("4");
        } finally {
            testAreas.deleteProgramme(id);
        }
    }

    // Undo, redo and restore (admin) after an editor's later work: 409 naming who did what and when.

    @Test
    void undoingADeletionWhenAnEditorConnectedThePairAgainGets409() {
        TestUsers.Login editorLogin = testUsers.member(area, AreaRole.EDITOR);
        Http editor = Http.basic(port, editorLogin);
        String a = person("A");
        String b = person("B");
        String first = relate(http, "COLLABORATES_WITH", a, b).get("id").asString();
        assertThat(http.delete("/api/areas/" + area + "/relationships/" + first).status())
                .isEqualTo(204);
        relate(editor, "COLLABORATES_WITH", a, b);

        var refused = http.post("/api/areas/" + area + "/undo", Map.of());

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("error").asString())
                .isEqualTo("Not undone: " + editorLogin.username() + " connected 'A' to 'B' "
                        + TestTimes.at(lastChange(editorLogin.username(), "RELATIONSHIP_CREATED")));
        assertThat(refused.body().at("/current/from").asString()).isEqualTo(a);
        assertThat(refused.body().at("/current/type").asString()).isEqualTo("COLLABORATES_WITH");
        assertThat(http.get("/api/areas/" + area + "/graph").body().get("relationships"))
                .hasSize(1);
    }

    @Test
    void undoingACreationWhenAnEditorChangedAndConnectedTheNodeGets409() {
        TestUsers.Login editorLogin = testUsers.member(area, AreaRole.EDITOR);
        Http editor = Http.basic(port, editorLogin);
        String acme = createNode("Organisation", "Acme", Map.of("kind", "LOCAL_AUTHORITY"))
                .get("id")
                .asString();
        String d = person("D");
        var described = editor.patch(
                "/api/areas/" + area + "/nodes/" + d, Map.of("properties", Map.of("description", "Runs the hub")));
        assertThat(described.status()).as(described.raw()).isEqualTo(200);
        relate(editor, "WORKS_FOR", d, acme);

        var refused = http.post("/api/areas/" + area + "/undo", Map.of());

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("error").asString())
                .isEqualTo("Not undone: " + editorLogin.username() + " changed 'D' (description) "
                        + TestTimes.at(lastChange(editorLogin.username(), "NODE_UPDATED"))
                        + " and connected it to 'Acme' "
                        + TestTimes.at(lastChange(editorLogin.username(), "RELATIONSHIP_CREATED")));
        assertThat(refused.body().at("/current/properties/description").asString())
                .isEqualTo("Runs the hub");
        JsonNode graph = http.get("/api/areas/" + area + "/graph").body();
        assertThat(graph.get("nodes")).hasSize(2);
        assertThat(graph.get("relationships")).hasSize(1);
    }

    @Test
    void redoingADeletionWhenAnEditorChangedTheNodeSinceGets409() {
        TestUsers.Login editorLogin = testUsers.member(area, AreaRole.EDITOR);
        Http editor = Http.basic(port, editorLogin);
        String d = person("D");
        assertThat(http.delete("/api/areas/" + area + "/nodes/" + d).status()).isEqualTo(204);
        assertThat(http.post("/api/areas/" + area + "/undo", Map.of()).status()).isEqualTo(200);
        var described = editor.patch(
                "/api/areas/" + area + "/nodes/" + d, Map.of("properties", Map.of("description", "Runs the hub")));
        assertThat(described.status()).as(described.raw()).isEqualTo(200);

        var refused = http.post("/api/areas/" + area + "/redo", Map.of());

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("error").asString())
                .isEqualTo("Not redone: " + editorLogin.username() + " changed 'D' (description) "
                        + TestTimes.at(lastChange(editorLogin.username(), "NODE_UPDATED")));
        assertThat(http.get("/api/areas/" + area + "/graph").body().get("nodes"))
                .hasSize(1);
    }

    @Test
    void restoringANodeAnEditorBroughtBackGets409() {
        TestUsers.Login editorLogin = testUsers.member(area, AreaRole.EDITOR);
        Http editor = Http.basic(port, editorLogin);
        String d = person("D");
        assertThat(http.delete("/api/areas/" + area + "/nodes/" + d).status()).isEqualTo(204);
        long deletion = lastChangeSeq("NODE_DELETED");
        var restored = editor.post("/api/areas/" + area + "/history/" + deletion + "/restore", Map.of());
        assertThat(restored.status()).as(restored.raw()).isEqualTo(200);

        var refused = http.post("/api/areas/" + area + "/history/" + deletion + "/restore", Map.of());

        assertThat(refused.status()).as(refused.raw()).isEqualTo(409);
        assertThat(refused.body().get("error").asString())
                .isEqualTo("Not restored: " + editorLogin.username() + " brought 'D' back "
                        + TestTimes.at(lastChange(editorLogin.username(), "NODE_CREATED")));
        assertThat(http.get("/api/areas/" + area + "/graph").body().get("nodes"))
                .hasSize(1);
    }

    private String person(String name) {
        return createNode("Person", name, Map.of("role", "PRACTITIONER"))
                .get("id")
                .asString();
    }

    private JsonNode relate(Http client, String type, String from, String to) {
        var created = client.post(
                "/api/areas/" + area + "/relationships",
                Map.of("type", type, "from", from, "to", to, "properties", Map.of()));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body();
    }

    /** The newest change of this kind by this person, as the history API lists it. */
    private JsonNode last(String user, String action) {
        JsonNode found = null;
        for (JsonNode change : http.get("/api/areas/" + area + "/history").body()) {
            if ((user == null || change.get("user").asString().equals(user))
                    && change.get("action").asString().equals(action)) {
                found = change;
            }
        }
        assertThat(found).as(action + " by " + user).isNotNull();
        return found;
    }

    private Instant lastChange(String user, String action) {
        return Instant.parse(last(user, action).get("at").asString());
    }

    private long lastChangeSeq(String action) {
        return last(null, action).get("seq").asLong();
    }

    @Test
    void healthShowsTheDatabaseAndTheApiIsDocumented() {
        var health = new Http(port).get("/actuator/health");
        assertThat(health.status()).isEqualTo(200);
        assertThat(health.body().at("/components/neo4j/status").asString()).isEqualTo("UP");
        assertThat(health.body().at("/components/neo4j/details/edition").asString())
                .isEqualTo("community");

        var openapi = new Http(port).get("/api/openapi");
        assertThat(openapi.status()).isEqualTo(200);
        assertThat(openapi.body().at("/paths").propertyNames())
                .contains(
                        "/api/areas",
                        "/api/areas/{areaId}/graph",
                        "/api/areas/{areaId}/nodes/{id}",
                        "/api/areas/{areaId}/relationships",
                        "/api/programmes");
    }
}
