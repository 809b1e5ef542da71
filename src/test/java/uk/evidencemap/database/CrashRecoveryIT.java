package uk.evidencemap.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import uk.evidencemap.ApiGraphs;
import uk.evidencemap.AppProcess;
import uk.evidencemap.Http;

/**
 * The application, in a JVM of its own on a database directory of its own, is killed with
 * SIGKILL (kill -9) in the middle of a burst of writes, three times at different moments. After
 * each restart the database opens, the map equals the change log replayed from the start (so no
 * change is half-written: a node without its log entry, or a log entry without its node), and
 * every write the API had answered as done before the kill is still there. Prints what it saw.
 */
class CrashRecoveryIT {

    private static final String PASSWORD = "crash-test-passphrase-91";

    /** Moments after the burst starts at which the application is killed (ms). */
    private static final List<Integer> KILL_AFTER_MS = List.of(800, 2500, 5000);

    @Test
    void killedDuringABurstOfWritesTheDatabaseComesBackWholeAndAgreesWithItsChangeLog() throws Exception {
        Path data = Files.createTempDirectory("evidencemap-crash");
        int port = AppProcess.freePort();
        Http admin = Http.basic(port, "admin", PASSWORD);
        String area = null;
        Set<String> acknowledged = new HashSet<>();
        int round = 0;
        for (int killAfter : KILL_AFTER_MS) {
            round++;
            Process app = start(data, port, round);
            try {
                Duration startUp = AppProcess.awaitHealthy(port, app);
                if (area == null) {
                    JsonNode made = admin.post("/api/areas", Map.of("name", "Crash test"))
                            .body();
                    area = made.get("id").asString();
                }
                assertRecovered(admin, area, acknowledged, round, startUp);
                Burst burst = burst(admin, area, killAfter);
                app.destroyForcibly().waitFor();
                burst.stop();
                acknowledged.addAll(burst.acknowledged);
                System.out.printf(
                        "Crash round %d: killed %d ms into a burst; %d writes answered as done before the kill, %d"
                                + " without an answer%n",
                        round, killAfter, burst.acknowledged.size(), burst.unanswered.get());
            } finally {
                app.destroyForcibly().waitFor();
            }
        }
        Process app = start(data, port, round + 1);
        try {
            Duration startUp = AppProcess.awaitHealthy(port, app);
            assertRecovered(admin, area, acknowledged, round + 1, startUp);
        } finally {
            app.destroyForcibly().waitFor();
        }
    }

    private static void assertRecovered(
            Http admin, String area, Set<String> acknowledged, int round, Duration startUp) {
        if (acknowledged.isEmpty() && round == 1) {
            return;
        }
        JsonNode graph = admin.get("/api/areas/" + area + "/graph").body();
        JsonNode replayed =
                admin.get("/api/areas/" + area + "/graph?at=" + Instant.now()).body();
        Map<String, String> now = ApiGraphs.shape(graph);
        assertThat(now)
                .as("after restart %d the map equals its change log replayed", round)
                .isEqualTo(ApiGraphs.shape(replayed));
        Set<String> nodes = new HashSet<>();
        graph.get("nodes").forEach(n -> nodes.add(n.get("id").asString()));
        assertThat(nodes)
                .as("every write answered as done before a kill is kept")
                .containsAll(acknowledged);
        System.out.printf(
                "Crash round %d: restarted in %.1f s; %d nodes and %d relationships, equal to the change log"
                        + " replayed%n",
                round,
                startUp.toMillis() / 1000.0,
                graph.get("nodes").size(),
                graph.get("relationships").size());
    }

    /** Four writers adding people and connecting each new one to the one before, until stopped. */
    private static Burst burst(Http admin, String area, int killAfterMs) throws InterruptedException {
        Burst burst = new Burst();
        for (int w = 0; w < 4; w++) {
            int writer = w;
            burst.pool.submit(() -> {
                String previous = null;
                int n = 0;
                while (!burst.stopped.get()) {
                    try {
                        var made = admin.post(
                                "/api/areas/" + area + "/nodes",
                                ApiGraphs.person("Writer " + writer + " person " + n++));
                        if (made.status() != 201) {
                            continue;
                        }
                        String id = made.body().get("id").asString();
                        burst.acknowledged.add(id);
                        if (previous != null) {
                            admin.post(
                                    "/api/areas/" + area + "/relationships",
                                    Map.of(
                                            "type",
                                            "COLLABORATES_WITH",
                                            "from",
                                            previous,
                                            "to",
                                            id,
                                            "properties",
                                            Map.of()));
                        }
                        previous = id;
                    } catch (RuntimeException connectionLost) {
                        burst.unanswered.incrementAndGet();
                        return;
                    }
                }
            });
        }
        Thread.sleep(killAfterMs);
        return burst;
    }

    private static final class Burst {
        final ExecutorService pool = Executors.newFixedThreadPool(4);
        final ConcurrentLinkedQueue<String> acknowledged = new ConcurrentLinkedQueue<>();
        final AtomicBoolean stopped = new AtomicBoolean();
        final AtomicInteger unanswered = new AtomicInteger();

        void stop() throws InterruptedException {
            stopped.set(true);
            pool.shutdown();
            pool.awaitTermination(30, TimeUnit.SECONDS);
        }
    }

    private static Process start(Path data, int port, int round) throws IOException {
        return AppProcess.start(
                "crash-recovery-" + round,
                Map.of(
                        "SERVER_PORT", String.valueOf(port),
                        "EVIDENCEMAP_DATA_DIR", data.toString(),
                        "EVIDENCEMAP_BOLT_PORT", "0",
                        "EVIDENCEMAP_DEMO", "false",
                        "EVIDENCEMAP_ADMIN_PASSWORD", PASSWORD,
                        "EVIDENCEMAP_ANALYSIS_WARM", "false",
                        "EVIDENCEMAP_SNAPSHOT_CRON", "-"));
    }
}
