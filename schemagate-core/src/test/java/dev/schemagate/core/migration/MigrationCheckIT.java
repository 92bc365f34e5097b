package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.Status;
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
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The round trip against a real PostgreSQL, one fixture folder per case (src/test/resources/fixtures/roundtrip). */
class MigrationCheckIT {
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

    private MigrationRun run(String fixture) {
        return run(fixture, Map.of(), Set.of(), null);
    }

    private MigrationRun run(String fixture, Map<String, String> placeholders, Set<String> irreversible, String from) {
        Path base = TestPaths.fixture("roundtrip/" + fixture);
        MigrationSettings settings = new MigrationSettings(base, List.of("db/migration"), List.of(), placeholders, null,
                Path.of("db/seed"), irreversible, from, false, true);
        return MigrationCheck.run(db, settings, SeverityPolicy.defaults(), Log.silent());
    }

    private static List<String> rules(MigrationRun run) {
        return run.findings().stream().map(Finding::ruleId).toList();
    }

    private static MigrationOutcome version(MigrationRun run, String version) {
        return run.migrations().stream().filter(m -> version.equals(m.version())).findFirst().orElseThrow();
    }

    @Test
    void theSampleProjectRoundTripsCleanly() {
        Path sample = TestPaths.sampleProject();
        MigrationRun run = MigrationCheck.run(db, MigrationSettings.defaults(sample), SeverityPolicy.defaults(), Log.silent());
        assertThat(run.findings()).isEmpty();
        assertThat(run.migrations()).hasSize(8).allSatisfy(m -> {
            assertThat(m.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(m.roundTrip().status()).isEqualTo(Status.RESTORED);
            assertThat(m.undoMillis()).isNotNull();
            assertThat(m.reapplyMillis()).isNotNull();
        });
        assertThat(version(run, "7").roundTrip().rowsKept()).as("reviews and the rest survive the rename").isPositive();
    }

    @Test
    void aCleanRoundTripKeepsRowsAndRestoresTheSchema() {
        MigrationRun run = run("clean");
        assertThat(run.findings()).isEmpty();
        assertThat(run.migrations()).extracting(m -> m.roundTrip().status()).containsOnly(Status.RESTORED);
        assertThat(version(run, "3").roundTrip().rowsKept()).isGreaterThanOrEqualTo(3);
        assertThat(run.migrations()).extracting(MigrationOutcome::version).containsExactly("1", "2", "3", "3.1");
    }

    @Test
    void leftoversOfAnUndoAreEachAResidueFinding() {
        MigrationRun run = run("residue");
        assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("migration.rollback.residue"))
                .extracting(f -> f.location().pointer())
                .contains("/type/public.order_status", "/sequence/public.invoice_numbers",
                        "/table/public.accounts/index/accounts_email_lower_idx");
        assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("migration.rollback.residue"))
                .anySatisfy(f -> assertThat(f.message()).contains("default"));
        assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("migration.rollback.residue")).allSatisfy(f -> {
            assertThat(f.location().version()).isEqualTo("2");
            assertThat(f.location().file()).isEqualTo("db/migration/U2__create_orders.sql");
        });
        assertThat(run.findings()).extracting(Finding::ruleId).as("what the undo left makes V2 fail again")
                .contains("migration.reapply.failed");
        assertThat(version(run, "2").roundTrip().status()).isEqualTo(Status.REAPPLY_FAILED);
    }

    @Test
    void anUndoWithAnSqlErrorIsReportedAndTheRunGoesOn() {
        MigrationRun run = run("undo-failed");
        Finding f = run.findings().get(0);
        assertThat(f.ruleId()).isEqualTo("migration.undo.failed");
        assertThat(f.location().file()).isEqualTo("db/migration/U2__create_orders.sql");
        assertThat(f.location().line()).isEqualTo(2);
        assertThat(f.location().version()).isEqualTo("2");
        assertThat(f.message()).contains("syntax error at or near \"TABEL\"");
        assertThat(version(run, "3").roundTrip().status()).as("the next migration is still checked").isEqualTo(Status.RESTORED);
    }

    @Test
    void aMissingOrEmptyUndoIsReported() {
        MigrationRun run = run("undo-missing");
        assertThat(run.findings()).extracting(f -> f.ruleId() + " " + f.location().version() + " " + f.location().file())
                .containsExactlyInAnyOrder("migration.undo.missing 2 db/migration/V2__create_orders.sql",
                        "migration.undo.missing 3 db/migration/U3__create_invoices.sql");
    }

    @Test
    void anUndoThatDropsDataInsteadOfRenamingLosesRows() {
        MigrationRun run = run("data-lost");
        assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("migration.data.lost"))
                .singleElement().satisfies(f -> {
                    assertThat(f.location().version()).isEqualTo("2");
                    assertThat(f.location().pointer()).isEqualTo("/table/public.accounts");
                    assertThat(f.message()).contains("public.accounts");
                });
    }

    @Test
    void anUndoThatCannotBeFollowedByTheMigrationAgainIsAReapplyFailure() {
        MigrationRun run = run("reapply-failed");
        assertThat(rules(run)).contains("migration.reapply.failed", "migration.rollback.residue");
        assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("migration.reapply.failed"))
                .singleElement().satisfies(f -> {
                    assertThat(f.location().version()).isEqualTo("2");
                    assertThat(f.message()).contains("invoice_numbers").contains("already exists");
                });
        assertThat(version(run, "3").roundTrip().status()).isEqualTo(Status.RESTORED);
    }

    @Test
    void aMigrationThatComesOutDifferentTheSecondTimeDrifts() {
        MigrationRun run = run("drift");
        assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("migration.reapply.drift"))
                .singleElement().satisfies(f -> {
                    assertThat(f.location().version()).isEqualTo("3");
                    assertThat(f.location().pointer()).isEqualTo("/table/public.accounts/index/accounts_email_idx");
                });
    }

    @Test
    void orphanAndDuplicateUndoScriptsAreReported() {
        assertThat(run("undo-orphan").findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo("migration.undo.orphan");
            assertThat(f.severity()).isEqualTo(Severity.WARNING);
            assertThat(f.location().file()).isEqualTo("db/migration/U2__create_orders.sql");
        });
        db.close();
        db = Databases.start(DatabaseSettings.embedded(work), Log.silent());
        assertThat(run("undo-duplicate").findings()).extracting(Finding::ruleId).containsExactly("migration.undo.duplicate");
    }

    @Test
    void nonTransactionalScriptsWithConfFilesRoundTrip() {
        MigrationRun run = run("concurrently");
        assertThat(run.findings()).isEmpty();
        assertThat(version(run, "2").roundTrip().status()).isEqualTo(Status.RESTORED);
    }

    @Test
    void irreversibleMigrationsAreAppliedButNotRolledBack() {
        MigrationRun run = run("irreversible");
        assertThat(run.findings()).isEmpty();
        assertThat(version(run, "2").roundTrip().status()).isEqualTo(Status.IRREVERSIBLE);
        assertThat(version(run, "2").roundTrip().note()).contains("deletes test accounts for good");
        assertThat(version(run, "3").roundTrip().status()).isEqualTo(Status.RESTORED);
    }

    @Test
    void irreversibleVersionsCanBeListed() {
        MigrationRun run = run("undo-missing", Map.of(), Set.of("2", "3"), null);
        assertThat(run.findings()).isEmpty();
    }

    @Test
    void theGolangMigrateLayoutRoundTrips() {
        MigrationRun run = run("golang");
        assertThat(run.findings()).isEmpty();
        assertThat(run.migrations()).extracting(MigrationOutcome::version).containsExactly("1", "2");
        assertThat(run.migrations()).extracting(m -> m.roundTrip().status()).containsOnly(Status.RESTORED);
    }

    @Test
    void fromRoundTripsOnlyNewerVersions() {
        MigrationRun run = run("from", Map.of(), Set.of(), "2");
        assertThat(run.findings()).isEmpty();
        assertThat(run.migrations()).extracting(m -> m.roundTrip().status())
                .containsExactly(Status.NOT_ROUND_TRIPPED, Status.NOT_ROUND_TRIPPED, Status.RESTORED);
    }

    @Test
    void placeholdersAndDollarBodiesWorkInUndoScripts() {
        MigrationRun run = run("placeholders", Map.of("audit_table", "audit_log"), Set.of(), null);
        assertThat(run.findings()).isEmpty();
        assertThat(version(run, "2").roundTrip().status()).isEqualTo(Status.RESTORED);
    }

    @Test
    void brokenSqlIsAFindingWithFileLineAndPostgresError() {
        Path base = TestPaths.fixture("broken-sql");
        MigrationRun run = MigrationCheck.run(db, MigrationSettings.defaults(base).withLocations(List.of("db/migration")),
                SeverityPolicy.defaults(), Log.silent());
        Finding f = run.findings().stream().filter(x -> x.ruleId().equals("migration.apply.failed")).findFirst().orElseThrow();
        assertThat(f.location().file()).isEqualTo("db/migration/V2__add_orders.sql");
        assertThat(f.location().version()).isEqualTo("2");
        assertThat(f.location().line()).isEqualTo(6);
        assertThat(f.message()).contains("syntax error at or near \"DEFALT\"");
        assertThat(f.details()).containsEntry("sqlState", "42601");
        assertThat(run.migrations()).as("the run goes on without V2; V3 needs its table")
                .extracting(MigrationOutcome::outcome).containsExactly(Outcome.APPLIED, Outcome.FAILED, Outcome.FAILED);
        assertThat(run.findings()).filteredOn(x -> "3".equals(x.location().version())).singleElement()
                .satisfies(v3 -> assertThat(v3.details()).containsEntry("after", List.of("2")));
    }

    @Test
    void aMissingLocationNamesTheFolderAndTheProperty() {
        assertThatThrownBy(() -> MigrationCheck.run(db, MigrationSettings.defaults(work)
                .withLocations(List.of("filesystem:src/main/resources/db/migrations")), SeverityPolicy.defaults(), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("src/main/resources/db/migrations does not exist")
                .hasMessageContaining("schema.migrations.locations");
    }

    @Test
    void aLocationWithoutScriptsSaysHowScriptsAreNamed() {
        assertThatThrownBy(() -> MigrationCheck.run(db, MigrationSettings.defaults(TestPaths.fixture("empty-location"))
                .withLocations(List.of("db/migration")), SeverityPolicy.defaults(), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No migrations found in [db/migration]")
                .hasMessageContaining("schema.migrations.locations");
    }

    @Test
    void aClasspathLocationPointsToTheFilesystemForm() {
        assertThatThrownBy(() -> MigrationCheck.run(db, MigrationSettings.defaults(work)
                .withLocations(List.of("classpath:db/migration")), SeverityPolicy.defaults(), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("filesystem:src/main/resources/db/migration");
    }

    @Test
    void theReleasedMigrationsMustStayAsTheyShipped() {
        Path base = TestPaths.fixture("roundtrip/released");
        MigrationSettings settings = new MigrationSettings(base, List.of("db/migration"), List.of(), Map.of(), null,
                Path.of("db/seed"), Set.of(), null, false, true);
        try (var baseline = dev.schemagate.core.baseline.Baselines.resolve("dir:baseline", base, Map.of(), Log.silent()).orElseThrow()) {
            MigrationRun run = MigrationCheck.run(db, settings, SeverityPolicy.defaults(), Log.silent(), java.util.Optional.of(baseline));
            assertThat(run.findings()).extracting(f -> f.ruleId() + " V" + f.location().version()).containsExactlyInAnyOrder(
                    "migration.released.modified V1", "migration.version.conflict V2", "migration.out-of-order V4");
            assertThat(run.findings()).filteredOn(f -> f.ruleId().equals("migration.out-of-order"))
                    .singleElement().extracting(Finding::severity).isEqualTo(Severity.WARNING);
        }
    }
}
