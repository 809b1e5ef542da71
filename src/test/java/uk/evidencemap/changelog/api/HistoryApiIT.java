package uk.evidencemap.changelog.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;

/** The history API of API.md, and undo, redo, restore and the past map, under the area's access rules. */
@IntegrationTest
class HistoryApiIT {

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers testUsers;

    String area;
    Http editor;
    Http viewer;
    Http outsider;

    @BeforeEach
    void anAreaWithAnEditorAViewerAndAnEditorOfAnother() {
        AreaWithUsers made = testAreas.withUsers();
        area = made.id();
        editor = Http.basic(port, made.editor());
        viewer = Http.basic(port, made.viewer());
        outsider = Http.basic(port, testAreas.withUsers().editor());
    }

    @AfterEach
    void tearDown() {
        testAreas.deleteAll();
        testUsers.deleteAll();
    }

    @Test
    void changesAreListedOldestFirstAndCanBeUndoneRedoneAndRestoredThroughTheApi() throws InterruptedException {
        JsonNode need = editor.post(
                        "/api/areas/" + area + "/nodes",
                        Map.of("type", "Need", "name", "Early language", "properties", Map.of("priority", 3)))
                .body();
        String id = need.get("id").asString();
        Thread.sleep(20);
        Instant afterCreate = Instant.now();
        Thread.sleep(20);
        assertThat(editor.patch(
                                "/api/areas/" + area + "/nodes/" + id,
                                Map.of("properties", Map.of("priority", 5), "version", 0))
                        .status())
                .isEqualTo(200);

        var history = viewer.get("/api/areas/" + area + "/history");
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.body()).hasSize(2);
        JsonNode change = history.body().get(1);
        assertThat(change.get("action").asString()).isEqualTo("NODE_UPDATED");
        assertThat(change.get("subject").get("id").asString()).isEqualTo(id);
        assertThat(change.get("subject").get("type").asString()).isEqualTo("Need");
        assertThat(change.get("before").get("properties").get("priority").asInt())
                .isEqualTo(3);
        assertThat(change.get("after").get("properties").get("priority").asInt())
                .isEqualTo(5);
        assertThat(change.get("user").asString()).isNotBlank();
        long first = history.body().get(0).get("seq").asLong();
        assertThat(viewer.get("/api/areas/" + area + "/history?since=" + first).body())
                .hasSize(1);

        var past = viewer.get("/api/areas/" + area + "/graph?at=" + afterCreate);
        assertThat(past.body()
                        .get("nodes")
                        .get(0)
                        .get("properties")
                        .get("priority")
                        .asInt())
                .isEqualTo(3);

        assertThat(viewer.post("/api/areas/" + area + "/undo", Map.of()).status())
                .as("viewers undo nothing")
                .isEqualTo(403);
        assertThat(outsider.get("/api/areas/" + area + "/history").status()).isEqualTo(403);
        var undone = editor.post("/api/areas/" + area + "/undo", Map.of());
        assertThat(undone.status()).as(undone.raw()).isEqualTo(200);
        assertThat(undone.body().get("undoes").asLong())
                .isEqualTo(change.get("seq").asLong());
        assertThat(editor.get("/api/areas/" + area + "/graph")
                        .body()
                        .get("nodes")
                        .get(0)
                        .get("properties")
                        .get("priority")
                        .asInt())
                .isEqualTo(3);
        assertThat(editor.post("/api/areas/" + area + "/redo", Map.of()).status())
                .isEqualTo(200);

        assertThat(editor.delete("/api/areas/" + area + "/nodes/" + id).status())
                .isEqualTo(204);
        long deletion = editor.get("/api/areas/" + area + "/history")
                .body()
                .get(4)
                .get("seq")
                .asLong();
        var restored = editor.post("/api/areas/" + area + "/history/" + deletion + "/restore", Map.of());
        assertThat(restored.status()).as(restored.raw()).isEqualTo(200);
        assertThat(restored.body().get("id").asString()).isEqualTo(id);
        assertThat(editor.post("/api/areas/" + area + "/history/" + deletion + "/restore", Map.of())
                        .status())
                .as("already back")
                .isEqualTo(422);
    }
}
