package uk.evidencemap.database;

import org.neo4j.driver.AuthTokens;
import org.neo4j.driver.Config;
import org.neo4j.driver.Driver;
import org.neo4j.driver.GraphDatabase;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the embedded database and a driver connected to it over Bolt. The driver bean
 * depends on the database bean, so nothing talks to Neo4j before it is up; Spring Boot's
 * own driver configuration backs off because a driver bean exists.
 */
@Configuration(proxyBeanMethods = false)
@Conditional(EmbeddedDatabaseCondition.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "close")
    EmbeddedNeo4j embeddedNeo4j(DatabaseProperties properties) {
        return EmbeddedNeo4j.start(properties.dataDir(), properties.boltPort(), properties.pageCache());
    }

    @Bean(destroyMethod = "close")
    Driver neo4jDriver(EmbeddedNeo4j database) {
        Driver driver = GraphDatabase.driver(
                database.boltUri(),
                AuthTokens.basic(EmbeddedNeo4j.USER, database.password()),
                DriverNotifications.quiet(Config.builder().withoutEncryption()).build());
        driver.verifyConnectivity();
        return driver;
    }
}
