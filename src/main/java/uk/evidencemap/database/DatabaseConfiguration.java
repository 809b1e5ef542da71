package uk.evidencemap.database;

import org.neo4j.driver.Driver;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Brings the schema up to date before anything else uses the database. */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    @Bean
    SchemaMigrations schemaMigrations(Driver driver) {
        SchemaMigrations migrations = new SchemaMigrations(driver);
        migrations.apply();
        return migrations;
    }
}
