package dev.schemagate.core.flywayconf;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The Flyway settings this tool reads, under Flyway's own names (flyway.conf without "flyway.").
 * Every source turns its spelling (sql-migration-suffixes, FLYWAY_SQL_MIGRATION_SUFFIXES, ...)
 * into these; anything else (url, user, password) is never read, so no secret is ever held.
 */
final class FlywayKeys {
    static final String LOCATIONS = "locations";
    static final String SCHEMAS = "schemas";
    static final String DEFAULT_SCHEMA = "defaultSchema";
    static final String TABLE = "table";
    static final String PLACEHOLDERS = "placeholders.";
    static final String PLACEHOLDER_PREFIX = "placeholderPrefix";
    static final String PLACEHOLDER_SUFFIX = "placeholderSuffix";
    static final String PLACEHOLDER_REPLACEMENT = "placeholderReplacement";
    static final String SQL_MIGRATION_PREFIX = "sqlMigrationPrefix";
    static final String SQL_MIGRATION_SEPARATOR = "sqlMigrationSeparator";
    static final String SQL_MIGRATION_SUFFIXES = "sqlMigrationSuffixes";
    static final String REPEATABLE_PREFIX = "repeatableSqlMigrationPrefix";
    static final String BASELINE_MIGRATION_PREFIX = "baselineMigrationPrefix";
    static final String BASELINE_VERSION = "baselineVersion";
    static final String BASELINE_ON_MIGRATE = "baselineOnMigrate";
    static final String ENCODING = "encoding";
    static final String OUT_OF_ORDER = "outOfOrder";
    static final String VALIDATE_MIGRATION_NAMING = "validateMigrationNaming";

    static final List<String> ALL = List.of(LOCATIONS, SCHEMAS, DEFAULT_SCHEMA, TABLE, PLACEHOLDER_PREFIX,
            PLACEHOLDER_SUFFIX, PLACEHOLDER_REPLACEMENT, SQL_MIGRATION_PREFIX, SQL_MIGRATION_SEPARATOR,
            SQL_MIGRATION_SUFFIXES, REPEATABLE_PREFIX, BASELINE_MIGRATION_PREFIX, BASELINE_VERSION,
            BASELINE_ON_MIGRATE, ENCODING, OUT_OF_ORDER, VALIDATE_MIGRATION_NAMING);

    private FlywayKeys() {
    }

    /**
     * Flyway's name for a key in any of the spellings (camelCase, kebab-case, snake_case, any case);
     * placeholders keep their own name. Empty for a setting this tool does not read.
     */
    static Optional<String> canonical(String raw) {
        String key = raw.trim();
        int dot = key.indexOf('.');
        if (dot > 0 && squash(key.substring(0, dot)).equals("placeholders") && dot < key.length() - 1) {
            return Optional.of(PLACEHOLDERS + key.substring(dot + 1));
        }
        String squashed = squash(key);
        return ALL.stream().filter(k -> squash(k).equals(squashed)).findFirst();
    }

    /** "sql-migration-suffixes", "SQL_MIGRATION_SUFFIXES" and "sqlMigrationSuffixes" all become "sqlmigrationsuffixes". */
    private static String squash(String key) {
        return key.replace("-", "").replace("_", "").toLowerCase(Locale.ROOT);
    }
}
