package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Applies every migration to the throwaway database with Flyway, one progress line each. */
public final class MigrationRunner {
    private MigrationRunner() {
    }

    public static MigrationRun applyAll(Database db, MigrationSettings settings, SeverityPolicy policy, Log log) {
        List<Path> dirs = MigrationLocations.resolve(settings);
        MigrationLocations.requireScripts(settings.basedir(), dirs);
        FlywayLogBridge.target(log);
        ProgressCallback progress = new ProgressCallback(settings.basedir(), log);
        Flyway flyway = configure(db, settings, dirs).callbacks(progress).load();
        List<Finding> findings = new ArrayList<>();
        long start = System.nanoTime();
        try {
            flyway.migrate();
        } catch (FlywayMigrateException e) {
            findings.add(ApplyFailure.finding(e, settings.basedir(), policy.severityOf(Rule.MIGRATION_APPLY_FAILED)));
        }
        List<MigrationOutcome> outcomes = progress.outcomes(flyway.info().all());
        long applied = outcomes.stream().filter(o -> o.outcome() == MigrationOutcome.Outcome.APPLIED).count();
        log.info(String.format("Applied %d of %d migrations in %d ms", applied, outcomes.size(),
                (System.nanoTime() - start) / 1_000_000));
        return new MigrationRun(outcomes, findings);
    }

    static org.flywaydb.core.api.configuration.FluentConfiguration configure(Database db, MigrationSettings settings,
                                                                             List<Path> dirs) {
        var config = Flyway.configure(MigrationRunner.class.getClassLoader())
                .dataSource(db.jdbcUrl(), db.user(), db.password().reveal())
                .locations(dirs.stream().map(d -> "filesystem:" + d).toArray(String[]::new))
                .placeholders(settings.placeholders())
                .loggers(FlywayLogBridge.class.getName())
                .cleanDisabled(true)
                .failOnMissingLocations(true);
        if (!settings.schemas().isEmpty()) {
            config.schemas(settings.schemas().toArray(String[]::new));
        }
        if (settings.table() != null && !settings.table().isBlank()) {
            config.table(settings.table());
        }
        return config;
    }

    static String versionOf(MigrationInfo info) {
        return info.getVersion() == null ? null : info.getVersion().getVersion();
    }

}
