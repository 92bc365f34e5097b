package dev.schemagate.core.migration;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where the migrations are, how Flyway applies them, and how they are round-tripped.
 *
 * @param basedir       the module folder; relative locations and report paths are relative to it
 * @param locations     Flyway locations; "filesystem:" or bare paths (relative to basedir)
 * @param schemas       schemas Flyway manages (empty: the connection's)
 * @param placeholders  ${name} replacements in scripts
 * @param table         the history table (null: flyway_schema_history)
 * @param seeds         folder of seed files V&lt;version&gt;__*.sql, run right after their migration
 * @param irreversible  versions applied but never rolled back
 * @param from          round-trip only versions after this one (null: see {@link #fromVersion}; "all": released
 *                      versions too, see {@link #fromAll})
 * @param columnOrder   whether column order is a difference
 * @param compareGrants whether ownership and grants are compared
 * @param roundTrip     chain check, generated rows and the statement timeout (null: the defaults)
 * @param flyway        the project's Flyway naming and reading settings (prefixes, suffixes, placeholders syntax)
 * @param roles         roles created (NOLOGIN) on the throwaway server before the first migration (schema.db.roles)
 * @param followSymlinks whether a symbolic link in a migration folder may point outside basedir (schema.followSymlinks)
 * @param layout        how the migration folders are laid out (schema.migrations.layout; null: auto)
 */
public record MigrationSettings(Path basedir, List<String> locations, List<String> schemas,
                                Map<String, String> placeholders, String table, Path seeds,
                                Set<String> irreversible, String from, boolean columnOrder, boolean compareGrants,
                                RoundTripSettings roundTrip, FlywayConventions flyway, List<String> roles,
                                boolean followSymlinks, MigrationLayout layout) {
    public static final String DEFAULT_LOCATION = "filesystem:src/main/resources/db/migration";
    public static final String DEFAULT_SEEDS = "src/test/resources/db/seed";

    public MigrationSettings {
        locations = locations == null || locations.isEmpty() ? List.of(DEFAULT_LOCATION) : List.copyOf(locations);
        schemas = schemas == null ? List.of() : List.copyOf(schemas);
        placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
        seeds = seeds == null ? basedir.resolve(DEFAULT_SEEDS) : basedir.resolve(seeds);
        irreversible = irreversible == null ? Set.of() : Set.copyOf(irreversible);
        from = from == null || from.isBlank() ? null : from.trim();
        roundTrip = roundTrip == null ? RoundTripSettings.defaults() : roundTrip;
        flyway = flyway == null ? FlywayConventions.defaults() : flyway;
        roles = roles == null ? List.of() : roles.stream().map(String::trim).filter(r -> !r.isEmpty()).distinct().toList();
        layout = layout == null ? MigrationLayout.AUTO : layout;
    }

    /** With the layout detected from the files. */
    public MigrationSettings(Path basedir, List<String> locations, List<String> schemas,
                             Map<String, String> placeholders, String table, Path seeds,
                             Set<String> irreversible, String from, boolean columnOrder, boolean compareGrants,
                             RoundTripSettings roundTrip, FlywayConventions flyway, List<String> roles,
                             boolean followSymlinks) {
        this(basedir, locations, schemas, placeholders, table, seeds, irreversible, from, columnOrder, compareGrants,
                roundTrip, flyway, roles, followSymlinks, MigrationLayout.AUTO);
    }

    /** With Flyway's default naming, no roles and the default round trip. */
    public MigrationSettings(Path basedir, List<String> locations, List<String> schemas,
                             Map<String, String> placeholders, String table, Path seeds,
                             Set<String> irreversible, String from, boolean columnOrder, boolean compareGrants) {
        this(basedir, locations, schemas, placeholders, table, seeds, irreversible, from, columnOrder, compareGrants,
                null, null, null, false);
    }

    /** With the given round-trip settings, Flyway's default naming and no roles. */
    public MigrationSettings(Path basedir, List<String> locations, List<String> schemas,
                             Map<String, String> placeholders, String table, Path seeds,
                             Set<String> irreversible, String from, boolean columnOrder, boolean compareGrants,
                             RoundTripSettings roundTrip) {
        this(basedir, locations, schemas, placeholders, table, seeds, irreversible, from, columnOrder, compareGrants,
                roundTrip, null, null, false);
    }

    /** With the settings read from the project's Flyway configuration. */
    public MigrationSettings withFlyway(List<String> newLocations, List<String> newSchemas, Map<String, String> newPlaceholders,
                                        String newTable, FlywayConventions newFlyway) {
        return new MigrationSettings(basedir, newLocations, newSchemas, newPlaceholders, newTable, seeds, irreversible,
                from, columnOrder, compareGrants, roundTrip, newFlyway, roles, followSymlinks, layout);
    }

    /** With Flyway's naming and reading settings, and links out of basedir refused. */
    public MigrationSettings(Path basedir, List<String> locations, List<String> schemas,
                             Map<String, String> placeholders, String table, Path seeds,
                             Set<String> irreversible, String from, boolean columnOrder, boolean compareGrants,
                             RoundTripSettings roundTrip, FlywayConventions flyway, List<String> roles) {
        this(basedir, locations, schemas, placeholders, table, seeds, irreversible, from, columnOrder, compareGrants,
                roundTrip, flyway, roles, false);
    }

    /** With the schema.migrations.* settings that override the project's Flyway encoding and naming check. */
    public MigrationSettings withFlywayConventions(FlywayConventions newFlyway) {
        return new MigrationSettings(basedir, locations, schemas, placeholders, table, seeds, irreversible, from,
                columnOrder, compareGrants, roundTrip, newFlyway, roles, followSymlinks, layout);
    }

    public MigrationSettings withFollowSymlinks(boolean follow) {
        return new MigrationSettings(basedir, locations, schemas, placeholders, table, seeds, irreversible, from,
                columnOrder, compareGrants, roundTrip, flyway, roles, follow, layout);
    }

    public MigrationSettings withRoles(List<String> newRoles) {
        return new MigrationSettings(basedir, locations, schemas, placeholders, table, seeds, irreversible, from,
                columnOrder, compareGrants, roundTrip, flyway, newRoles, followSymlinks, layout);
    }

    /** schema.migrations.encoding as a charset, or a clear error naming the property. */
    public static java.nio.charset.Charset parseEncoding(String value) {
        try {
            return java.nio.charset.Charset.forName(value.trim());
        } catch (IllegalArgumentException e) {
            throw new dev.schemagate.core.ConfigurationException(dev.schemagate.core.SchemaProperties.MIGRATIONS_ENCODING
                    + " is '" + value + "', which Java does not know. Use a charset name such as UTF-8 or ISO-8859-1.", e);
        }
    }

    public static MigrationSettings defaults(Path basedir) {
        return new MigrationSettings(basedir, List.of(), List.of(), Map.of(), null, null, Set.of(), null, false, true);
    }

    public MigrationSettings withLocations(List<String> newLocations) {
        return new MigrationSettings(basedir, newLocations, schemas, placeholders, table, seeds, irreversible, from,
                columnOrder, compareGrants, roundTrip, flyway, roles, followSymlinks, layout);
    }

    public MigrationSettings withRoundTrip(RoundTripSettings newRoundTrip) {
        return new MigrationSettings(basedir, locations, schemas, placeholders, table, seeds, irreversible, from,
                columnOrder, compareGrants, newRoundTrip, flyway, roles, followSymlinks, layout);
    }

    /** schema.migrations.snapshot: full or incremental snapshots (kept in {@link RoundTripSettings#snapshot()}). */
    public MigrationSettings withSnapshot(SnapshotMode newSnapshot) {
        return withRoundTrip(roundTrip.withSnapshot(newSnapshot));
    }

    public MigrationSettings withFrom(String newFrom) {
        return new MigrationSettings(basedir, locations, schemas, placeholders, table, seeds, irreversible, newFrom,
                columnOrder, compareGrants, roundTrip, flyway, roles, followSymlinks, layout);
    }

    public MigrationSettings withLayout(MigrationLayout newLayout) {
        return new MigrationSettings(basedir, locations, schemas, placeholders, table, seeds, irreversible, from,
                columnOrder, compareGrants, roundTrip, flyway, roles, followSymlinks, newLayout);
    }

    /** schema.migrations.from=all: every version is round-tripped, released ones too (a nightly pipeline). */
    public static final String FROM_ALL = "all";

    /** Whether schema.migrations.from=all asks for the full round trip, released versions included. */
    public boolean fromAll() {
        return FROM_ALL.equalsIgnoreCase(from);
    }

    /** The version up to which versions are only applied (schema.migrations.from); null for none and for "all". */
    public String fromVersion() {
        return fromAll() ? null : from;
    }
}
