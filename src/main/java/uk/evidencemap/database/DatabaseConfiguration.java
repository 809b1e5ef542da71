package uk.evidencemap.database;

import org.neo4j.driver.Driver;
import org.springframework.boot.neo4j.autoconfigure.ConfigBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Brings the schema up to date before anything else uses the database. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    /** A Neo4j server's driver (NEO4J_URI), built by Spring Boot, is as quiet as the embedded one's. */
    @Bean
    ConfigBuilderCustomizer quietPlannerNotifications() {
        return DriverNotifications::quiet;
    }

    @Bean
    SchemaMigrations schemaMigrations(Driver driver) {
        SchemaMigrations migrations = new SchemaMigrations(driver);
        migrations.apply();
        return migrations;
    }
}
