package dev.schemagate.core.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Where the migrations are and how Flyway should apply them.
 *
 * @param basedir      the module folder; relative locations and report paths are relative to it
 * @param locations    Flyway locations; "filesystem:" or bare paths (relative to basedir)
 * @param schemas      schemas Flyway manages (empty: Flyway's default, the connection's)
 * @param placeholders ${name} replacements in scripts
 * @param table        the history table (null: flyway_schema_history)
 */
public record MigrationSettings(Path basedir, List<String> locations, List<String> schemas,
                                Map<String, String> placeholders, String table) {
    public static final String DEFAULT_LOCATION = "filesystem:src/main/resources/db/migration";

    public MigrationSettings {
        locations = locations == null || locations.isEmpty() ? List.of(DEFAULT_LOCATION) : List.copyOf(locations);
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
    }

    public static MigrationSettings defaults(Path basedir) {
        return new MigrationSettings(basedir, List.of(), List.of(), Map.of(), null);
    }
}
