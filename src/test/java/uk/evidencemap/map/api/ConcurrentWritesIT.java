package uk.evidencemap.map.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.AreaWithUsers;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;

/**
 * Several clients ask for the same thing at the same moment, over real HTTP (decision 016). For one
 * relationship, exactly one is stored, whatever the interleaving, and every other request is
 * refused as a duplicate; half of the clients name the pair the other way round, which is the same
 * relationship for an undirected type. Undos sent at once (a double click) take back one change
 * each, in turn, not the same change twice.
 */
@IntegrationTest
class ConcurrentWritesIT {

    static final int ROUNDS = 20;

    @LocalServerPort
    int port;

    @Autowired
    TestAreas testAreas;

    @Autowired
    TestUsers testUsers;

    AreaWithUsers area;
    Http editor;

    @BeforeEach
    void anAreaWithAnEditor() {
        area = testAreas.withUsers();
        editor = Http.basic(port, area.editor());
    }

    @AfterEach
    void tearDown() {
        testAreas.delete(area.id());
        testUsers.deleteAll();
    }

    @ParameterizedTest(name = "{0} clients at once")
    @ValueSource(ints = {4, 8})
    void clientsAskingForOneRelationshipAtOnceStoreExactlyOneAndTheOthersAreToldItIsThereAlready(int clients)
            throws Exception {
        List<Http> http = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            http.add(Http.basic(port, area.editor()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int round = 1; round <= ROUNDS; round++) {
                String a = person("A" + round);
                String b = person("B" + round);

                List<Http.Response> responses = atOnce(
                        pool,
                        http,
                        "/relationships",
                        i -> Map.of(
                                "type",
                                "COLLABORATES_WITH",
                                "from",
                                i % 2 == 0 ? a : b,
                                "to",
                                i % 2 == 0 ? b : a,
                                "properties",
                                Map.of()));

                String what = "round " + round + " of " + clients + " clients";
                assertThat(responses)
                        .as(what)
                        .extracting(Http.Response::status)
                        .containsOnly(201, 422)
                        .filteredOn(status -> status == 201)
                        .hasSize(1);
                for (int i = 0; i < clients; i++) {
                    Http.Response response = responses.get(i);
                    if (response.status() == 422) {
                        String from = i % 2 == 0 ? "A" + round : "B" + round;
                        String to = i % 2 == 0 ? "B" + round : "A" + round;
                        assertThat(response.body().get("error").asString())
                                .as(what)
                                .isEqualTo("The request was refused: type: '" + from + "' collaborates with '" + to
                                        + "' already");
                    }
                }
                assertThat(relationshipsBetween(a, b)).as(what).isEqualTo(1);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void undosSentAtOnceTakeBackOneChangeEachInTurn() throws Exception {
        int clients = 4;
        List<Http> http = new ArrayList<>();
        for (int i = 0; i < clients; i++) {
            http.add(Http.basic(port, area.editor()));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        try {
            for (int round = 1; round <= 5; round++) {
                String id = person("Pat " + round);
                for (int i = 1; i <= clients; i++) {
                    var renamed = editor.patch(
                            "/api/areas/" + area.id() + "/nodes/" + id, Map.of("name", "Pat " + round + "." + i));
                    assertThat(renamed.status()).as(renamed.raw()).isEqualTo(200);
                }

                List<Http.Response> responses = atOnce(pool, http, "/undo", i -> Map.of());

                assertThat(responses)
                        .as("round " + round)
                        .allSatisfy(r -> assertThat(r.status()).as(r.raw()).isEqualTo(200));
                assertThat(responses)
                        .extracting(r -> r.body().get("undoes").asLong())
                        .as("each undid another change")
                        .doesNotHaveDuplicates();
                var node =
                        editor.get("/api/areas/" + area.id() + "/graph").body().get("nodes");
                String name = null;
                for (JsonNode n : node) {
                    if (n.get("id").asString().equals(id)) {
                        name = n.get("name").asString();
                    }
                }
                assertThat(name).as("round " + round).isEqualTo("Pat " + round);
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private interface Body {
        Map<String, Object> of(int client);
    }

    /** Every client posts to the area's {@code path} as soon as all are ready, each from its own thread and connection. */
    private List<Http.Response> atOnce(ExecutorService pool, List<Http> http, String path, Body body)
            throws InterruptedException, ExecutionException {
        CountDownLatch ready = new CountDownLatch(http.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Http.Response>> sent = new ArrayList<>();
        for (int i = 0; i < http.size(); i++) {
            Http client = http.get(i);
            Map<String, Object> request = body.of(i);
            sent.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return client.post("/api/areas/" + area.id() + path, request);
            }));
        }
        ready.await();
        go.countDown();
        List<Http.Response> responses = new ArrayList<>();
        for (Future<Http.Response> response : sent) {
            responses.add(response.get());
        }
        return responses;
    }

    private String person(String name) {
        var created = editor.post(
                "/api/areas/" + area.id() + "/nodes",
                Map.of("type", "Person", "name", name, "properties", Map.of("role", "PRACTITIONER")));
        assertThat(created.status()).as(created.raw()).isEqualTo(201);
        return created.body().get("id").asString();
    }

    /** The relationships the graph API shows between two nodes, either way round. */
    private long relationshipsBetween(String a, String b) {
        var graph = editor.get("/api/areas/" + area.id() + "/graph");
        assertThat(graph.status()).as(graph.raw()).isEqualTo(200);
        long count = 0;
        for (JsonNode r : graph.body().get("relationships")) {
            String from = r.get("from").asString();
            String to = r.get("to").asString();
            if ((from.equals(a) && to.equals(b)) || (from.equals(b) && to.equals(a))) {
                count++;
            }
        }
        return count;
    }
}
