package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Finding;
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
}
