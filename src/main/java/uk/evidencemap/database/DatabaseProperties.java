package uk.evidencemap.database;

import java.nio.file.Path;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where and how the embedded database runs. Ignored when NEO4J_URI points at a server.
 *
 * @param dataDir   directory holding the database files (EVIDENCEMAP_DATA_DIR)
 * @param boltPort  Bolt port on localhost (EVIDENCEMAP_BOLT_PORT); 0 picks a free port
 * @param pageCache page cache size, e.g. 256m
 */
@ConfigurationProperties("evidencemap.database")
public record DatabaseProperties(Path dataDir, int boltPort, String pageCache) {

    public DatabaseProperties {
        dataDir = (dataDir == null ? Path.of("data") : dataDir).toAbsolutePath().normalize();
        pageCache = pageCache == null || pageCache.isBlank() ? "256m" : pageCache;
    }
}
