package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.lint.LintSettings;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.api.MigrationVersion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The migration check: every versioned migration, in order, is applied, rolled back with its
 * undo script, compared with the schema and data from before, and applied again. Migrations up
 * to {@code schema.migrations.from}, and those the baseline has unchanged (unless from=all), are only
 * applied; the first of them in one pass ({@link PlainPrefix}).
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
        MigrationLocations.missing(settings).forEach(l -> log.info("Migration location " + l
                + " does not exist; skipped, as Flyway skips it."));
        FlywayLogBridge.target(log);
        ScriptDiscovery.Discovery found = ScriptDiscovery.discover(settings, dirs, policy, log);
        MigrationFindings findings = new MigrationFindings(settings.basedir(), policy);
        findings.addAll(found.findings());
        findings.serverVersion(db.serverVersion());
        findings.managed(db.managedPrivileges());
        findings.statementTimeout(settings.roundTrip().statementTimeout());
        baseline.ifPresent(b -> ReleasedMigrations.check(settings.basedir(), dirs, b, found.migrations(), policy, findings,
                settings.flyway()));
        BaselineStart start = BaselineStart.of(found, log);
        Set<VersionedMigration> blocked = undefinedPlaceholders(start.run(), found, settings, findings);
        boolean repeatablesRunnable = found.repeatables().stream()
                .map(r -> !found.unreadable().contains(r) && PlaceholderCheck.check(r, null, settings, findings))
                .toList().stream().allMatch(ok -> ok);
        MigrationVersion from = fromVersion(settings);
        Set<String> unchanged = settings.fromAll() ? Set.of() : baseline.map(b -> ReleasedMigrations.unchanged(
                settings.basedir(), dirs, b, found.migrations(), policy, settings.flyway())).orElse(Set.of());
        String released = baseline.map(b -> "released in " + b.description() + ", unchanged").orElse(null);
        List<MigrationOutcome> outcomes = new ArrayList<>();
        long start0 = System.nanoTime();
        LintStep lint = lintSettings.enabled() ? new LintStep(settings,
                baseline.map(b -> ReleasedMigrations.versions(settings.basedir(), dirs, b, policy, settings.flyway()))
                        .orElse(null),
                baseline.map(BaselineFiles::description).orElse(null), policy, findings) : null;
        // why a version is applied without a round trip; null: it is round-tripped
        Function<VersionedMigration, String> plainly = m -> start.isBaseline(m) ? BaselineStart.NOTE
                : from != null && MigrationVersion.fromVersion(m.version()).compareTo(from) <= 0
                ? "before schema.migrations.from"
                : unchanged.contains(m.version()) ? released
                : !lintSettings.roundTrip() ? "schema:lint applies without a round trip" : null;
        List<VersionedMigration> run = start.run();
        int prefix = 0;
        while (prefix < run.size() && !blocked.contains(run.get(prefix)) && plainly.apply(run.get(prefix)) != null
                && (lint == null || !lint.covers(run.get(prefix)))) {
            prefix++;
        }
        Roles.create(db, settings.roles(), log);
        ManagedSchemas.create(db, settings.schemas());
        ObjectOrigins origins = new ObjectOrigins();
        List<VersionedMigration> chained = new ArrayList<>();
        Set<VersionedMigration> cuts = new HashSet<>();
        List<String> skipped = new ArrayList<>();
        Seeds seeds = Seeds.in(settings.seeds());
        Progress progress = new Progress(run.size(), System::nanoTime, log);
        try (lint; RoundTripStep step = new RoundTripStep(db, settings, seeds, findings, log, lint, origins)) {
            int first = 0;
            if (prefix > 0) {
                Optional<List<MigrationOutcome>> applied = PlainPrefix.apply(db, settings, seeds, step.plain(),
                        run.subList(0, prefix), plainly, findings, log);
                if (applied.isPresent()) {
                    outcomes.addAll(applied.get());
                    step.continueFromPlain();
                    progress.skipped(prefix);
                    first = prefix;
                }
            }
            for (VersionedMigration m : run.subList(first, run.size())) {
                int before = findings.all().size();
                MigrationOutcome outcome;
                String why = plainly.apply(m);
                if (blocked.contains(m)) {
                    outcome = notRun(m, findings);
                } else if (why != null) {
                    outcome = step.applyOnly(m, why);
                    if (outcome.outcome() == MigrationOutcome.Outcome.APPLIED && step.chainBase() != null) {
                        // applied plainly after round-tripped versions: the chain check applies it, and it cuts the chain
                        chained.add(m);
                        cuts.add(m);
                    }
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
                if (outcome.outcome() != MigrationOutcome.Outcome.APPLIED) {
                    skipped.add(m.version());
                }
                progress.versionDone();
            }
            step.verifySnapshots();
            if (lintSettings.roundTrip() && settings.roundTrip().chain() && step.chainBase() != null) {
                int before = findings.all().size();
                ChainCheck.run(db, settings, step.chainBase(), chained, cuts, findings, origins, step.plain(), log);
                if (!skipped.isEmpty()) {
                    findings.markAfter(before, skipped);
                }
            }
            UndoDiagnosis.apply(findings, origins, found.migrations());
            if (skipped.isEmpty() && repeatablesRunnable) {
                Repeatables.apply(db, step.url(), settings, dirs, found, findings);
            } else if (!skipped.isEmpty()) {
                log.info("Results after V" + skipped.get(0) + " assume " + skipped.stream().map(v -> "V" + v)
                        .collect(java.util.stream.Collectors.joining(", ")) + " skipped (details.after);"
                        + " repeatable scripts and Flyway's validate are not run.");
            }
        }
        // a baseline without this module's migration folders (a tag from before them) gives nothing to compare with
        AdoptionHint.log(outcomes, baseline.map(b -> !ReleasedMigrations.versions(settings.basedir(), dirs, b, policy,
                settings.flyway()).isEmpty()).orElse(false), settings, log);
        log.info(summary(outcomes, System.nanoTime() - start0) + (lint == null ? "" : " (lint " + lint.millis() + " ms)"));
        return new MigrationRun(outcomes, findings.all());
    }

    /**
     * The migrations that cannot run: a script that is not text in the encoding, or (with its undo
     * script) uses a placeholder with no value, which Flyway would refuse.
     */
    private static Set<VersionedMigration> undefinedPlaceholders(List<VersionedMigration> run,
                                                                 ScriptDiscovery.Discovery found,
                                                                 MigrationSettings settings, MigrationFindings findings) {
        Set<VersionedMigration> blocked = new HashSet<>();
        for (VersionedMigration m : run) {
            if (found.unreadable(m)) {
                blocked.add(m);
                continue;
            }
            boolean ok = PlaceholderCheck.check(m.script(), m.version(), settings, findings);
            ok &= m.undo() == null || PlaceholderCheck.check(m.undo(), m.version(), settings, findings);
            if (!ok) {
                blocked.add(m);
            }
        }
        return blocked;
    }

    private static MigrationVersion fromVersion(MigrationSettings settings) {
        if (settings.fromVersion() == null) {
            return null;
        }
        try {
            return MigrationVersion.fromVersion(settings.fromVersion());
        } catch (org.flywaydb.core.api.FlywayException | IllegalArgumentException e) {
            throw new dev.schemagate.core.ConfigurationException(dev.schemagate.core.SchemaProperties.MIGRATIONS_FROM
                    + "=" + settings.from() + " is not a version. Give the newest version to apply without a round trip,"
                    + " such as -D" + dev.schemagate.core.SchemaProperties.MIGRATIONS_FROM + "=8, or "
                    + MigrationSettings.FROM_ALL + " to round-trip every version, released ones too.");
        }
    }

    private static MigrationOutcome notRun(VersionedMigration m, MigrationFindings findings) {
        return new MigrationOutcome(m.version(), m.description(), findings.display(m.script()), "SQL",
                MigrationOutcome.Outcome.NOT_RUN, null, null, null, null);
    }

    private static String summary(List<MigrationOutcome> outcomes, long nanos) {
        long applied = outcomes.stream().filter(o -> o.outcome() == MigrationOutcome.Outcome.APPLIED).count();
        long restored = outcomes.stream().filter(o -> o.roundTrip() != null
                && o.roundTrip().status() == MigrationOutcome.Status.RESTORED).count();
        long failed = outcomes.stream().filter(o -> o.outcome() == MigrationOutcome.Outcome.FAILED).count();
        long plain = outcomes.stream().filter(o -> o.roundTrip() != null
                && o.roundTrip().status() == MigrationOutcome.Status.NOT_ROUND_TRIPPED).count();
        return String.format("Applied %d of %d migrations, %d rolled back and restored%s%s, in %d ms", applied,
                outcomes.size(), restored, plain == 0 ? "" : ", " + plain + " not round-tripped",
                failed == 0 ? "" : ", " + failed + " failed to apply", nanos / 1_000_000);
    }
}
