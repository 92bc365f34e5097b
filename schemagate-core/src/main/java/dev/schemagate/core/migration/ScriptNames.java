package dev.schemagate.core.migration;

import org.flywaydb.core.api.MigrationVersion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Parses migration file names: Flyway's V/U/B/R convention (with the project's own prefixes,
 * separator and suffixes) and golang-migrate's up/down pairs.
 */
final class ScriptNames {
    private static final Pattern VERSION = Pattern.compile("[0-9]+(?:[._][0-9]+)*");
    private static final Pattern GOLANG = Pattern.compile("^([0-9]+)_(.+)\\.(up|down)\\.sql$");

    enum Kind { UP, UNDO, REPEATABLE, BASELINE }

    /**
     * A parsed name: the version in Flyway's dotted form, as the file spells it, and the description
     * with spaces.
     */
    record Parsed(Kind kind, String version, String description, boolean golang, String spelling) {
        Parsed(Kind kind, String version, String description, boolean golang) {
            this(kind, version, description, golang, version);
        }

        MigrationVersion migrationVersion() {
            return MigrationVersion.fromVersion(version);
        }
    }

    private ScriptNames() {
    }

    static Optional<Parsed> parse(String fileName) {
        return parse(fileName, FlywayConventions.defaults());
    }

    static Optional<Parsed> parse(String fileName, FlywayConventions conventions) {
        String suffix = conventions.suffixOf(fileName);
        if (suffix != null) {
            String stem = fileName.substring(0, fileName.length() - suffix.length());
            Optional<Parsed> flyway = flyway(stem, conventions);
            if (flyway.isPresent()) {
                return flyway;
            }
        }
        Matcher m = GOLANG.matcher(fileName);
        if (m.matches()) {
            Kind kind = m.group(3).equals("up") ? Kind.UP : Kind.UNDO;
            return Optional.of(new Parsed(kind, normalize(m.group(1)), describe(m.group(2)), true));
        }
        return Optional.empty();
    }

    private static Optional<Parsed> flyway(String stem, FlywayConventions c) {
        String separator = c.separator();
        if (stem.startsWith(c.repeatablePrefix() + separator)) {
            return Optional.of(new Parsed(Kind.REPEATABLE, null,
                    describe(stem.substring(c.repeatablePrefix().length() + separator.length())), false));
        }
        for (var entry : java.util.List.of(java.util.Map.entry(c.sqlMigrationPrefix(), Kind.UP),
                java.util.Map.entry(c.baselineMigrationPrefix(), Kind.BASELINE),
                java.util.Map.entry(FlywayConventions.UNDO_PREFIX, Kind.UNDO))) {
            String prefix = entry.getKey();
            int at = stem.indexOf(separator, prefix.length());
            if (!stem.startsWith(prefix) || at < 0) {
                continue;
            }
            String version = stem.substring(prefix.length(), at);
            String description = stem.substring(at + separator.length());
            if (VERSION.matcher(version).matches() && !description.isEmpty()) {
                return Optional.of(new Parsed(entry.getValue(), normalize(version), describe(description), false, version));
            }
        }
        return Optional.empty();
    }

    /** The name Flyway should see for a script: V3__add_orders.sql or U3__add_orders.sql. */
    static String flywayName(Kind kind, String version, String description) {
        return (kind == Kind.UNDO ? "U" : "V") + version + "__" + description.replace(' ', '_') + ".sql";
    }

    /**
     * The undo script to write for a migration, in the project's own spelling: V1_12_15__x.sql
     * gets U1_12_15__x.sql, V3__x.POSTGRESQL.sql gets U3__x.POSTGRESQL.sql.
     */
    static String undoName(VersionedMigration m) {
        String name = m.flywayName();
        int digits = 0;
        while (digits < name.length() && !Character.isDigit(name.charAt(digits))) {
            digits++;
        }
        return digits == 0 || digits == name.length() ? flywayName(Kind.UNDO, m.version(), m.description())
                : FlywayConventions.UNDO_PREFIX + name.substring(digits);
    }

    /** "1_1" and "1.1" are the same version; leading zeros do not count ("001" is 1). */
    static String normalize(String version) {
        return java.util.Arrays.stream(version.replace('_', '.').split("\\."))
                .map(part -> new java.math.BigInteger(part).toString())
                .collect(java.util.stream.Collectors.joining("."));
    }

    private static String describe(String raw) {
        return raw.replace('_', ' ');
    }
}
