package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Severity;

import java.util.Comparator;
import java.util.List;

/**
 * Everything one run found; written as target/schemagate/report.json (docs/report.schema.json).
 * {@code checked} says how many schema and spec files the run looked at, for the console's summary; it is
 * not written to report.json.
 */
public record Report(String toolVersion, DatabaseInfo database, List<MigrationOutcome> migrations,
                     List<Finding> findings, Checked checked) {
    public static final int FORMAT_VERSION = 1;

    /**
     * Findings in a stable order: migration findings by version (Flyway's order: 1.1 &lt; 1.10 &lt; 1.20, not
     * the file names'), then file, line, rule id, message.
     */
    public static final Comparator<Finding> ORDER = Comparator
            .comparing((Finding f) -> f.location() == null ? null : f.location().version(),
                    Comparator.nullsLast(Report::compareVersions))
            .thenComparing(f -> f.location() == null || f.location().file() == null ? "" : f.location().file())
            .thenComparing(f -> f.location() == null || f.location().line() == null ? 0 : f.location().line())
            .thenComparing(Finding::ruleId)
            .thenComparing(Finding::message);

    public Report {
        migrations = List.copyOf(migrations);
        checked = checked == null ? Checked.NONE : checked;
        // a rule switched OFF reports nothing at all
        findings = findings.stream().filter(f -> f.severity() != Severity.OFF).sorted(ORDER).toList();
    }

    /** A report that does not say how many schemas and specs were checked (none, or not known). */
    public Report(String toolVersion, DatabaseInfo database, List<MigrationOutcome> migrations, List<Finding> findings) {
        this(toolVersion, database, migrations, findings, Checked.NONE);
    }

    /**
     * How many JSON Schema files and OpenAPI specs the run checked; null where that area did not run.
     */
    public record Checked(Integer jsonSchemas, Integer openapiSpecs) {
        public static final Checked NONE = new Checked(null, null);

        public Checked plus(Checked other) {
            return new Checked(other.jsonSchemas != null ? other.jsonSchemas : jsonSchemas,
                    other.openapiSpecs != null ? other.openapiSpecs : openapiSpecs);
        }
    }

    private static int compareVersions(String a, String b) {
        try {
            return org.flywaydb.core.api.MigrationVersion.fromVersion(a)
                    .compareTo(org.flywaydb.core.api.MigrationVersion.fromVersion(b));
        } catch (RuntimeException e) {
            return a.compareTo(b);
        }
    }

    /** Provider id and server version, e.g. embedded / 17.11. */
    public record DatabaseInfo(String provider, String serverVersion) {
    }

    public long count(Severity severity) {
        return findings.stream().filter(f -> f.suppressed() == null && f.severity() == severity).count();
    }

    /** The unsuppressed findings at or above the failOn level: these fail the build. */
    public List<Finding> failures(Severity failOn) {
        return findings.stream().filter(f -> f.suppressed() == null && f.severity().reaches(failOn)).toList();
    }
}
