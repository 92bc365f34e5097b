package dev.schemagate.core.migration;

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

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Patterns seen in real migration histories (each fixture is our own SQL reproducing one): the run never
 * stops early, each version is judged from the plain chain, the undo scripts are also run as a chain.
 */
class RealHistoryPatternsIT {
    @TempDir
    Path work;
    private Database db;

    @BeforeEach
    void start() {
        db = Databases.start(DatabaseSettings.embedded(work.resolve("pg")), Log.silent());
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private MigrationRun run(Path base, RoundTripSettings roundTrip) {
        MigrationSettings settings = new MigrationSettings(base, List.of("db/migration"), List.of(), Map.of(), null,
                Path.of("db/seed"), Set.of(), null, false, true, roundTrip);
        return MigrationCheck.run(db, settings, SeverityPolicy.defaults(), Log.silent());
    }

    private MigrationRun run(String fixture) {
        return run(TestPaths.fixture("roundtrip/" + fixture), RoundTripSettings.defaults());
    }

    private static List<Finding> of(MigrationRun run, String rule) {
        return run.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }

    private static MigrationOutcome version(MigrationRun run, String version) {
        return run.migrations().stream().filter(m -> version.equals(m.version())).findFirst().orElseThrow();
    }

    @Test
    void anInsertSelectThatNeedsADefaultFailsOnlyWithRowsAndTheRunGoesOn() {
        MigrationRun run = run("fails-with-rows");
        assertThat(of(run, "migration.apply.fails-with-rows")).singleElement().satisfies(f -> {
            assertThat(f.severity()).as("the rows were generated: a guess").isEqualTo(Severity.WARNING);
            assertThat(f.location().version()).isEqualTo("3");
            assertThat(f.location().file()).isEqualTo("db/migration/V3__copy_authors.sql");
            assertThat(f.location().line()).isEqualTo(2);
            assertThat(f.message()).contains("null value in column \"created_at\"").contains("DETAIL: Failing row contains")
                    .contains("public.authors (3 rows: {\"id\":").contains("default").contains("seed file");
            assertThat(f.details()).containsEntry("rowsFrom", "generated").containsKey("statement");
        });
        assertThat(version(run, "3").roundTrip().status()).as("the round trip goes on from the retried state")
                .isEqualTo(Status.RESTORED);
        assertThat(of(run, "migration.apply.failed")).as("fails with rows and without: reported once")
                .singleElement().satisfies(f -> assertThat(f.location().version()).isEqualTo("4"));
        assertThat(run.migrations()).extracting(MigrationOutcome::outcome)
                .containsExactly(Outcome.APPLIED, Outcome.APPLIED, Outcome.APPLIED, Outcome.FAILED, Outcome.APPLIED);
        assertThat(version(run, "5").roundTrip().status()).isEqualTo(Status.RESTORED);
        assertThat(run.findings()).hasSize(2);
    }

    @Test
    void rowsFromSeedFilesMakeItAnError() {
        MigrationRun run = run(TestPaths.fixture("roundtrip/fails-with-seed-rows"),
                RoundTripSettings.defaults().withGeneratedRows(false));
        assertThat(of(run, "migration.apply.fails-with-rows")).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("your seed files").contains("\"Ada\"").contains("2 rows");
            assertThat(f.details()).containsEntry("rowsFrom", "seed");
        });
        assertThat(run.migrations()).extracting(MigrationOutcome::outcome).containsOnly(Outcome.APPLIED);
    }

    @Test
    void undoScriptsShiftedByOneVersionAreDiagnosed() {
        MigrationRun run = run("shifted");
        assertThat(of(run, "migration.undo.failed")).singleElement().satisfies(f -> {
            assertThat(f.location().version()).isEqualTo("1");
            assertThat(f.message()).contains("U1 fails on table public.posts, which V2 creates: the undo scripts look"
                    + " shifted by one version");
            assertThat(f.details()).containsEntry("createdBy", "2");
        });
        assertThat(of(run, "migration.rollback.residue")).filteredOn(f -> "2".equals(f.location().version()))
                .anySatisfy(f -> {
                    assertThat(f.message()).contains("U2 drops table public.users, which V1 creates");
                    assertThat(f.details()).containsEntry("createdBy", "1");
                });
        assertThat(run.findings()).as("as a chain these undo scripts work")
                .noneMatch(f -> f.ruleId().startsWith("migration.chain."));
    }

    @Test
    void anUndoThatFailsOnlyAsAChainIsAChainFinding() {
        MigrationRun run = run("chain-undo");
        assertThat(of(run, "migration.chain.undo.failed")).singleElement().satisfies(f -> {
            assertThat(f.location().version()).isEqualTo("1");
            assertThat(f.location().file()).isEqualTo("db/migration/U1__create_orders.sql");
            assertThat(f.location().line()).isEqualTo(1);
            assertThat(f.message()).contains("cannot drop table orders").contains("DETAIL: view order_totals depends on table orders");
            assertThat(f.details()).containsKey("detail");
        });
        assertThat(version(run, "1").roundTrip().status()).as("alone, U1 works").isEqualTo(Status.RESTORED);
        assertThat(version(run, "2").roundTrip().status()).as("the view U2 leaves is in V2's way")
                .isEqualTo(Status.REAPPLY_FAILED);
    }

    @Test
    void whatTheUndoScriptsLeaveAsAChainIsChainResidue() {
        MigrationRun run = run("chain-residue");
        assertThat(of(run, "migration.undo.missing")).singleElement()
                .satisfies(f -> assertThat(f.message()).contains("has an empty undo script, db/migration/U2__default_account.sql"));
        assertThat(of(run, "migration.rollback.residue")).extracting(f -> "V" + f.location().version() + " " + f.location().pointer())
                .contains("V3 /table/public.accounts/index/accounts_email_idx", "V4 /extension/pgcrypto");
        assertThat(of(run, "migration.reapply.drift")).as("ADD COLUMN IF NOT EXISTS keeps the column the undo weakened")
                .anySatisfy(f -> assertThat(f.location().version()).isEqualTo("5"));
        assertThat(of(run, "migration.chain.residue")).extracting(f -> f.location().pointer())
                .contains("/table/public.accounts/index/accounts_email_idx", "/extension/pgcrypto",
                        "/table/public.accounts/column/active");
        assertThat(of(run, "migration.chain.residue")).filteredOn(f -> "/extension/pgcrypto".equals(f.location().pointer()))
                .singleElement().satisfies(f -> {
                    assertThat(f.location().version()).isEqualTo("4");
                    assertThat(f.message()).contains("V4 creates it").contains("U4__crypto.sql should drop it");
                });
    }

    @Test
    void anUndoNarrowingTextLosesTheLongRows() {
        MigrationRun run = run("narrowing");
        assertThat(of(run, "migration.data.lost")).singleElement().satisfies(f -> {
            assertThat(f.location().version()).isEqualTo("2");
            assertThat(f.location().pointer()).isEqualTo("/table/public.notes");
        });
        assertThat(of(run, "migration.rollback.residue")).anySatisfy(f -> {
            assertThat(f.message()).contains("character varying(1024)");
            assertThat(f.details()).as("changing an older table is no shift").doesNotContainKey("createdBy");
        });
    }

    @Test
    void aHistoryWhereEveryUndoFailsGetsEveryVersionReportedInOneRun() throws Exception {
        Path base = work.resolve("all-broken");
        Path dir = Files.createDirectories(base.resolve("db/migration"));
        int n = 30;
        for (int i = 1; i <= n; i++) {
            write(dir.resolve("V" + i + "__t" + i + ".sql"), "CREATE TABLE t" + i + " (id integer PRIMARY KEY, v text);\n");
            write(dir.resolve("U" + i + "__t" + i + ".sql"), "-- undo\nDROP TABLEE t" + i + ";\n");
        }
        MigrationRun run = run(base, RoundTripSettings.defaults());
        assertThat(run.migrations()).hasSize(n).allSatisfy(m -> {
            assertThat(m.outcome()).isEqualTo(Outcome.APPLIED);
            assertThat(m.roundTrip().status()).isEqualTo(Status.UNDO_FAILED);
        });
        assertThat(of(run, "migration.undo.failed")).hasSize(n).allSatisfy(f -> assertThat(f.location().line()).isEqualTo(2));
        assertThat(of(run, "migration.chain.undo.failed")).singleElement()
                .satisfies(f -> assertThat(f.location().version()).isEqualTo(Integer.toString(n)));
        assertThat(databases()).as("no copy of the plain chain is left behind").isEmpty();
    }

    @Test
    void aTableAnUndoLeavesBehindIsGoneBeforeTheNextVersion() throws Exception {
        Path base = project("leftover-table",
                "V1__a.sql", "CREATE TABLE a (id integer PRIMARY KEY, v text);\n",
                "U1__a.sql", "DROP TABLE a;\nCREATE TABLE leftover (id integer);\n",
                "V2__leftover.sql", "CREATE TABLE leftover (id integer, note text);\n",
                "U2__leftover.sql", "DROP TABLE leftover;\n");
        MigrationRun run = run(base, RoundTripSettings.defaults().withChain(false));
        assertThat(version(run, "1").roundTrip().status()).isEqualTo(Status.RESIDUE);
        assertThat(version(run, "2").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(version(run, "2").roundTrip().status()).isEqualTo(Status.RESTORED);
        assertThat(run.findings()).noneMatch(f -> "2".equals(f.location().version()));
    }

    @Test
    void rowsAnUndoDeletedDoNotLeakIntoTheNextVersion() throws Exception {
        Path base = project("deleted-rows",
                "V1__a.sql", "CREATE TABLE a (id integer PRIMARY KEY, v text);\nINSERT INTO a VALUES (1, 'from V1');\n",
                "U1__a.sql", "DELETE FROM a;\n",
                "V2__check.sql", "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM a WHERE v = 'from V1') THEN"
                        + " RAISE EXCEPTION 'the row of V1 is missing'; END IF; END $$;\nCREATE TABLE b (id integer);\n",
                "U2__check.sql", "DROP TABLE b;\n");
        MigrationRun run = run(base, RoundTripSettings.defaults().withChain(false));
        assertThat(version(run, "1").roundTrip().status()).isEqualTo(Status.REAPPLY_FAILED);
        assertThat(version(run, "2").outcome()).isEqualTo(Outcome.APPLIED);
        assertThat(version(run, "2").roundTrip().status()).isEqualTo(Status.RESTORED);
        assertThat(run.findings()).noneMatch(f -> "2".equals(f.location().version()));
    }

    @Test
    void afterAFailedUndoTheNextVersionStillSeesTheGeneratedRows() throws Exception {
        Path base = project("failed-undo-rows",
                "V1__a.sql", "CREATE TABLE a (id integer PRIMARY KEY, v text);\n",
                "U1__a.sql", "DROP TABLEE a;\n",
                "V2__n.sql", "ALTER TABLE a ADD COLUMN n integer NOT NULL DEFAULT 0;\n",
                "U2__n.sql", "ALTER TABLE a DROP COLUMN n;\n",
                "V3__f.sql", "CREATE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';\n",
                "U3__f.sql", "SELECT 1;\n",
                "V4__f.sql", "CREATE OR REPLACE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 2';\n",
                "U4__f.sql", "CREATE OR REPLACE FUNCTION f() RETURNS integer LANGUAGE sql AS 'SELECT 1';\n");
        MigrationRun run = run(base, RoundTripSettings.defaults().withChain(false));
        assertThat(version(run, "1").roundTrip().status()).isEqualTo(Status.UNDO_FAILED);
        assertThat(version(run, "2").roundTrip().status()).isEqualTo(Status.RESTORED);
        assertThat(version(run, "2").roundTrip().rowsKept()).as("the rows generated for V1's table").isEqualTo(3);
        assertThat(version(run, "3").roundTrip().status()).isEqualTo(Status.REAPPLY_FAILED);
        assertThat(version(run, "4").roundTrip().status()).isEqualTo(Status.RESTORED);
        assertThat(run.findings()).noneMatch(f -> "2".equals(f.location().version()) || "4".equals(f.location().version()));
        assertThat(of(run, "migration.apply.failed")).as("Flyway validates the history kept: V3 is in it").isEmpty();
    }

    private Path project(String name, String... files) throws IOException {
        Path base = work.resolve(name);
        Path dir = Files.createDirectories(base.resolve("db/migration"));
        for (int i = 0; i < files.length; i += 2) {
            write(dir.resolve(files[i]), files[i + 1]);
        }
        return base;
    }

    @Test
    void aHangingUndoEndsAtTheStatementTimeoutWithAFindingNamingScriptAndLine() throws Exception {
        Path base = work.resolve("sleepy");
        Path dir = Files.createDirectories(base.resolve("db/migration"));
        write(dir.resolve("V1__a.sql"), "CREATE TABLE a (id integer);\n");
        write(dir.resolve("U1__a.sql"), "DROP TABLE a;\n");
        write(dir.resolve("V2__b.sql"), "CREATE TABLE b (id integer);\n");
        write(dir.resolve("U2__b.sql"), "DROP TABLE b;\nSELECT pg_sleep(60);\n");
        long start = System.nanoTime();
        MigrationRun run = run(base, RoundTripSettings.defaults().withStatementTimeout(Duration.ofSeconds(1)));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(50));
        for (String rule : List.of("migration.undo.failed", "migration.chain.undo.failed")) {
            assertThat(of(run, rule)).singleElement().satisfies(f -> {
                assertThat(f.location().file()).isEqualTo("db/migration/U2__b.sql");
                assertThat(f.location().line()).isEqualTo(2);
                assertThat(f.message()).contains("statement timeout");
            });
        }
    }

    @Test
    void withoutGeneratedRowsOnlySeedFilesFillTables() {
        MigrationRun run = run(TestPaths.fixture("roundtrip/fails-with-rows"),
                RoundTripSettings.defaults().withGeneratedRows(false).withChain(false));
        assertThat(of(run, "migration.apply.fails-with-rows")).as("with empty tables V3 just applies").isEmpty();
        assertThat(version(run, "3").roundTrip().rowsKept()).isZero();
    }

    private List<String> databases() throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT datname FROM pg_database WHERE datname LIKE 'schemagate%'")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }

    private static void write(Path file, String text) throws IOException {
        Files.writeString(file, text);
    }
}
