package dev.schemagate.core.migration;

import org.flywaydb.core.api.MigrationVersion;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses migration file names: Flyway's V/U/R convention and golang-migrate's up/down pairs. */
final class ScriptNames {
    private static final Pattern FLYWAY = Pattern.compile("^([VU])([0-9]+(?:[._][0-9]+)*)__(.+)\\.sql$");
    private static final Pattern REPEATABLE = Pattern.compile("^R__(.+)\\.sql$");
    private static final Pattern GOLANG = Pattern.compile("^([0-9]+)_(.+)\\.(up|down)\\.sql$");

    enum Kind { UP, UNDO, REPEATABLE }

    /** A parsed name: the version in Flyway's dotted form and the description with spaces. */
    record Parsed(Kind kind, String version, String description, boolean golang) {
        MigrationVersion migrationVersion() {
            return MigrationVersion.fromVersion(version);
        }
    }

    private ScriptNames() {
    }

    static Optional<Parsed> parse(String fileName) {
        Matcher m = FLYWAY.matcher(fileName);
        if (m.matches()) {
            Kind kind = m.group(1).equals("V") ? Kind.UP : Kind.UNDO;
            return Optional.of(new Parsed(kind, normalize(m.group(2)), describe(m.group(3)), false));
        }
        m = REPEATABLE.matcher(fileName);
        if (m.matches()) {
            return Optional.of(new Parsed(Kind.REPEATABLE, null, describe(m.group(1)), false));
        }
        m = GOLANG.matcher(fileName);
        if (m.matches()) {
            Kind kind = m.group(3).equals("up") ? Kind.UP : Kind.UNDO;
            return Optional.of(new Parsed(kind, normalize(m.group(1)), describe(m.group(2)), true));
        }
        return Optional.empty();
    }

    /** The name Flyway should see for a script: V3__add_orders.sql or U3__add_orders.sql. */
    static String flywayName(Kind kind, String version, String description) {
        return (kind == Kind.UNDO ? "U" : "V") + version + "__" + description.replace(' ', '_') + ".sql";
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
