package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MigrationRunnerIT {
    @TempDir
    Path work;
    private Database db;

    @BeforeEach
    void start() {
        db = Databases.start(DatabaseSettings.embedded(work), Log.silent());
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private MigrationRun apply(Path basedir, List<String> locations) {
        return MigrationRunner.applyAll(db, new MigrationSettings(basedir, locations, List.of(), Map.of(), null),
                SeverityPolicy.defaults(), Log.silent());
    }

    @Test
    void theSampleProjectAppliesAllItsMigrations() {
        MigrationRun run = apply(TestPaths.sampleProject(), List.of());
        assertThat(run.findings()).isEmpty();
        assertThat(run.migrations()).hasSize(8).allMatch(m -> m.outcome() == MigrationOutcome.Outcome.APPLIED);
        assertThat(run.migrations().get(0).script())
                .isEqualTo("src/main/resources/db/migration/V1__create_users_and_projects.sql");
        assertThat(run.migrations()).extracting(MigrationOutcome::version)
                .containsExactly("1", "2", "3", "4", "5", "6", "7", "8");
    }

    @Test
    void brokenSqlIsAFindingWithFileLineAndPostgresError() {
        MigrationRun run = apply(TestPaths.fixture("broken-sql"), List.of("filesystem:db/migration"));
        assertThat(run.findings()).hasSize(1);
        Finding f = run.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("migration.apply.failed");
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().file()).isEqualTo("db/migration/V2__add_orders.sql");
        assertThat(f.location().version()).isEqualTo("2");
        assertThat(f.location().line()).isEqualTo(6);
        assertThat(f.message()).contains("db/migration/V2__add_orders.sql:6").contains("syntax error at or near \"DEFALT\"");
        assertThat(f.details()).containsEntry("sqlState", "42601");
        assertThat(run.migrations()).extracting(MigrationOutcome::outcome).containsExactly(
                MigrationOutcome.Outcome.APPLIED, MigrationOutcome.Outcome.FAILED, MigrationOutcome.Outcome.NOT_RUN);
    }

    @Test
    void aMissingLocationNamesTheFolderAndTheProperty() {
        assertThatThrownBy(() -> apply(work, List.of("filesystem:src/main/resources/db/migrations")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("src/main/resources/db/migrations does not exist")
                .hasMessageContaining("schema.migrations.locations");
    }

    @Test
    void aLocationWithoutScriptsSaysHowScriptsAreNamed() {
        assertThatThrownBy(() -> apply(TestPaths.fixture("empty-location"), List.of("db/migration")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No migrations found in [db/migration]")
                .hasMessageContaining("V<version>__<description>.sql")
                .hasMessageContaining("schema.migrations.locations");
    }

    @Test
    void aClasspathLocationPointsToTheFilesystemForm() {
        assertThatThrownBy(() -> apply(work, List.of("classpath:db/migration")))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("filesystem:src/main/resources/db/migration");
    }
}
