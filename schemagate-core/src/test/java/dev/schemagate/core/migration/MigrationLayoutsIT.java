package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A small shop service (users, orders with a trigger function, an index built concurrently, a broken
 * undo, a version without undo) in goose's, dbmate's and diesel's layout, round-tripped on real
 * PostgreSQL: each finding names the user's file and line.
 */
class MigrationLayoutsIT {
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

    private record Run(MigrationRun run, List<String> log) {
    }

    private Run run(String fixture, String location, MigrationLayout layout) {
        Path base = TestPaths.fixture("layouts/" + fixture);
        MigrationSettings settings = new MigrationSettings(base, List.of(location), List.of(), Map.of(), null,
                Path.of("db/seed"), Set.of(), null, false, true, null).withLayout(layout);
        List<String> lines = new ArrayList<>();
        Log log = Log.of(lines::add, lines::add, m -> { });
        return new Run(MigrationCheck.run(db, settings, SeverityPolicy.defaults(), log), lines);
    }

    private static List<String> shown(MigrationRun run) {
        return run.findings().stream().map(f -> f.ruleId() + " " + f.location().file() + ":" + f.location().line()
                + " " + f.message().substring(0, Math.min(240, f.message().length())))
                .sorted().toList();
    }

    private static MigrationOutcome version(MigrationRun run, String version) {
        return run.migrations().stream().filter(m -> version.equals(m.version())).findFirst().orElseThrow();
    }

    private static Finding only(MigrationRun run, String rule) {
        List<Finding> of = run.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(of).as(rule + " in " + shown(run)).hasSize(1);
        return of.get(0);
    }

    @Test
    void gooseRoundTripsEachSectionAndNamesTheGooseFile() throws Exception {
        Run r = run("goose", "db/migrations", MigrationLayout.AUTO);
        assertThat(r.log()).contains("migrations layout: goose (detected from -- +goose Up in 20240101120000_create_users.sql)");
        assertRoundTrip(r.run(), "db/migrations/20240104110000_add_order_status.sql", 7,
                "db/migrations/20240105120000_create_plans.sql");
    }

    @Test
    void dbmateRoundTripsEachSectionAndNamesTheDbmateFile() throws Exception {
        Run r = run("dbmate", "db/migrations", MigrationLayout.AUTO);
        assertThat(r.log()).contains("migrations layout: dbmate (detected from -- migrate:up in 20240101120000_create_users.sql)");
        assertRoundTrip(r.run(), "db/migrations/20240104110000_add_order_status.sql", 7,
                "db/migrations/20240105120000_create_plans.sql");
    }

    @Test
    void dieselRoundTripsEachFolderAndNamesItsDownSql() throws Exception {
        Run r = run("diesel", "migrations", MigrationLayout.AUTO);
        assertThat(r.log()).contains("migrations layout: diesel (detected from folder 00000000000000_diesel_initial_setup/up.sql)");
        // V0 is applied and undone too, but Flyway skips its undo under the scratch undo history, whose
        // baseline is version 0 (FlywaySteps): its findings are left out here until the runner replaces it
        assertThat(version(r.run(), "0").outcome()).isEqualTo(Outcome.APPLIED);
        assertRoundTrip(r.run(), "migrations/2024-01-04-110000_add_order_status/down.sql", 3,
                "migrations/2024-01-05-120000_create_plans/down.sql");
    }

    @Test
    void anExplicitLayoutIsLoggedAsSet() {
        Run r = run("goose", "db/migrations", MigrationLayout.GOOSE);
        assertThat(r.log()).contains("migrations layout: goose (set by schema.migrations.layout)");
        assertThat(r.run().migrations()).hasSize(5);
    }

    /** users, orders (function with a $$ body), the concurrent index, the broken undo, the version without undo. */
    private void assertRoundTrip(MigrationRun run, String brokenUndo, int line, String withoutUndo) throws Exception {
        for (String v : List.of("20240101120000", "20240102090000", "20240103100000")) {
            assertThat(version(run, v).outcome()).as(v).isEqualTo(Outcome.APPLIED);
            assertThat(version(run, v).roundTrip().status()).as(v + " in " + shown(run)).isEqualTo(Status.RESTORED);
        }
        Finding failed = only(run, "migration.undo.failed");
        assertThat(failed.location().file()).isEqualTo(brokenUndo);
        assertThat(failed.location().line()).isEqualTo(line);
        assertThat(failed.location().version()).isEqualTo("20240104110000");
        assertThat(failed.message()).startsWith(brokenUndo + ":" + line).contains("column \"state\" of relation \"orders\" does not exist");
        Finding missing = only(run, "migration.undo.missing");
        assertThat(missing.location().file()).isEqualTo(withoutUndo);
        assertThat(missing.location().version()).isEqualTo("20240105120000");
        assertThat(run.findings().stream().filter(f -> !"0".equals(f.location().version())).map(Finding::ruleId))
                .as("the findings besides the broken undo and the missing one: " + shown(run))
                .containsExactlyInAnyOrder("migration.undo.failed", "migration.undo.missing");
        assertThat(run.migrations()).allSatisfy(m -> assertThat(m.script()).doesNotContain("schemagate-sections"));
        try (Connection c = db.connect(); ResultSet rs = c.getMetaData().getTables(null, null, "%", new String[] {"TABLE"})) {
            while (rs.next()) {
                assertThat(rs.getString("TABLE_NAME")).isNotIn("goose_db_version", "schema_migrations",
                        "__diesel_schema_migrations");
            }
        }
    }
}
