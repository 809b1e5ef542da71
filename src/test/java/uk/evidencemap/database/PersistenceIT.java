package uk.evidencemap.database;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import uk.evidencemap.Application;
import uk.evidencemap.area.AreaDraft;
import uk.evidencemap.area.AreaService;
import uk.evidencemap.map.MapNode;
import uk.evidencemap.map.MapService;
import uk.evidencemap.map.NodeDraft;
import uk.evidencemap.map.NodeType;
import uk.evidencemap.security.SystemUser;

/** Data outlives the process that wrote it: across a clean restart and across a kill. */
class PersistenceIT {

    /**
     * Each application context installs its own security-context strategy globally; put back
     * the one the shared test context uses when these extra applications are done.
     */
    private static final SecurityContextHolderStrategy SHARED = SecurityContextHolder.getContextHolderStrategy();

    @AfterEach
    void restoreSecurityStrategy() {
        SecurityContextHolder.setContextHolderStrategy(SHARED);
    }

    private static ConfigurableApplicationContext start(Path directory) {
        return new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .run("--evidencemap.database.data-dir=" + directory, "--server.port=0", "--evidencemap.demo=false");
    }

    @Test
    void dataSurvivesARestartOfTheAppOnTheSameDirectory() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "restart-");
        MapNode saved;
        try (var first = start(directory)) {
            saved = first.getBean(SystemUser.class).call(() -> {
                first.getBean(AreaService.class).create(new AreaDraft("kept", "Kept area", "E06000099", null));
                return first.getBean(MapService.class)
                        .createNode("kept", new NodeDraft(NodeType.NEED, "Kept need", Map.of("priority", 2)));
            });
        }
        try (var second = start(directory)) {
            second.getBean(SystemUser.class).run(() -> {
                assertThat(second.getBean(AreaService.class).require("kept").onsCode())
                        .isEqualTo("E06000099");
                assertThat(second.getBean(MapService.class).node("kept", saved.id()))
                        .contains(saved);
            });
        }
    }

    @Test
    void aKilledProcessLosesNoCommittedData() throws Exception {
        Path directory = Files.createTempDirectory(Path.of("target"), "killed-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process child = new ProcessBuilder(List.of(
                        java,
                        "--add-opens=java.base/java.nio=ALL-UNNAMED",
                        "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                        "--add-opens=java.base/java.lang=ALL-UNNAMED",
                        "--enable-native-access=ALL-UNNAMED",
                        "-cp",
                        System.getProperty("java.class.path"),
                        CommitThenWait.class.getName(),
                        directory.toString()))
                .redirectErrorStream(true)
                .start();
        try (var out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            boolean committed = false;
            while ((line = out.readLine()) != null) {
                if (line.equals(CommitThenWait.COMMITTED)) {
                    committed = true;
                    break;
                }
            }
            assertThat(committed).as("the child process committed its write").isTrue();
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        try (EmbeddedNeo4j database = EmbeddedNeo4j.start(directory, 0, "64m");
                Driver driver = GraphDatabase.driver(
                        database.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, database.password()))) {
            var names = driver.executableQuery("MATCH (n:Survivor) RETURN n.name AS name").execute().records().stream()
                    .map(r -> r.get("name").asString())
                    .toList();
            assertThat(names).containsExactly("written before the kill");
        }
    }

    /** Run in a child JVM: commits one write through Bolt, says so, then waits to be killed. */
    public static final class CommitThenWait {

        static final String COMMITTED = "COMMITTED";

        public static void main(String[] args) throws InterruptedException {
            EmbeddedNeo4j database = EmbeddedNeo4j.start(Path.of(args[0]), 0, "64m");
            try (Driver driver = GraphDatabase.driver(
                    database.boltUri(), AuthTokens.basic(EmbeddedNeo4j.USER, database.password()))) {
                driver.executableQuery("CREATE (:Survivor {name: 'written before the kill'})")
                        .execute();
            }
            System.out.println(COMMITTED);
            System.out.flush();
            Thread.sleep(Long.MAX_VALUE);
        }
    }
}
