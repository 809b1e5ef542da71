package uk.evidencemap.map.api;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.ApiGraphs;
import uk.evidencemap.Http;
import uk.evidencemap.IntegrationTest;
import uk.evidencemap.TestAreas;
import uk.evidencemap.TestUsers;
import uk.evidencemap.database.TransientRetry;
import uk.evidencemap.security.AccountService;
import uk.evidencemap.security.AreaRole;

/**
 * Fifty editors work on one area through the API at once, 200 operations each: renames with the
 * version they last saw, new people, connections, deletions of their own people, undo and redo.
 * Afterwards every request has had an answer the API promises for shared work (2xx, 409 or 422;
 * never 403 or 5xx), no relationship is stored twice, the map equals the change log replayed from
 * the start, and every change the API reported as done is in the log. Prints the counts.
 */
@IntegrationTest
class ManyEditorsAtOnceIT {

    static final int CLIENTS = Integer.getInteger("concurrency.clients", 50);
    static final int OPERATIONS = Integer.getInteger("concurrency.operations", 200);
    static final int SHARED = 20;

    @LocalServerPort
    int port;

    @Autowired
    TestAreas areas;

    @Autowired
    TestUsers users;

    @Autowired
    AccountService accounts;

    @Autowired
    TransientRetry retry;

    @AfterEach
    void tearDown() {
        areas.deleteAll();
        users.deleteAll();
    }

    /** What one request was, what it answered, and what the API said it did. */
    record Outcome(String operation, int status, String subjectId, Long seq, String body) {}

    @Test
    void fiftyEditorsAtOnceLoseNothingDuplicateNothingAndEverySuccessIsInTheLog() throws Exception {
        String area = areas.create();
        List<Http> clients = new ArrayList<>();
        for (int i = 0; i < CLIENTS; i++) {
            String editor = users.member(area, AreaRole.EDITOR).username();
            String token =
                    users.as(editor, () -> accounts.createToken("load test").secret());
            clients.add(Http.bearer(port, token));
        }
        // the shared people are made by someone who then does nothing else, so no client's undo removes them
        String seeder = users.member(area, AreaRole.EDITOR).username();
        Http admin = Http.bearer(
                port, users.as(seeder, () -> accounts.createToken("seed").secret()));
        Map<String, Long> shared = new ConcurrentHashMap<>();
        for (int i = 0; i < SHARED; i++) {
            JsonNode made = admin.post("/api/areas/" + area + "/nodes", ApiGraphs.person("Shared " + i))
                    .body();
            shared.put(made.get("id").asString(), made.get("version").asLong());
        }

        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        long retriesBefore = retry.retries();
        long exhaustedBefore = retry.exhausted();
        ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
        CountDownLatch start = new CountDownLatch(1);
        Instant began = Instant.now();
        List<Future<?>> running = new ArrayList<>();
        for (int c = 0; c < CLIENTS; c++) {
            Editor editor = new Editor(c, clients.get(c), area, List.copyOf(shared.keySet()), outcomes);
            running.add(pool.submit(() -> {
                start.await();
                editor.work(OPERATIONS);
                return null;
            }));
        }
        start.countDown();
        for (Future<?> f : running) {
            f.get(15, TimeUnit.MINUTES);
        }
        pool.shutdown();
        Duration took = Duration.between(began, Instant.now());

        Map<Integer, Long> byStatus = new TreeMap<>();
        outcomes.forEach(o -> byStatus.merge(o.status(), 1L, Long::sum));
        long applied = outcomes.stream().filter(o -> o.status() / 100 == 2).count();
        long conflicts = outcomes.stream().filter(o -> o.status() == 409).count();
        long refusals = outcomes.stream().filter(o -> o.status() == 422).count();
        System.out.printf(
                "%nMany editors at once: %d clients x %d operations = %d requests in %.1f s (%.0f requests/s):"
                        + " applied %d, conflicts (409) %d, refusals (422) %d, transient-error retries %d (gave up %d);"
                        + " by status %s%n",
                CLIENTS,
                OPERATIONS,
                outcomes.size(),
                took.toMillis() / 1000.0,
                outcomes.size() / Math.max(0.001, took.toMillis() / 1000.0),
                applied,
                conflicts,
                refusals,
                retry.retries() - retriesBefore,
                retry.exhausted() - exhaustedBefore,
                byStatus);

        assertThat(outcomes).hasSize(CLIENTS * OPERATIONS);
        assertThat(outcomes)
                .as("every answer is one the API promises for shared work")
                .allSatisfy(o -> assertThat(o.status())
                        .as(o.operation() + " answered " + o.status() + ": " + o.body())
                        .isIn(200, 201, 204, 409, 422));

        JsonNode graph = admin.get("/api/areas/" + area + "/graph").body();
        Map<String, Integer> pairs = new HashMap<>();
        for (JsonNode r : graph.get("relationships")) {
            String from = r.get("from").asString();
            String to = r.get("to").asString();
            String key = r.get("type").asString() + " " + (from.compareTo(to) < 0 ? from + " " + to : to + " " + from);
            pairs.merge(key, 1, Integer::sum);
        }
        assertThat(pairs)
                .as("no relationship stored twice")
                .allSatisfy((pair, n) -> assertThat(n).as(pair).isEqualTo(1));

        JsonNode replayed =
                admin.get("/api/areas/" + area + "/graph?at=" + Instant.now()).body();
        assertThat(ApiGraphs.shape(replayed))
                .as("the map equals the change log replayed")
                .isEqualTo(ApiGraphs.shape(graph));

        List<JsonNode> log = ApiGraphs.history(admin, area);
        Set<Long> seqs = new HashSet<>();
        Set<String> subjects = new HashSet<>();
        for (JsonNode change : log) {
            seqs.add(change.get("seq").asLong());
            subjects.add(change.get("action").asString() + " "
                    + change.at("/subject/id").asString());
        }
        for (Outcome o : outcomes) {
            if (o.status() / 100 != 2) {
                continue;
            }
            if (o.seq() != null) {
                assertThat(seqs)
                        .as(o.operation() + " reported change " + o.seq())
                        .contains(o.seq());
            } else {
                String action = switch (o.operation()) {
                    case "create" -> "NODE_CREATED";
                    case "rename" -> "NODE_UPDATED";
                    case "connect" -> "RELATIONSHIP_CREATED";
                    case "delete" -> "NODE_DELETED";
                    default -> throw new IllegalStateException(o.operation());
                };
                assertThat(subjects)
                        .as(o.operation() + " of " + o.subjectId() + " is in the log")
                        .contains(action + " " + o.subjectId());
            }
        }
    }

    /**
     * One editor's session. The shared people are renamed by everyone (so versions go stale and
     * answers 409), connected by everyone (so the same pair is asked for at once and answers 422
     * "already"); each editor's own people are renamed, connected and deleted only by that editor.
     */
    static final class Editor {

        private final int number;
        private final Http http;
        private final String area;
        private final List<String> shared;
        private final ConcurrentLinkedQueue<Outcome> outcomes;
        private final Random random;
        private final Map<String, Long> versions = new HashMap<>();
        private final Map<String, Long> own = new LinkedHashMap<>();
        private final AtomicInteger made = new AtomicInteger();

        Editor(int number, Http http, String area, List<String> shared, ConcurrentLinkedQueue<Outcome> outcomes) {
            this.number = number;
            this.http = http;
            this.area = area;
            this.shared = shared;
            this.outcomes = outcomes;
            this.random = new Random(20261130L + number);
            shared.forEach(id -> versions.put(id, 1L));
        }

        void work(int operations) {
            for (int i = 0; i < operations; i++) {
                int pick = random.nextInt(100);
                if (pick < 15 || own.isEmpty() && pick < 45) {
                    create();
                } else if (pick < 45) {
                    rename(pick < 35 ? anyShared() : anyOwn());
                } else if (pick < 75) {
                    connect();
                } else if (pick < 85) {
                    delete();
                } else if (pick < 95) {
                    step("undo");
                } else {
                    step("redo");
                }
            }
        }

        private String anyShared() {
            return shared.get(random.nextInt(shared.size()));
        }

        private String anyOwn() {
            List<String> ids = List.copyOf(own.keySet());
            return ids.get(random.nextInt(ids.size()));
        }

        private String anyPerson() {
            return own.isEmpty() || random.nextBoolean() ? anyShared() : anyOwn();
        }

        private void create() {
            var response = http.post(
                    "/api/areas/" + area + "/nodes",
                    ApiGraphs.person("Editor " + number + " person " + made.incrementAndGet()));
            String id = response.status() == 201 ? response.body().get("id").asString() : null;
            if (id != null) {
                own.put(id, response.body().get("version").asLong());
                versions.put(id, response.body().get("version").asLong());
            }
            outcomes.add(new Outcome("create", response.status(), id, null, response.raw()));
        }

        private void rename(String id) {
            long version = versions.getOrDefault(id, 1L);
            var response = http.patch(
                    "/api/areas/" + area + "/nodes/" + id,
                    Map.of("version", version, "name", "Renamed by " + number + " at " + random.nextInt(1_000_000)));
            if (response.status() == 200) {
                versions.put(id, response.body().get("version").asLong());
            } else if (response.status() == 409
                    && response.body() != null
                    && response.body().has("current")) {
                versions.put(id, response.body().at("/current/version").asLong());
            }
            outcomes.add(new Outcome("rename", response.status(), id, null, response.raw()));
        }

        private void connect() {
            String from = anyPerson();
            String to = anyPerson();
            if (from.equals(to)) {
                to = shared.get((shared.indexOf(from) + 1 + shared.size()) % shared.size());
            }
            var response = http.post(
                    "/api/areas/" + area + "/relationships",
                    Map.of("type", "COLLABORATES_WITH", "from", from, "to", to, "properties", Map.of()));
            String id = response.status() == 201 ? response.body().get("id").asString() : null;
            outcomes.add(new Outcome("connect", response.status(), id, null, response.raw()));
        }

        private void delete() {
            if (own.isEmpty()) {
                create();
                return;
            }
            String id = anyOwn();
            var response = http.delete("/api/areas/" + area + "/nodes/" + id);
            if (response.status() == 204) {
                own.remove(id);
            }
            outcomes.add(new Outcome("delete", response.status(), id, null, response.raw()));
        }

        /** Undo or redo; the answer says what was done, so the editor knows which people are theirs now. */
        private void step(String which) {
            var response = http.post("/api/areas/" + area + "/" + which, Map.of());
            Long seq = null;
            if (response.status() == 200) {
                JsonNode change = response.body();
                seq = change.get("seq").asLong();
                String subject = change.at("/subject/id").asString();
                switch (change.get("action").asString()) {
                    case "NODE_DELETED" -> own.remove(subject);
                    case "NODE_CREATED" -> {
                        if (!shared.contains(subject)) {
                            own.put(subject, change.at("/after/version").asLong(1));
                        }
                    }
                    default -> {}
                }
                if (change.at("/after/version").isNumber()) {
                    versions.put(subject, change.at("/after/version").asLong());
                }
            }
            outcomes.add(new Outcome(which, response.status(), null, seq, response.raw()));
        }
    }
}
