package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.lint.LintScript;
import dev.schemagate.core.lint.MigrationLint;
import dev.schemagate.core.lint.SchemaObjects;
import dev.schemagate.core.lint.SqlParser;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.api.MigrationVersion;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Lints each new migration right before it is applied. New means: not shipped by the baseline
 * and after schema.migrations.from; without either, every migration. Drops and renames are judged
 * against the schema as the last released (or from) migration left it.
 */
final class LintStep implements AutoCloseable {
    private final MigrationSettings settings;
    private final Set<String> releasedVersions;
    private final String releaseName;
    private final SeverityPolicy policy;
    private final MigrationFindings findings;
    private final SqlParser parser = new SqlParser();
    private SchemaObjects released;
    private String note;
    private long nanos;

    /** @param releasedVersions the baseline's versions, null without a baseline */
    LintStep(MigrationSettings settings, Set<String> releasedVersions, String baselineName, SeverityPolicy policy,
             MigrationFindings findings) {
        this.settings = settings;
        this.releasedVersions = releasedVersions;
        this.releaseName = baselineName != null ? baselineName
                : settings.fromVersion() != null ? "the schema at schema.migrations.from=" + settings.fromVersion() : null;
        this.policy = policy;
        this.findings = findings;
    }

    boolean covers(VersionedMigration m) {
        if (releasedVersions != null && releasedVersions.contains(m.version())) {
            return false;
        }
        return settings.fromVersion() == null
                || MigrationVersion.fromVersion(m.version()).compareTo(MigrationVersion.fromVersion(settings.fromVersion())) > 0;
    }

    /** Lints m (when it is new) on the connection, before Flyway applies it. */
    void before(VersionedMigration m, Connection c) {
        note = null;
        if (!covers(m)) {
            return;
        }
        if (released == null && releaseName != null) {
            try {
                released = SchemaObjects.read(c);
            } catch (SQLException e) {
                throw new SchemaGateException("Cannot read the released schema: " + e.getMessage(), e);
            }
        }
        long start = System.nanoTime();
        String schema = settings.schemas().isEmpty() ? null : settings.schemas().get(0);
        MigrationLint.Result result = MigrationLint.lint(c, new LintScript(m.script(), findings.display(m.script()),
                m.version(), settings.placeholders(), schema, settings.flyway().encoding()), released, releaseName, policy, parser);
        findings.addAll(result.findings());
        Set<String> rules = new TreeSet<>();
        result.findings().stream().filter(f -> f.suppressed() == null).map(Finding::ruleId).forEach(rules::add);
        long suppressed = result.findings().stream().filter(f -> f.suppressed() != null).count();
        note = "         lint: " + (rules.isEmpty() ? "clean" : String.join(", ", rules))
                + (suppressed > 0 ? " · " + suppressed + " allowed by comment" : "")
                + (result.observed() ? "" : " · static rules only (" + result.why() + ")")
                + " · " + (System.nanoTime() - start) / 1_000_000 + " ms";
        nanos += System.nanoTime() - start;
    }

    /** The line to log after the migration's own line, if it was linted. */
    Optional<String> note() {
        return Optional.ofNullable(note);
    }

    /** Time spent linting so far, in ms. */
    long millis() {
        return nanos / 1_000_000;
    }

    @Override
    public void close() {
        parser.close();
    }

    static void log(LintStep step, Log log) {
        if (step != null) {
            step.note().ifPresent(log::info);
        }
    }
}
