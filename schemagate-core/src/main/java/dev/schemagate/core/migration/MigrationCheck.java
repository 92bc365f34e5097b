package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.lint.LintSettings;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.api.MigrationVersion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The migration check: every versioned migration, in order, is applied, rolled back with its
 * undo script, compared with the schema and data from before, and applied again. Migrations up
 * to {@code schema.migrations.from} are only applied.
 */
public final class MigrationCheck {
    private MigrationCheck() {
    }

    public static MigrationRun run(Database db, MigrationSettings settings, SeverityPolicy policy, Log log) {
        return run(db, settings, policy, log, Optional.empty());
    }

    /** With the previous release's files, also checks that released migrations stay untouched. */
    public static MigrationRun run(Database db, MigrationSettings settings, SeverityPolicy policy, Log log,
                                   Optional<BaselineFiles> baseline) {
        return run(db, settings, policy, log, baseline, LintSettings.off());
    }

    /** With lint: new migrations are linted right before they are applied (docs/lint.md). */
    public static MigrationRun run(Database db, MigrationSettings settings, SeverityPolicy policy, Log log,
                                   Optional<BaselineFiles> baseline, LintSettings lintSettings) {
        List<Path> dirs = MigrationLocations.resolve(settings);
        MigrationLocations.requireScripts(settings.basedir(), dirs);
        FlywayLogBridge.target(log);
        ScriptDiscovery.Discovery found = ScriptDiscovery.discover(settings.basedir(), dirs, settings.irreversible(), policy);
        MigrationFindings findings = new MigrationFindings(settings.basedir(), policy);
        findings.addAll(found.findings());
        baseline.ifPresent(b -> ReleasedMigrations.check(settings.basedir(), dirs, b, found.migrations(), policy, findings));
        MigrationVersion from = settings.from() == null ? null : MigrationVersion.fromVersion(settings.from());
        List<MigrationOutcome> outcomes = new ArrayList<>();
        long start = System.nanoTime();
        LintStep lint = lintSettings.enabled() ? new LintStep(settings,
                baseline.map(b -> ReleasedMigrations.versions(settings.basedir(), dirs, b, policy)).orElse(null),
                baseline.map(BaselineFiles::description).orElse(null), policy, findings) : null;
        ObjectOrigins origins = new ObjectOrigins();
        List<VersionedMigration> chained = new ArrayList<>();
        List<String> skipped = new ArrayList<>();
        try (lint; RoundTripStep step = new RoundTripStep(db, settings, Seeds.in(settings.seeds()), findings, log, lint,
                origins)) {
            for (VersionedMigration m : found.migrations()) {
                int before = findings.all().size();
                MigrationOutcome outcome;
                if (from != null && MigrationVersion.fromVersion(m.version()).compareTo(from) <= 0) {
                    outcome = step.applyOnly(m, "before schema.migrations.from");
                } else if (!lintSettings.roundTrip()) {
                    outcome = step.applyOnly(m, "schema:lint applies without a round trip");
                } else {
                    outcome = step.roundTrip(m);
                    if (outcome.outcome() == MigrationOutcome.Outcome.APPLIED) {
                        chained.add(m);
                    }
                }
                if (!skipped.isEmpty()) {
                    findings.markAfter(before, skipped);
                }
                outcomes.add(outcome);
                if (outcome.outcome() == MigrationOutcome.Outcome.FAILED) {
                    skipped.add(m.version());
                }
            }
            if (lintSettings.roundTrip() && settings.roundTrip().chain() && step.chainBase() != null) {
                int before = findings.all().size();
                ChainCheck.run(db, settings, step.chainBase(), chained, findings, origins, step.plain(), log);
                if (!skipped.isEmpty()) {
                    findings.markAfter(before, skipped);
                }
            }
            UndoDiagnosis.apply(findings, origins, found.migrations());
            if (skipped.isEmpty()) {
                Repeatables.apply(db, step.url(), settings, dirs, found, findings);
            } else {
                log.info("Results after V" + skipped.get(0) + " assume " + skipped.stream().map(v -> "V" + v)
                        .collect(java.util.stream.Collectors.joining(", ")) + " skipped (details.after);"
                        + " repeatable scripts and Flyway's validate are not run.");
            }
        }
        log.info(summary(outcomes, System.nanoTime() - start) + (lint == null ? "" : " (lint " + lint.millis() + " ms)"));
        return new MigrationRun(outcomes, findings.all());
    }

    private static String summary(List<MigrationOutcome> outcomes, long nanos) {
        long applied = outcomes.stream().filter(o -> o.outcome() == MigrationOutcome.Outcome.APPLIED).count();
        long restored = outcomes.stream().filter(o -> o.roundTrip() != null
                && o.roundTrip().status() == MigrationOutcome.Status.RESTORED).count();
        long failed = outcomes.stream().filter(o -> o.outcome() == MigrationOutcome.Outcome.FAILED).count();
        return String.format("Applied %d of %d migrations, %d rolled back and restored%s, in %d ms", applied,
                outcomes.size(), restored, failed == 0 ? "" : ", " + failed + " failed to apply", nanos / 1_000_000);
    }
}
