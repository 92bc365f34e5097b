package dev.schemagate.core.migration;

import org.flywaydb.core.api.configuration.FluentConfiguration;

import java.nio.charset.Charset;
import java.util.List;
import java.util.Map;

/**
 * How the project's Flyway names and reads its scripts, beyond locations, schemas, table and
 * placeholders: what plain Flyway would be configured with (flyway.conf, spring.flyway.*, ...).
 *
 * @param sqlMigrationPrefix      versioned scripts (V)
 * @param baselineMigrationPrefix baseline migrations (B): a fresh database starts from the newest
 * @param repeatablePrefix        repeatable scripts (R)
 * @param separator               between version and description (__)
 * @param suffixes                file endings Flyway picks up (.sql); others it never sees
 * @param placeholderPrefix       ${
 * @param placeholderSuffix       }
 * @param placeholderReplacement  whether placeholders are replaced at all
 * @param defaultSchema           the schema of the history table (null: the first of schemas)
 * @param baselineVersion         Flyway's baselineVersion (null: Flyway's default)
 * @param baselineOnMigrate       Flyway's baselineOnMigrate
 * @param encoding                the scripts' encoding
 * @param outOfOrder              Flyway applies versions lower than the applied ones
 * @param validateMigrationNaming a file in the locations that matches no naming rule is an ERROR (migration.file.ignored)
 */
public record FlywayConventions(String sqlMigrationPrefix, String baselineMigrationPrefix, String repeatablePrefix,
                                String separator, List<String> suffixes, String placeholderPrefix,
                                String placeholderSuffix, boolean placeholderReplacement, String defaultSchema,
                                String baselineVersion, boolean baselineOnMigrate, Charset encoding, boolean outOfOrder,
                                boolean validateMigrationNaming) {
    public static final String UNDO_PREFIX = "U";

    public FlywayConventions {
        sqlMigrationPrefix = orDefault(sqlMigrationPrefix, "V");
        baselineMigrationPrefix = orDefault(baselineMigrationPrefix, "B");
        repeatablePrefix = orDefault(repeatablePrefix, "R");
        separator = orDefault(separator, "__");
        suffixes = suffixes == null || suffixes.isEmpty() ? List.of(".sql") : List.copyOf(suffixes);
        placeholderPrefix = orDefault(placeholderPrefix, "${");
        placeholderSuffix = orDefault(placeholderSuffix, "}");
        defaultSchema = defaultSchema == null || defaultSchema.isBlank() ? null : defaultSchema;
        baselineVersion = baselineVersion == null || baselineVersion.isBlank() ? null : baselineVersion;
        encoding = encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : encoding;
    }

    public static FlywayConventions defaults() {
        return new FlywayConventions(null, null, null, null, null, null, null, true, null, null, false, null, false, false);
    }

    public FlywayConventions withEncoding(Charset newEncoding) {
        return new FlywayConventions(sqlMigrationPrefix, baselineMigrationPrefix, repeatablePrefix, separator, suffixes,
                placeholderPrefix, placeholderSuffix, placeholderReplacement, defaultSchema, baselineVersion,
                baselineOnMigrate, newEncoding, outOfOrder, validateMigrationNaming);
    }

    public FlywayConventions withValidateMigrationNaming(boolean validate) {
        return new FlywayConventions(sqlMigrationPrefix, baselineMigrationPrefix, repeatablePrefix, separator, suffixes,
                placeholderPrefix, placeholderSuffix, placeholderReplacement, defaultSchema, baselineVersion,
                baselineOnMigrate, encoding, outOfOrder, validate);
    }

    /** The same settings on a Flyway configuration, so Flyway parses what this tool parsed. */
    void applyTo(FluentConfiguration config) {
        config.sqlMigrationPrefix(sqlMigrationPrefix).repeatableSqlMigrationPrefix(repeatablePrefix)
                .sqlMigrationSeparator(separator).sqlMigrationSuffixes(suffixes.toArray(String[]::new))
                .placeholderPrefix(placeholderPrefix).placeholderSuffix(placeholderSuffix)
                .placeholderReplacement(placeholderReplacement).encoding(encoding).outOfOrder(outOfOrder)
                // misnamed files are this tool's finding (migration.file.ignored); Flyway's own check would
                // also refuse the U scripts, which Flyway's community edition does not know
                .validateMigrationNaming(false).baselineOnMigrate(baselineOnMigrate)
                .configuration(Map.of("flyway.baselineMigrationPrefix", baselineMigrationPrefix));
        if (baselineVersion != null) {
            config.baselineVersion(baselineVersion);
        }
        if (defaultSchema != null) {
            config.defaultSchema(defaultSchema);
        }
    }

    /** The suffix a file name ends with (the longest that matches), or null when Flyway ignores the file. */
    String suffixOf(String fileName) {
        return suffixes.stream().filter(fileName::endsWith).max(java.util.Comparator.comparingInt(String::length))
                .orElse(null);
    }

    private static String orDefault(String value, String fallback) {
        return value == null || value.isEmpty() ? fallback : value;
    }
}
