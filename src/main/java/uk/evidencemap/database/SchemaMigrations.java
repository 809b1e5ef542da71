package uk.evidencemap.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.neo4j.driver.Driver;
import org.neo4j.driver.Session;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Versioned schema migrations, applied at start-up in order and recorded in the database.
 * <p>
 * Migrations are Cypher files named {@code V<version>__<description>.cypher} under
 * {@code classpath:db/migrations}; statements end with a semicolon at the end of a line.
 * Each applied migration is recorded as a {@code __Migration} node with its checksum; a
 * migration already applied is skipped, and one whose text changed after it was applied
 * stops start-up (write a new migration instead). Neo4j-Migrations would be the maintained
 * choice, but it cannot be resolved from the registries these machines reach; see
 * docs/decisions/002-schema-migrations.md. The file format is the same, so switching later
 * means adding the library and deleting this class.
 */
public class SchemaMigrations {

    private static final Logger log = LoggerFactory.getLogger(SchemaMigrations.class);
    private static final Pattern NAME = Pattern.compile("V(\\d+)__(.+)\\.cypher");

    public record Migration(int version, String description, String checksum, List<String> statements) {}

    /** What a run did: the versions applied now and the ones that were already there. */
    public record Result(List<Integer> applied, List<Integer> skipped) {}

    private final Driver driver;
    private final String location;

    public SchemaMigrations(Driver driver) {
        this(driver, "classpath*:db/migrations/V*__*.cypher");
    }

    SchemaMigrations(Driver driver, String location) {
        this.driver = driver;
        this.location = location;
    }

    public Result apply() {
        List<Integer> applied = new ArrayList<>();
        List<Integer> skipped = new ArrayList<>();
        try (Session session = driver.session()) {
            session.run(
                            "CREATE CONSTRAINT migration_version IF NOT EXISTS FOR (m:__Migration) REQUIRE m.version IS UNIQUE")
                    .consume();
            for (Migration migration : discover()) {
                Optional<String> recorded = session
                        .executeRead(tx -> tx.run(
                                        "MATCH (m:__Migration {version: $version}) RETURN m.checksum AS checksum",
                                        Map.of("version", migration.version()))
                                .list())
                        .stream()
                        .findFirst()
                        .map(r -> r.get("checksum").asString());
                if (recorded.isPresent()) {
                    if (!recorded.get().equals(migration.checksum())) {
                        throw new IllegalStateException("Schema migration V" + migration.version() + " ("
                                + migration.description() + ") was changed after it was applied: write a new"
                                + " migration instead of editing an applied one");
                    }
                    skipped.add(migration.version());
                    continue;
                }
                // Schema statements cannot share a transaction with data writes in Neo4j, so each
                // runs in its own; they are written with IF NOT EXISTS so a half-applied
                // migration completes cleanly when run again.
                for (String statement : migration.statements()) {
                    session.run(statement).consume();
                }
                session.executeWriteWithoutResult(tx -> tx.run(
                                """
                                CREATE (:__Migration {version: $version, description: $description,
                                        checksum: $checksum, installedOn: datetime()})""",
                                Map.of(
                                        "version",
                                        migration.version(),
                                        "description",
                                        migration.description(),
                                        "checksum",
                                        migration.checksum()))
                        .consume());
                applied.add(migration.version());
                log.info("Applied schema migration V{}: {}", migration.version(), migration.description());
            }
        }
        return new Result(applied, skipped);
    }

    List<Migration> discover() {
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver().getResources(location);
            List<Migration> migrations = new ArrayList<>();
            for (Resource resource : resources) {
                Matcher name = NAME.matcher(String.valueOf(resource.getFilename()));
                if (!name.matches()) {
                    throw new IllegalStateException("Migration file " + resource.getFilename()
                            + " is not named V<version>__<description>.cypher");
                }
                String text = resource.getContentAsString(StandardCharsets.UTF_8);
                migrations.add(new Migration(
                        Integer.parseInt(name.group(1)),
                        name.group(2).replace('_', ' '),
                        checksum(text),
                        statements(text)));
            }
            migrations.sort(Comparator.comparingInt(Migration::version));
            for (int i = 1; i < migrations.size(); i++) {
                if (migrations.get(i).version() == migrations.get(i - 1).version()) {
                    throw new IllegalStateException("Two schema migrations have version "
                            + migrations.get(i).version());
                }
            }
            return migrations;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static List<String> statements(String text) {
        String withoutComments = Arrays.stream(text.split("\n"))
                .filter(line -> !line.strip().startsWith("//"))
                .reduce("", (a, b) -> a + b + "\n");
        return Arrays.stream(withoutComments.split(";\\s*(\n|$)"))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }

    private static String checksum(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
