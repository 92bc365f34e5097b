package dev.schemagate.core.migration;

import dev.schemagate.bench.RoundTripBench;
import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.lint.LintSettings;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * schema.migrations.snapshot=incremental must find exactly what full finds (rule, severity, location, message, and
 * each version's outcome): on every round-trip fixture, the layouts, the sample project (with and without lint) and
 * the bench's 200 generated versions. Speed never changes a verdict.
 */
class SnapshotEquivalenceIT {
    @TempDir
    Path work;

    static Stream<String> fixtures() throws IOException {
        try (Stream<Path> dirs = Files.list(TestPaths.fixture("roundtrip"))) {
            return dirs.map(d -> d.getFileName().toString()).sorted().toList().stream();
        }
    }

    @ParameterizedTest
    @MethodSource("fixtures")
    void everyRoundTripFixtureGivesTheSameFindings(String fixture) {
        Path base = TestPaths.fixture("roundtrip/" + fixture);
        Map<String, String> placeholders = fixture.equals("placeholders") ? Map.of("audit_table", "audit_log") : Map.of();
        Set<String> irreversible = fixture.equals("undo-missing") ? Set.of("2", "3") : Set.of();
        String from = fixture.equals("from") ? "2" : null;
        MigrationSettings settings = new MigrationSettings(base, List.of("db/migration"), List.of(), placeholders, null,
                Path.of("db/seed"), irreversible, from, false, true);
        assertSame(settings, LintSettings.off());
    }

    @ParameterizedTest
    @MethodSource("layouts")
    void everyLayoutFixtureGivesTheSameFindings(String fixture, String location) {
        MigrationSettings settings = new MigrationSettings(TestPaths.fixture("layouts/" + fixture), List.of(location),
                List.of(), Map.of(), null, Path.of("db/seed"), Set.of(), null, false, true, null);
        assertSame(settings, LintSettings.off());
    }

    static Stream<org.junit.jupiter.params.provider.Arguments> layouts() {
        return Stream.of(org.junit.jupiter.params.provider.Arguments.of("goose", "db/migrations"),
                org.junit.jupiter.params.provider.Arguments.of("dbmate", "db/migrations"),
                org.junit.jupiter.params.provider.Arguments.of("diesel", "migrations"));
    }

    /** The realistic histories (extensions, partitions, inheritance, RLS, grants…) and the one with wrong undos. */
    @ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource({"shop,reporting", "tenancy,app_reader app_writer", "platform,analyst",
        "wrong-undos,auditor"})
    void everyRealisticHistoryGivesTheSameFindings(String fixture, String roles) {
        MigrationSettings settings = new MigrationSettings(TestPaths.fixture("realistic/" + fixture),
                List.of("db/migration"), List.of(), Map.of(), null, Path.of("db/seed"), Set.of(), null, false, true,
                RoundTripSettings.defaults()).withRoles(List.of(roles.split(" ")));
        assertSame(settings, LintSettings.off());
    }

    @Test
    void brokenSqlGivesTheSameFindings() {
        assertSame(MigrationSettings.defaults(TestPaths.fixture("broken-sql")).withLocations(List.of("db/migration")),
                LintSettings.off());
    }

    @Test
    void theSampleProjectGivesTheSameFindingsWithAndWithoutLint() {
        MigrationSettings sample = MigrationSettings.defaults(TestPaths.sampleProject());
        assertSame(sample, LintSettings.off());
        assertSame(sample, LintSettings.inVerify());
    }

    @Test
    void twoHundredGeneratedVersionsGiveTheSameFindings() throws IOException {
        Path project = RoundTripBench.writeGenerated(work.resolve("generated"), 200);
        MigrationSettings settings = MigrationSettings.defaults(project).withLocations(List.of("db/migration"));
        Result incremental = assertSame(settings, LintSettings.off());
        assertThat(incremental.run().migrations()).hasSize(200);
        assertThat(incremental.lines()).anyMatch(l -> l.contains("snapshots incremental: ") && !l.contains(" 0 partial"));
    }

    private record Result(MigrationRun run, List<String> lines) {
    }

    private Result assertSame(MigrationSettings settings, LintSettings lint) {
        Result full = run(settings.withSnapshot(SnapshotMode.FULL), lint);
        Result incremental = run(settings.withSnapshot(SnapshotMode.INCREMENTAL), lint);
        assertThat(findings(incremental.run())).isEqualTo(findings(full.run()));
        assertThat(outcomes(incremental.run())).isEqualTo(outcomes(full.run()));
        assertThat(incremental.lines()).noneMatch(l -> l.contains("missed changes"));
        return incremental;
    }

    private Result run(MigrationSettings settings, LintSettings lint) {
        List<String> lines = new ArrayList<>();
        Log log = Log.of(lines::add, m -> lines.add("WARN " + m), lines::add);
        Path dir = work.resolve("db-" + System.nanoTime());
        try (Database db = Databases.start(DatabaseSettings.embedded(dir), Log.silent())) {
            return new Result(MigrationCheck.run(db, settings, SeverityPolicy.defaults(), log, Optional.empty(), lint),
                    lines);
        }
    }

    /** What a user sees of a finding: rule, severity, where, and the message. */
    private static List<String> findings(MigrationRun run) {
        return run.findings().stream().map(SnapshotEquivalenceIT::describe).toList();
    }

    private static String describe(Finding f) {
        // generated rows hold now()-based timestamps, and lint quotes how long a lock was held: neither is a verdict
        return f.ruleId() + " " + f.severity() + " " + f.location() + " "
                + f.message().replaceAll("\\d{4}-\\d\\d-\\d\\dT[0-9:.]+\\+00:00", "<timestamp>")
                        .replaceAll("\\d+ ms on", "<n> ms on");
    }

    private static List<String> outcomes(MigrationRun run) {
        return run.migrations().stream().map(m -> m.version() + " " + m.outcome() + " "
                + (m.roundTrip() == null ? "-" : m.roundTrip().status() + " " + m.roundTrip().differences() + " "
                + m.roundTrip().rowsKept())).toList();
    }
}
