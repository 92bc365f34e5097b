package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.baseline.Baselines;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
 * Versions applied without a round trip cost what a plain migrate costs (issue 14 items 4 and 5): in one pass,
 * seeds after their versions, the history as {@code flyway migrate} leaves it; released versions that are
 * unchanged in a merge request; every version still gets its outcome when the pass fails.
 */
class PlainPrefixIT {
    @TempDir
    Path work;
    private Database db;
    private final List<String> log = new ArrayList<>();
    private final Log recording = Log.of(log::add, m -> log.add("WARN " + m), m -> { });

    @BeforeEach
    void start() {
        db = Databases.start(DatabaseSettings.embedded(work), Log.silent());
    }

    @AfterEach
    void stop() {
        db.close();
    }

    private static MigrationSettings settings(String fixture, String from) {
        return new MigrationSettings(TestPaths.fixture(fixture), List.of("db/migration"), List.of(), Map.of(), null,
                Path.of("db/seed"), Set.of(), from, false, true);
    }

    private static List<String> rules(MigrationRun run) {
        return run.findings().stream().map(f -> f.ruleId() + " V" + f.location().version()).toList();
    }

    @Test
    void theVersionsUpToFromAreAppliedInOnePassWithTheHistoryOfAPlainMigrateAndTheirSeeds() throws SQLException {
        MigrationSettings settings = settings("roundtrip/released-prefix", null);
        List<Path> dirs = MigrationLocations.resolve(settings);
        List<VersionedMigration> all = ScriptDiscovery.discover(settings.basedir(), dirs, Set.of(),
                SeverityPolicy.defaults()).migrations();
        MigrationFindings findings = new MigrationFindings(settings.basedir(), SeverityPolicy.defaults());
        Seeds seeds = Seeds.in(settings.seeds());
        try (PlainChain plain = PlainChain.create(db, settings, seeds, Log.silent())) {
            Optional<List<MigrationOutcome>> outcomes = PlainPrefix.apply(db, settings, seeds, plain, all.subList(0, 3),
                    m -> "before schema.migrations.from", findings, recording);
            assertThat(outcomes).get().asList().hasSize(3);
            assertThat(outcomes.get()).allSatisfy(o -> {
                assertThat(o.outcome()).isEqualTo(Outcome.APPLIED);
                assertThat(o.roundTrip().status()).isEqualTo(Status.NOT_ROUND_TRIPPED);
                assertThat(o.roundTrip().note()).isEqualTo("before schema.migrations.from");
                assertThat(o.undoMillis()).isNull();
            });
            assertThat(findings.all()).isEmpty();
            assertThat(log).singleElement().asString().contains("V1..V3", "(3 versions)",
                    "applied in one pass (3 runs of the scripts, seeds after their versions)");
            String prefixState = plain.copy("check");
            Flyway.configure().dataSource(db.jdbcUrl(), db.user(), db.password().reveal())
                    .locations("filesystem:" + settings.basedir().resolve("db/migration")).target("3").load().migrate();
            try (Connection ours = db.connect(prefixState); Connection flyways = db.connect()) {
                assertThat(history(ours)).as("the history as flyway migrate leaves it").hasSize(3)
                        .isEqualTo(history(flyways));
                assertThat(rows(ours, "SELECT id || ' ' || email || ' ' || coalesce(name, '-') FROM accounts ORDER BY id"))
                        .as("V1's seed after V1, V2's after V2, no generated rows")
                        .containsExactly("1 ada@example.org Ada", "2 grace@example.org -");
                assertThat(rows(ours, "SELECT count(*)::text FROM orders")).containsExactly("0");
            }
        }
    }

    @Test
    void whenThePassFailsEveryVersionStillGetsItsOwnOutcome() {
        MigrationSettings settings = MigrationSettings.defaults(TestPaths.fixture("broken-sql"))
                .withLocations(List.of("db/migration")).withFrom("3");
        MigrationRun run = MigrationCheck.run(db, settings, SeverityPolicy.defaults(), recording);
        assertThat(run.migrations()).extracting(MigrationOutcome::outcome)
                .containsExactly(Outcome.APPLIED, Outcome.FAILED, Outcome.FAILED);
        assertThat(run.migrations().get(0).roundTrip().status()).isEqualTo(Status.NOT_ROUND_TRIPPED);
        assertThat(run.findings()).extracting(Finding::ruleId).contains("migration.apply.failed");
        assertThat(run.findings()).filteredOn(f -> "2".equals(f.location().version())).first()
                .satisfies(f -> assertThat(f.location().line()).isEqualTo(6));
        assertThat(log).anyMatch(l -> l.startsWith("The versions V1..V3 do not apply in one pass"));
    }

    @Test
    void aMergeRequestRoundTripsOnlyWhatIsNewOrEdited() {
        MigrationRun run = withBaseline(null);
        assertThat(rules(run)).as("the edited V3 is still flagged").containsExactly("migration.released.modified V3");
        assertThat(run.migrations()).extracting(m -> "V" + m.version() + " " + m.roundTrip().status()).containsExactly(
                "V1 NOT_ROUND_TRIPPED", "V2 NOT_ROUND_TRIPPED", "V3 RESTORED", "V4 RESTORED");
        assertThat(run.migrations().get(1).roundTrip().note()).isEqualTo("released in dir:baseline, unchanged");
        assertThat(run.migrations().get(2).roundTrip().rowsKept()).as("the seed rows of V1 and V2 are there")
                .isGreaterThanOrEqualTo(2);
        assertThat(log).anyMatch(l -> l.contains("V1..V2") && l.contains("not round-tripped (released in dir:baseline,"
                + " unchanged)"));
        assertThat(log).anyMatch(l -> l.startsWith("Chain check V3..V4 (2 versions): every undo ran, schema restored"));
        assertThat(log).anyMatch(l -> l.contains("2 rolled back and restored, 2 not round-tripped"));
    }

    @Test
    void fromAllRoundTripsTheReleasedVersionsToo() {
        MigrationRun run = withBaseline(MigrationSettings.FROM_ALL);
        assertThat(rules(run)).containsExactlyInAnyOrder("migration.released.modified V3", "migration.undo.missing V2");
        assertThat(run.migrations()).extracting(m -> "V" + m.version() + " " + m.roundTrip().status()).containsExactly(
                "V1 RESTORED", "V2 NO_UNDO", "V3 RESTORED", "V4 RESTORED");
    }

    @Test
    void aFromThatIsNoVersionNamesThePropertyAndTheChoices() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> MigrationCheck.run(db,
                        settings("roundtrip/from", "v8"), SeverityPolicy.defaults(), recording))
                .isInstanceOf(dev.schemagate.core.ConfigurationException.class)
                .hasMessageContaining("schema.migrations.from=v8 is not a version")
                .hasMessageContaining("-Dschema.migrations.from=8").hasMessageContaining("all");
    }

    private MigrationRun withBaseline(String from) {
        MigrationSettings settings = settings("roundtrip/released-prefix", from);
        try (BaselineFiles baseline = Baselines.resolve("dir:baseline", settings.basedir(), Map.of(), Log.silent())
                .orElseThrow()) {
            return MigrationCheck.run(db, settings, SeverityPolicy.defaults(), recording, Optional.of(baseline));
        }
    }

    private static List<String> history(Connection c) throws SQLException {
        return rows(c, "SELECT installed_rank || ' ' || version || ' ' || description || ' ' || type || ' ' || script"
                + " || ' ' || checksum || ' ' || success FROM flyway_schema_history ORDER BY installed_rank");
    }

    private static List<String> rows(Connection c, String sql) throws SQLException {
        List<String> rows = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                rows.add(rs.getString(1));
            }
        }
        return rows;
    }
}
