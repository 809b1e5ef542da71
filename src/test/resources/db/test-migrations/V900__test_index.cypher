// Used by SchemaMigrationsIT only.
CREATE INDEX test_migration_marker IF NOT EXISTS FOR (n:TestMigrationMarker) ON (n.value);
