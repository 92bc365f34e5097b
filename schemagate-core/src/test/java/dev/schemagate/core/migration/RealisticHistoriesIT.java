package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
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
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Histories written in the style of real projects (our own SQL), each with exact undo scripts: extensions, enums,
 * domains, composite types, identity and serial columns, partitions, inheritance, views, functions and triggers,
 * row security, grants, other schemas, COPY data and data migrations. A correct history gets no finding at all; the
 * wrong-undo history gets one residue per version, naming the object the undo left changed.
 */
class RealisticHistoriesIT {
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

    private MigrationRun run(String fixture, String... roles) {
        MigrationSettings settings = new MigrationSettings(TestPaths.fixture("realistic/" + fixture),
                List.of("db/migration"), List.of(), Map.of(), null, Path.of("db/seed"), Set.of(), null, false, true,
                RoundTripSettings.defaults()).withRoles(List.of(roles));
        return MigrationCheck.run(db, settings, SeverityPolicy.defaults(), Log.silent());
    }

    private static String describe(MigrationRun run) {
        return run.findings().stream().map(f -> f.severity() + " " + f.ruleId() + " V" + f.location().version() + " "
                + f.location().pointer() + " " + f.message()).collect(Collectors.joining("\n"));
    }

    private static void assertClean(MigrationRun run) {
        assertThat(run.findings()).as(describe(run)).isEmpty();
        assertThat(run.migrations()).as(describe(run))
                .allSatisfy(m -> assertThat(m.roundTrip().status()).as("V" + m.version()).isEqualTo(Status.RESTORED));
    }

    @Test
    void aShopHistoryWithExactUndosIsClean() {
        assertClean(run("shop", "reporting"));
    }

    @Test
    void aMultiTenantHistoryInItsOwnSchemaIsClean() {
        assertClean(run("tenancy", "app_reader", "app_writer"));
    }

    @Test
    void aPlatformHistoryWithQuotedNamesPartitionKeysAndCsvCopyIsClean() {
        assertClean(run("platform", "analyst"));
    }

    @Test
    void eachWrongUndoIsAResidueNamingTheObjectItLeft() {
        MigrationRun run = run("wrong-undos", "auditor");
        Map<String, Set<String>> expected = new java.util.TreeMap<>(Map.ofEntries(
                Map.entry("2", Set.of("/type/public.mood")),
                Map.entry("3", Set.of("/domain/public.short_text")),
                Map.entry("4", Set.of("/function/public.greeting()")),
                Map.entry("5", Set.of("/function/public.people_touch()")),
                Map.entry("6", Set.of("/table/public.people")),
                Map.entry("7", Set.of("/table/public.people/column/name")),
                Map.entry("8", Set.of("/table/public.people")),
                Map.entry("9", Set.of("/table/public.people/index/people_name_idx")),
                Map.entry("10", Set.of("/sequence/public.people_seq")),
                Map.entry("11", Set.of("/table/public.measurements_2026")),
                Map.entry("12", Set.of("/view/public.people_names")),
                Map.entry("13", Set.of("/table/public.people_archive")),
                Map.entry("14", Set.of("/extension/citext")),
                Map.entry("15", Set.of("/table/public.people/constraint/people_name_not_blank",
                        "/table/public.people_archive/constraint/people_name_not_blank")),
                Map.entry("17", Set.of("/materialized-view/public.people_stats")),
                Map.entry("18", Set.of("/composite-type/public.address")),
                Map.entry("19", Set.of("/sequence/public.people_id_seq", "/table/public.people/column/id")),
                Map.entry("20", Set.of("/table/public.people_archive/constraint/people_archive_person_fk")),
                Map.entry("21", Set.of("/table/public.settings")),
                Map.entry("22", Set.of("/table/public.people/statistics/people_name_mood")),
                Map.entry("23", Set.of("/default-privileges/schemagate_app on tables"))));
        Map<String, Set<String>> residue = new java.util.TreeMap<>(run.findings().stream()
                .filter(f -> f.ruleId().equals("migration.rollback.residue"))
                .collect(Collectors.groupingBy(f -> f.location().version(),
                        Collectors.mapping(f -> f.location().pointer(), Collectors.toSet()))));
        assertThat(residue).as(describe(run)).isEqualTo(expected);
        assertThat(of(run, "migration.rollback.residue")).allSatisfy(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().file()).as("the undo script").startsWith("db/migration/U" + f.location().version() + "__");
        });
        assertThat(of(run, "migration.rollback.residue")).filteredOn(f -> "13".equals(f.location().version()))
                .singleElement().satisfies(f -> assertThat(f.message()).contains("inherits").contains("public.people"));
        assertThat(of(run, "migration.data.lost")).as("only the wrong inverse of the data migration")
                .singleElement().satisfies(f -> {
                    assertThat(f.location().version()).isEqualTo("16");
                    assertThat(f.location().pointer()).isEqualTo("/table/public.settings");
                });
        assertThat(run.findings()).as(describe(run)).noneMatch(f -> f.ruleId().equals("migration.apply.failed")
                || f.ruleId().equals("migration.undo.failed"));
        assertThat(run.migrations()).filteredOn(m -> !m.version().equals("1"))
                .allSatisfy(m -> assertThat(m.roundTrip().status()).as("V" + m.version()).isNotEqualTo(Status.RESTORED));
    }

    @Test
    void aPartitionTheUndoLeavesIsNamedWithoutTheForeignKeyCopiesPostgresqlAddsForIt() throws Exception {
        Path base = work.resolve("partition-fk");
        Path dir = java.nio.file.Files.createDirectories(base.resolve("db/migration"));
        java.nio.file.Files.writeString(dir.resolve("V1__events.sql"), """
                CREATE TABLE events (id integer, happened date, PRIMARY KEY (id, happened)) PARTITION BY RANGE (happened);
                CREATE TABLE events_2025 PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
                CREATE TABLE tags (id integer, happened date, CONSTRAINT tags_event_fk FOREIGN KEY (id, happened)
                    REFERENCES events (id, happened));
                """);
        java.nio.file.Files.writeString(dir.resolve("U1__events.sql"), "DROP TABLE tags;\nDROP TABLE events;\n");
        java.nio.file.Files.writeString(dir.resolve("V2__events_2026.sql"),
                "CREATE TABLE events_2026 PARTITION OF events FOR VALUES FROM ('2026-01-01') TO ('2027-01-01');\n");
        java.nio.file.Files.writeString(dir.resolve("U2__events_2026.sql"), "-- forgot the partition\nSELECT 1;\n");
        MigrationSettings settings = new MigrationSettings(base, List.of("db/migration"), List.of(), Map.of(), null,
                Path.of("db/seed"), Set.of(), null, false, true, RoundTripSettings.defaults().withChain(false));
        MigrationRun run = MigrationCheck.run(db, settings, SeverityPolicy.defaults(), Log.silent());
        assertThat(of(run, "migration.rollback.residue")).as(describe(run)).extracting(f -> f.location().pointer())
                .containsExactly("/table/public.events_2026");
    }

    private static List<Finding> of(MigrationRun run, String rule) {
        return run.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
    }
}
