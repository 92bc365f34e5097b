package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.db.Privileges;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** schema.db.privileges against a real PostgreSQL: what managed services refuse fails here too, with the way out. */
class ManagedPrivilegesIT {
    @TempDir
    Path work;

    private MigrationRun run(Privileges privileges) {
        Path base = TestPaths.fixture("roundtrip/needs-superuser");
        MigrationSettings settings = new MigrationSettings(base, List.of("db/migration"), List.of(), Map.of(), null,
                Path.of("db/seed"), Set.of(), null, false, true).withRoles(List.of("auditor"));
        try (Database db = Databases.start(DatabaseSettings.embedded(work).withPrivileges(privileges), Log.silent())) {
            return MigrationCheck.run(db, settings, SeverityPolicy.defaults(), Log.silent());
        }
    }

    private static Finding of(MigrationRun run, String version) {
        return run.findings().stream().filter(f -> version.equals(f.location().version())
                && f.ruleId().equals("migration.apply.needs-superuser")).findFirst().orElseThrow(
                () -> new AssertionError("no needs-superuser finding for V" + version + " in " + run.findings()));
    }

    private static MigrationOutcome version(MigrationRun run, String version) {
        return run.migrations().stream().filter(m -> version.equals(m.version())).findFirst().orElseThrow();
    }

    @Test
    void whatManagedServicesRefuseFailsWithTheStatementLineAndTheAlternative() {
        MigrationRun run = run(Privileges.MANAGED);

        Finding alterSystem = of(run, "2");
        assertThat(alterSystem.location().file()).isEqualTo("db/migration/V2__alter_system.sql");
        assertThat(alterSystem.location().line()).isEqualTo(2);
        assertThat(alterSystem.message()).startsWith("db/migration/V2__alter_system.sql:2")
                .contains("ALTER SYSTEM SET work_mem", "Amazon RDS", "DB parameter group", "schema.db.privileges=superuser");

        Finding copy = of(run, "3");
        assertThat(copy.location().line()).isEqualTo(2);
        assertThat(copy.message()).contains("pg_execute_server_program", "COPY … FROM STDIN");
        assertThat(copy.details()).containsKey("detail");

        Finding extension = of(run, "4");
        assertThat(extension.message()).contains("permission denied to create extension \"file_fdw\"",
                "HINT: Must be superuser to create this extension", "trusted extension");

        Finding owner = of(run, "5");
        assertThat(owner.location().line()).as("the line of the OWNER TO clause's statement").isEqualTo(2);
        assertThat(owner.message()).contains("auditor", "member of");

        assertThat(run.migrations()).filteredOn(m -> Set.of("2", "3", "4", "5").contains(m.version()))
                .extracting(MigrationOutcome::outcome).containsOnly(Outcome.FAILED);
        assertThat(version(run, "1").roundTrip().status()).isEqualTo(Status.RESTORED);
        assertThat(version(run, "6").roundTrip().status()).as("trusted extensions work for the database owner")
                .isEqualTo(Status.RESTORED);

        Finding seed = run.findings().stream().filter(f -> "db/seed/V6__tokens.sql".equals(f.location().file()))
                .findFirst().orElseThrow();
        assertThat(seed.ruleId()).isEqualTo("migration.apply.needs-superuser");
        // a seed file runs as one query, and PostgreSQL gives no position for a refused COPY
        assertThat(seed.message()).startsWith("db/seed/V6__tokens.sql: ").contains("DETAIL: ", "COPY … FROM STDIN");
        assertThat(run.findings()).extracting(Finding::ruleId).doesNotContain("migration.apply.failed");
    }

    @Test
    void asSuperuserTheSameMigrationsApply() {
        MigrationRun run = run(Privileges.SUPERUSER);
        assertThat(run.findings()).extracting(Finding::ruleId).doesNotContain("migration.apply.needs-superuser",
                "migration.apply.failed", "migration.seed.failed");
        assertThat(run.migrations()).extracting(MigrationOutcome::outcome).containsOnly(Outcome.APPLIED);
    }
}
