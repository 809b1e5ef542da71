package uk.evidencemap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import org.neo4j.configuration.GraphDatabaseSettings;
import org.neo4j.configuration.connectors.BoltConnector;
import org.neo4j.configuration.helpers.SocketAddress;
import org.neo4j.dbms.api.DatabaseManagementService;
import org.neo4j.dbms.api.DatabaseManagementServiceBuilder;
import org.neo4j.io.ByteUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An in-process Neo4j Community database with its Bolt connector on localhost.
 * <p>
 * The application never uses the embedded API for data: it connects through the Bolt
 * driver exactly as it would to a server. The embedded API is used once, at start-up, to
 * give the built-in {@code neo4j} user a fresh random password that only this process knows,
 * so that nothing else on the machine can use the Bolt port.
 */
public final class EmbeddedNeo4j implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedNeo4j.class);
    public static final String USER = "neo4j";

    private final DatabaseManagementService service;
    private final Path directory;
    private final int boltPort;
    private final String password;

    private EmbeddedNeo4j(DatabaseManagementService service, Path directory, int boltPort, String password) {
        this.service = service;
        this.directory = directory;
        this.boltPort = boltPort;
        this.password = password;
    }

    public static EmbeddedNeo4j start(Path directory, int requestedPort, String pageCache) {
        Path dir = directory.toAbsolutePath().normalize();
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot create the database directory " + dir, e);
        }
        int port = requestedPort > 0 ? requestedPort : freePort();
        long started = System.nanoTime();
        DatabaseManagementService service = new DatabaseManagementServiceBuilder(dir)
                .setConfig(BoltConnector.enabled, true)
                .setConfig(BoltConnector.listen_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.advertised_address, new SocketAddress("127.0.0.1", port))
                .setConfig(BoltConnector.encryption_level, BoltConnector.EncryptionLevel.DISABLED)
                .setConfig(GraphDatabaseSettings.auth_enabled, true)
                .setConfig(GraphDatabaseSettings.udc_enabled, false)
                .setConfig(GraphDatabaseSettings.pagecache_memory, ByteUnit.parse(pageCache))
                .setConfig(GraphDatabaseSettings.keep_logical_logs, "2 days 512M")
                .build();
        String password = randomPassword();
        service.database(GraphDatabaseSettings.SYSTEM_DATABASE_NAME)
                .executeTransactionally(
                        "ALTER USER neo4j SET PASSWORD $password CHANGE NOT REQUIRED", Map.of("password", password));
        log.info(
                "Embedded Neo4j started in {} ms: data in {}, Bolt on 127.0.0.1:{}",
                (System.nanoTime() - started) / 1_000_000,
                dir,
                port);
        return new EmbeddedNeo4j(service, dir, port, password);
    }

    public String boltUri() {
        return "bolt://127.0.0.1:" + boltPort;
    }

    public int boltPort() {
        return boltPort;
    }

    public Path directory() {
        return directory;
    }

    public String password() {
        return password;
    }

    @Override
    public void close() {
        log.info("Shutting down the embedded Neo4j in {}", directory);
        service.shutdown();
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("No free port for Bolt", e);
        }
    }

    private static String randomPassword() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }
}
