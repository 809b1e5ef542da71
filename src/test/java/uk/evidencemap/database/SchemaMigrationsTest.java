package uk.evidencemap.database;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SchemaMigrationsTest {

    @Test
    void statementsSplitAtSemicolonsThatEndALineAndSkipComments() {
        assertThat(SchemaMigrations.statements("""
                // a comment; with a semicolon
                CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x);
                CREATE CONSTRAINT b IF NOT EXISTS
                  FOR (n:B) REQUIRE n.id IS UNIQUE;

                """))
                .containsExactly(
                        "CREATE INDEX a IF NOT EXISTS FOR (n:A) ON (n.x)",
                        "CREATE CONSTRAINT b IF NOT EXISTS\n  FOR (n:B) REQUIRE n.id IS UNIQUE");
    }
}
