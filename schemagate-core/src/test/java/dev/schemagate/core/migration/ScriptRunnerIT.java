package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.catalog.CatalogDiff;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.output.ValidateResult;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The script runner against Flyway's own {@code migrate()}, one script per case on two fresh databases: the same
 * outcome (applied or failed), the same history rows, the same catalog, and Flyway's validate passes on the
 * runner's history.
 */
class ScriptRunnerIT {
    @TempDir
    static Path work;
    private static Database db;
    private static int counter;

    @BeforeAll
    static void start() {
        db = Databases.start(DatabaseSettings.embedded(work.resolve("pg")), Log.silent());
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    @Test
    void commitInsideTheScript() throws Exception {
        same("CREATE TABLE t (id integer);\nCOMMIT;\nCREATE TABLE u (id integer);\n", null, true);
    }

    @Test
    void beginAndCommitInsideTheScript() throws Exception {
        same("BEGIN;\nCREATE TABLE t (id integer);\nCOMMIT;\nINSERT INTO base VALUES (7);\n", null, true);
    }

    @Test
    void doBlock() throws Exception {
        same("DO $$\nBEGIN\n  CREATE TABLE t (id integer);\n  INSERT INTO t VALUES (1);\nEND\n$$;\n", null, true);
    }

    @Test
    void copyFromStdin() throws Exception {
        same("CREATE TABLE t (id integer, v text);\nCOPY t (id, v) FROM stdin;\n1\tone\n2\ttwo\n\\.\n"
                + "INSERT INTO t VALUES (3, 'three');\n", null, true);
    }

    @Test
    void dollarQuotedFunctions() throws Exception {
        same("CREATE FUNCTION f() RETURNS integer LANGUAGE plpgsql AS $body$\nBEGIN\n  RETURN 1; -- ; inside\nEND;\n"
                + "$body$;\nCREATE FUNCTION g() RETURNS text LANGUAGE sql AS $$ SELECT 'a;b' $$;\n", null, true);
    }

    @Test
    void createIndexConcurrentlyWithOtherStatementsAndNoConfFails() throws Exception {
        same("CREATE TABLE t (id integer);\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n", null, false);
    }

    @Test
    void createIndexConcurrentlyAloneAndNoConf() throws Exception {
        same("CREATE INDEX CONCURRENTLY base_id ON base (id);\n", null, true);
    }

    @Test
    void createIndexConcurrentlyWithConfExecuteInTransactionFalseApplies() throws Exception {
        same("CREATE TABLE t (id integer);\nCREATE INDEX CONCURRENTLY t_id ON t (id);\n",
                "executeInTransaction=false\n", true);
    }

    @Test
    void aFailingStatementOutsideATransactionLeavesTheFailedRowFlywayLeaves() throws Exception {
        same("CREATE TABLE t (id integer);\nCREATE INDEX CONCURRENTLY t_id ON missing (id);\n",
                "executeInTransaction=false\n", false);
    }

    @Test
    void aFailingStatementInALargeBatchIsNamedWithItsLine() throws Exception {
        StringBuilder sql = new StringBuilder("CREATE TABLE t (id integer PRIMARY KEY);\n");
        for (int i = 1; i <= 2000; i++) {
            sql.append("INSERT INTO t VALUES (").append(i == 1234 ? 5 : i).append(");\n");
        }
        StepFailure failure = same(sql.toString(), null, false).orElseThrow();
        assertThat(failure.line()).as("CREATE TABLE is line 1, the i-th INSERT line i + 1").isEqualTo(1235);
        assertThat(failure.statement()).isEqualTo("INSERT INTO t VALUES (5)");
        assertThat(failure.inTransaction()).isTrue();
    }

    @Test
    void aLargeScriptApplies() throws Exception {
        StringBuilder sql = new StringBuilder("CREATE TABLE t (id integer PRIMARY KEY, v text);\n");
        for (int i = 1; i <= 5000; i++) {
            sql.append("INSERT INTO t VALUES (").append(i).append(", 'row ").append(i).append("');\n");
        }
        sql.append("SELECT setval(pg_get_serial_sequence('base', 'n'), 10);\n");
        same(sql.toString(), null, true);
    }

    @Test
    void alterTypeAddValueMixedWithOtherStatements() throws Exception {
        same("CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy';\nCREATE TABLE m (v mood);\n"
                + "INSERT INTO base VALUES (1);\n", null, null);
    }

    @Test
    void alterTypeAddValueThenUsingTheValueInTheSameScript() throws Exception {
        same("CREATE TYPE mood AS ENUM ('sad');\nALTER TYPE mood ADD VALUE 'happy';\nCREATE TABLE m (v mood);\n"
                + "INSERT INTO m VALUES ('happy');\n", null, null);
    }

    @Test
    void withoutASuperuserThereIsNoTrackerAndTheRunSaysSoOnce() throws Exception {
        String url = db.createDatabase("nosuper" + (++counter));
        List<String> lines = new ArrayList<>();
        Log log = Log.of(lines::add, lines::add, m -> { });
        boolean[] told = new boolean[1];
        try (Connection c = db.connect(url); Statement st = c.createStatement()) {
            st.execute("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'no_super')"
                    + " THEN CREATE ROLE no_super; END IF; END $$");
            st.execute("SET ROLE no_super");
            assertThat(ChangeTracker.install(c, log, told, new PhaseTimes())).isEmpty();
            assertThat(ChangeTracker.install(c, log, told, new PhaseTimes())).isEmpty();
            st.execute("RESET ROLE");
            try (ResultSet rs = st.executeQuery("SELECT count(*) FROM pg_event_trigger")) {
                rs.next();
                assertThat(rs.getInt(1)).as("nothing installed").isZero();
            }
        }
        assertThat(lines).singleElement().asString().contains("no superuser").contains("full one");
    }

    @Test
    void aScriptThatSetsASearchPathWithoutTheHistoryTablesSchema() throws Exception {
        same("CREATE SCHEMA app;\nSET search_path = app;\nCREATE TABLE t (id integer);\n", null, true);
    }

    @Test
    void placeholdersAndASchemaAsFlywayReplacesAndSetsThem() throws Exception {
        same("CREATE TABLE ${prefix}_t (id integer);\nCOMMENT ON TABLE ${prefix}_t IS '${flyway:defaultSchema}"
                + " ${flyway:filename}';\nCREATE TABLE s (id integer) ;\n", null, true, List.of("app"));
    }

    /** @param applies whether both apply it; null: whatever Flyway does, the runner does */
    private Optional<StepFailure> same(String script, String conf, Boolean applies) throws Exception {
        return same(script, conf, applies, List.of());
    }

    /**
     * Applies V1 (a base table) and V2 (the case) with Flyway and with the runner, the runner watched by the round
     * trip's event triggers ({@link ChangeTracker}) as it is in a round trip; asserts the same result.
     */
    private Optional<StepFailure> same(String script, String conf, Boolean applies, List<String> schemas)
            throws Exception {
        Path dir = Files.createDirectories(work.resolve("case" + (++counter)).resolve("db/migration"));
        Files.writeString(dir.resolve("V1__base.sql"), "CREATE TABLE base (id integer, n serial);\n");
        Files.writeString(dir.resolve("V2__the_case.sql"), script);
        if (conf != null) {
            Files.writeString(dir.resolve("V2__the_case.sql.conf"), conf);
        }
        MigrationSettings settings = new MigrationSettings(dir.getParent().getParent(), List.of("db/migration"),
                schemas, Map.of("prefix", "pre"), null, null, Set.of(), null, false, true);
        String byFlyway = db.createDatabase("flyway" + counter);
        String byRunner = db.createDatabase("runner" + counter);

        Flyway flyway = FlywaySteps.base(db, byFlyway, settings).locations("filesystem:" + dir).load();
        boolean flywayApplied;
        try {
            flyway.migrate();
            flywayApplied = true;
        } catch (FlywayException e) {
            flywayApplied = false;
        }

        Optional<StepFailure> failure;
        try (Connection admin = db.connect(byRunner); FlywaySteps steps = new FlywaySteps(db, byRunner, settings)) {
            ChangeTracker tracker = ChangeTracker.install(admin, dev.schemagate.core.Log.silent(), new boolean[1],
                    new PhaseTimes()).orElseThrow();
            steps.watch(tracker);
            VersionedMigration v1 = new VersionedMigration("1", "base", dir.resolve("V1__base.sql"), "V1__base.sql", null, null);
            VersionedMigration v2 = new VersionedMigration("2", "the case", dir.resolve("V2__the_case.sql"),
                    "V2__the_case.sql", null, null);
            assertThat(steps.apply(List.of(v1))).as("V1, through Flyway's first migrate").isEmpty();
            tracker.begin();
            failure = steps.apply(List.of(v2));
            ChangeTracker.Change change = tracker.end(failure.isEmpty());
            if (failure.isEmpty() && !change.full()) {
                assertThat(change.objects()).as("every case creates something: the event triggers saw it").isNotEmpty();
            }
        }
        if (applies != null) {
            assertThat(flywayApplied).as("Flyway's outcome").isEqualTo(applies);
        }
        assertThat(failure.isEmpty()).as("the runner's outcome: " + failure.map(Throwable::getMessage).orElse(""))
                .isEqualTo(flywayApplied);
        String schema = schemas.isEmpty() ? "public" : schemas.get(0);
        assertThat(history(byRunner, schema)).isEqualTo(history(byFlyway, schema));
        try (Connection a = db.connect(byFlyway); Connection b = db.connect(byRunner)) {
            assertThat(CatalogDiff.compare(Workbench.snapshot(a, settings), Workbench.snapshot(b, settings))).isEmpty();
            assertThat(rows(a)).isEqualTo(rows(b));
        }
        if (flywayApplied) {
            ValidateResult result = FlywaySteps.base(db, byRunner, settings).locations("filesystem:" + dir).load()
                    .validateWithResult();
            assertThat(result.validationSuccessful).as(result.getAllErrorMessages()).isTrue();
        }
        return failure;
    }

    private static List<String> history(String url, String schema) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Connection c = db.connect(url); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT installed_rank, version, description, type, script, checksum,"
                     + " installed_by, success FROM \"" + schema + "\".flyway_schema_history ORDER BY installed_rank")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= 8; i++) {
                    row.append(rs.getString(i)).append(" | ");
                }
                rows.add(row.toString());
            }
        }
        return rows;
    }

    /** The rows of base, t and s where they exist (what the scripts inserted or copied). */
    private static List<String> rows(Connection c) throws SQLException {
        List<String> rows = new ArrayList<>();
        for (String table : List.of("base", "t", "app.s")) {
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT to_regclass('" + table + "') IS NOT NULL")) {
                rs.next();
                if (!rs.getBoolean(1)) {
                    continue;
                }
            }
            try (Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT string_agg(x::text, ',' ORDER BY x::text) FROM " + table + " x")) {
                rs.next();
                rows.add(table + ": " + rs.getString(1));
            }
        }
        return rows;
    }
}
