package uk.evidencemap;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The application started as `java` would start it, in a JVM of its own with the test's class
 * path, its own database directory and port, and its output in {@code target/<name>.log}: for
 * tests of start-up and of a killed process.
 */
public final class AppProcess {

    private AppProcess() {}

    /** Starts the application with {@code environment} added to this JVM's environment. */
    public static Process start(String name, Map<String, String> environment) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "--add-opens=java.base/java.nio=ALL-UNNAMED",
                "--add-opens=java.base/sun.nio.ch=ALL-UNNAMED",
                "--add-opens=java.base/java.lang=ALL-UNNAMED",
                "--enable-native-access=ALL-UNNAMED",
                "-Xmx1g",
                "-cp",
                System.getProperty("java.class.path")));
        String node = System.getProperty("vaadin.node.folder");
        if (node != null) {
            command.add("-Dvaadin.node.folder=" + node);
        }
        command.add("uk.evidencemap.Application");
        ProcessBuilder builder = new ProcessBuilder(command);
        builder.environment().putAll(environment);
        Path log = log(name);
        Files.createDirectories(log.getParent());
        builder.redirectErrorStream(true).redirectOutput(log.toFile());
        return builder.start();
    }

    /** Where the output of the process started as {@code name} goes. */
    public static Path log(String name) {
        return Path.of("target", name + ".log");
    }

    /**
     * Waits until {@code /actuator/health} answers UP.
     *
     * @return how long start-up took
     * @throws AssertionError when the process ends first or is not healthy within 180 s
     */
    public static Duration awaitHealthy(int port, Process app) throws InterruptedException {
        Instant started = Instant.now();
        Http anonymous = new Http(port);
        while (Duration.between(started, Instant.now()).toSeconds() < 180) {
            if (!app.isAlive()) {
                throw new AssertionError("the application stopped during start-up; see target/*.log");
            }
            try {
                var health = anonymous.get("/actuator/health");
                if (health.status() == 200
                        && "UP".equals(health.body().get("status").asString())) {
                    return Duration.between(started, Instant.now());
                }
            } catch (RuntimeException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the application did not become healthy in 180 s");
    }

    /** A port nothing listens on now. */
    public static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
