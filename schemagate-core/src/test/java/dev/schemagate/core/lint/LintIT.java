package dev.schemagate.core.lint;

import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.MigrationCheck;
import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.migration.MigrationRun;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** The observed rules on a real PostgreSQL, with 2,000 seeded rows (src/test/resources/fixtures/lint). */
class LintIT {
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
        return run(db, fixture, LintSettings.inVerify());
    }

    private static MigrationRun run(Database on, String fixture, LintSettings lint) {
        Path base = TestPaths.fixture("lint/" + fixture);
        MigrationSettings settings = new MigrationSettings(base, List.of("db/migration"), List.of(), Map.of(), null,
                Path.of("db/seed"), Set.of(), null, false, true);
        MigrationRun run = MigrationCheck.run(on, settings, SeverityPolicy.defaults(), Log.silent(),
                Optional.empty(), lint);
        // linting never disturbs the round trip
        assertThat(run.migrations()).allSatisfy(m ->
                assertThat(m.roundTrip().status()).isEqualTo(MigrationOutcome.Status.RESTORED));
        return run;
    }

    private static List<Finding> lint(MigrationRun run) {
        return run.findings().stream().filter(f -> f.ruleId().startsWith("lint.")).toList();
    }

    private static Finding only(MigrationRun run, String rule) {
        List<Finding> found = lint(run).stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(found).as(rule + " in " + lint(run)).hasSize(1);
        return found.get(0);
    }

    @Test
    void indexWithoutConcurrentlyIsSeenWithItsShareLock() {
        MigrationRun run = run("index-not-concurrent");
        Finding f = only(run, "lint.index.not-concurrent");
        assertThat(f.location().file()).isEqualTo("db/migration/V2__index_email.sql");
        assertThat(f.location().line()).isEqualTo(1);
        assertThat(f.details()).containsEntry("table", "public.accounts").containsEntry("lock", "SHARE")
                .containsEntry("rows", 2000L).containsKey("durationMs");
        assertThat(f.message()).contains("accounts_email_idx", "CREATE INDEX CONCURRENTLY");
        only(run, "lint.timeout.missing");
        assertThat(lint(run)).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("lint.index.not-concurrent", "lint.timeout.missing");
    }

    @Test
    void typeChangeIsSeenRewritingTheTable() {
        MigrationRun run = run("type-change-rewrite");
        Finding f = only(run, "lint.table.rewrite");
        assertThat(f.details()).containsEntry("lock", "ACCESS EXCLUSIVE").containsEntry("rows", 2000L);
        only(run, "lint.lock.access-exclusive");
        assertThat(lint(run)).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("lint.table.rewrite", "lint.lock.access-exclusive");
    }

    @Test
    void setNotNullIsSeenScanningTheTable() {
        MigrationRun run = run("not-null-scan");
        Finding f = only(run, "lint.not-null.scan");
        assertThat(f.details()).containsEntry("lock", "ACCESS EXCLUSIVE").containsEntry("table", "public.accounts");
        assertThat(f.message()).contains("NOT VALID", "VALIDATE CONSTRAINT");
        assertThat(lint(run)).extracting(Finding::ruleId)
                .containsExactlyInAnyOrder("lint.not-null.scan", "lint.lock.access-exclusive");
    }

    @Test
    void allowCommentsKeepTheFindingsAsSuppressed() {
        MigrationRun run = run("allow-comment");
        assertThat(lint(run)).hasSize(2).allSatisfy(f -> assertThat(f.suppressed()).isNotNull());
        assertThat(only(run, "lint.index.not-concurrent").suppressed().reason())
                .isEqualTo("accounts is tiny, built in the release window");
    }

    @Test
    void safePatternsProduceNoFinding() {
        MigrationRun run = run("safe-patterns");
        assertThat(lint(run)).isEmpty();
    }

    @Test
    void staticRulesOnANewTable() {
        MigrationRun run = run("static-rules");
        assertThat(lint(run)).extracting(Finding::ruleId).containsExactlyInAnyOrder(
                "lint.serial", "lint.pk.int", "lint.type.varchar", "lint.type.timestamp");
    }

    @Test
    void theRolledBackRunLeavesSequencesWhereTheyWere() throws Exception {
        MigrationRun run = run("sequences");
        assertThat(lint(run)).isEmpty();
        long withLint = lastAccountId(db);
        try (Database other = Databases.start(DatabaseSettings.embedded(work.resolve("other")), Log.silent())) {
            run(other, "sequences", LintSettings.off());
            assertThat(withLint).isEqualTo(lastAccountId(other));
        }
    }

    @Test
    void aScriptWithItsOwnBeginAndCommitIsObservedLikeOneWithout() {
        MigrationRun withOwn = run("explicit-transaction");
        List<String> explicit = observed(withOwn);
        try (Database other = Databases.start(DatabaseSettings.embedded(work.resolve("other")), Log.silent())) {
            List<String> implicit = observed(run(other, "implicit-transaction", LintSettings.inVerify()));
            assertThat(explicit).isEqualTo(implicit).contains("lint.table.rewrite@3", "lint.constraint.validating@4",
                    "lint.not-null.scan@5");
        }
        assertThat(lint(withOwn)).noneMatch(f -> f.ruleId().equals("lint.unobserved") || f.ruleId().equals("lint.unparsed"));
    }

    private static List<String> observed(MigrationRun run) {
        return lint(run).stream().map(f -> f.ruleId() + "@" + f.location().line()).sorted().toList();
    }

    @Test
    void aDropAndARenameInOneTransactionIsASwapThatNamesTheColumnsItLoses() {
        MigrationRun run = run("table-swap");
        assertThat(lint(run)).noneMatch(f -> f.ruleId().equals("lint.drop.table"));
        Finding swap = only(run, "lint.table.swap");
        assertThat(swap.location().line()).isEqualTo(6);
        assertThat(swap.message()).contains("swaps table public.events", "line 5 drops it");
        Finding lost = only(run, "lint.drop.column");
        assertThat(lost.location().pointer()).isEqualTo("/table/public.events/column/note");
        assertThat(lost.message()).contains("lacks column public.events.note");
    }

    @Test
    void aStatementThatOnlyPassesAfterTheScriptsOwnCommitIsAWarningNotASilentGap() {
        MigrationRun run = run("deferred-commit");
        Finding gap = only(run, "lint.unobserved");
        assertThat(gap.severity()).isEqualTo(dev.schemagate.core.rules.Severity.WARNING);
        assertThat(gap.location().line()).isEqualTo(4);
        assertThat(gap.message()).contains("V2 line 4", "pending trigger events", "Split the script at its COMMIT");
    }

    @Test
    void aScriptFlywayRunsOutsideATransactionNamesTheLinesNobodyObserved() {
        MigrationRun run = run("enum-commit");
        Finding gap = only(run, "lint.unobserved");
        assertThat(gap.message()).contains("Flyway runs it outside a transaction", "line(s) 4, 5");
    }

    private static long lastAccountId(Database on) throws Exception {
        try (java.sql.Connection c = on.connect(); java.sql.Statement st = c.createStatement();
             java.sql.ResultSet rs = st.executeQuery("SELECT max(id) FROM accounts")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
