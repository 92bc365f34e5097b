package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.rules.Rule;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.ValidateResult;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

import java.nio.file.Path;
import java.util.List;

/**
 * The end of the run, as plain Flyway would see it: repeatable (R__) scripts are applied after the
 * versioned ones, and Flyway validates the history we kept against the real scripts.
 */
final class Repeatables {
    private Repeatables() {
    }

    static void apply(Database db, String url, MigrationSettings settings, List<Path> dirs,
                      ScriptDiscovery.Discovery found, MigrationFindings findings) {
        boolean flywayLayout = found.migrations().stream()
                .allMatch(m -> m.script().getFileName().toString().equals(m.flywayName()));
        if (!flywayLayout) {
            return;
        }
        Flyway flyway = FlywaySteps.base(db, url, settings)
                .locations(dirs.stream().map(d -> "filesystem:" + d).toArray(String[]::new))
                .validateOnMigrate(true)
                .load();
        try {
            if (!found.repeatables().isEmpty()) {
                flyway.migrate();
            }
            ValidateResult result = flyway.validateWithResult();
            if (!result.validationSuccessful) {
                throw new SchemaGateException("Flyway's history does not match the scripts after the round trip"
                        + " (a schemagate bug, please report it): " + result.getAllErrorMessages());
            }
        } catch (FlywayMigrateException e) {
            findings.addFailure(Rule.MIGRATION_APPLY_FAILED, StepFailure.of(e), null,
                    "Fix the repeatable script and run the build again.");
        } catch (FlywayException e) {
            throw new SchemaGateException("Flyway could not finish the run: " + e.getMessage(), e);
        }
    }
}
