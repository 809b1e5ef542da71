package uk.evidencemap.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.neo4j.driver.Driver;
import org.springframework.beans.factory.annotation.Autowired;
import uk.evidencemap.IntegrationTest;

@IntegrationTest
class SchemaMigrationsIT {

    @Autowired
    Driver driver;

    @AfterEach
    void removeTestMigration() {
        driver.executableQuery("MATCH (m:__Migration {version: 900}) DELETE m").execute();
        driver.executableQuery("DROP INDEX test_migration_marker IF EXISTS").execute();
    }

    private long count(String cypher) {
        return driver.executableQuery(cypher)
                .execute()
                .records()
                .getFirst()
                .get(0)
                .asLong();
    }

    @Test
    void theSchemaIsInPlaceAfterStartUpAndASecondRunChangesNothing() {
        long constraints = count("SHOW CONSTRAINTS YIELD name RETURN count(*)");
        long indexes = count("SHOW INDEXES YIELD name RETURN count(*)");

        var second = new SchemaMigrations(driver).apply();

        assertThat(second.applied()).isEmpty();
        assertThat(second.skipped()).contains(1);
        assertThat(count("SHOW CONSTRAINTS YIELD name RETURN count(*)")).isEqualTo(constraints);
        assertThat(count("SHOW INDEXES YIELD name RETURN count(*)")).isEqualTo(indexes);
        assertThat(count("MATCH (m:__Migration {version: 1}) RETURN count(m)")).isEqualTo(1);
    }

    @Test
    void everyLabelHasAUniqueIdAndAreasAUniqueOnsCode() {
        var constrained = driver.executableQuery("""
                        SHOW CONSTRAINTS YIELD type, labelsOrTypes, properties
                        WHERE type = 'UNIQUENESS'
                        RETURN labelsOrTypes[0] + '.' + properties[0] AS key""").execute().records().stream()
                .map(r -> r.get("key").asString())
                .toList();
        assertThat(constrained)
                .contains(
                        "Area.id",
                        "Entity.id",
                        "Person.id",
                        "Organisation.id",
                        "Programme.id",
                        "Intervention.id",
                        "Need.id",
                        "Barrier.id",
                        "Enabler.id",
                        "Evidence.id",
                        "Area.onsCode");

        driver.executableQuery("CREATE (:Area {id: 'dup-test', name: 'A', onsCode: 'E99999998'})")
                .execute();
        try {
            assertThatThrownBy(() -> driver.executableQuery(
                                    "CREATE (:Area {id: 'dup-test-2', name: 'B', onsCode: 'E99999998'})")
                            .execute())
                    .hasMessageContaining("already exists");
        } finally {
            driver.executableQuery("MATCH (a:Area) WHERE a.id STARTS WITH 'dup-test' DELETE a")
                    .execute();
        }
    }

    @Test
    void aNewMigrationIsAppliedOnceAndRecorded() {
        var migrations = new SchemaMigrations(driver, "classpath*:db/test-migrations/V*__*.cypher");
        assertThat(migrations.apply().applied()).containsExactly(900);
        assertThat(migrations.apply().applied()).isEmpty();
        assertThat(count("SHOW INDEXES YIELD name WHERE name = 'test_migration_marker' RETURN count(*)"))
                .isEqualTo(1);
        assertThat(count("MATCH (m:__Migration {version: 900, description: 'test index'}) RETURN count(m)"))
                .isEqualTo(1);
    }

    @Test
    void aMigrationEditedAfterItWasAppliedStopsStartUp() {
        var migrations = new SchemaMigrations(driver, "classpath*:db/test-migrations/V*__*.cypher");
        migrations.apply();
        driver.executableQuery("MATCH (m:__Migration {version: 900}) SET m.checksum = $checksum")
                .withParameters(Map.of("checksum", "something else"))
                .execute();

        assertThatThrownBy(migrations::apply)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("Schema migration V900 (test index) was changed after it was applied: write a new"
                        + " migration instead of editing an applied one");
    }
}
