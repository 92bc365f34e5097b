package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;

import static dev.schemagate.core.report.ReportFixtures.context;
import static dev.schemagate.core.report.ReportFixtures.finding;
import static dev.schemagate.core.report.ReportFixtures.migration;
import static dev.schemagate.core.report.ReportFixtures.sample;
import static org.assertj.core.api.Assertions.assertThat;

class SummaryMarkdownTest {
    private static final String JOB = "https://gitlab.example.com/group/app/-/jobs/42";

    @TempDir
    Path dir;

    private String write(Report report, String jobUrl) throws Exception {
        return Files.readString(SummaryMarkdown.write(report, dir, context(dir, jobUrl)));
    }

    @Test
    void theFirstLineIsTheVerdict() throws Exception {
        assertThat(write(sample(), null).lines().findFirst()).hasValue("schemagate: 3 errors, 2 warnings");
        Report clean = ReportFixtures.of(List.of(migration("1", "init", Outcome.APPLIED, 1L, 1L, 1L, Status.RESTORED)),
                List.of(finding("migration.undo.unsupported", Severity.INFO, "java", null, null, null, "1")));
        assertThat(write(clean, null).lines().findFirst()).hasValue("schemagate: all checks passed");
        Report one = ReportFixtures.of(List.of(), List.of(
                finding("migration.undo.failed", Severity.ERROR, "x", null, null, null, "1"),
                finding("migration.undo.orphan", Severity.WARNING, "y", null, null, null, "2")));
        assertThat(write(one, null).lines().findFirst()).hasValue("schemagate: 1 error, 1 warning");
    }

    @Test
    void theTableHasOneRowPerMigrationWithTimingsAndStatus() throws Exception {
        String md = write(sample(), null);
        assertThat(md).contains("| Version | Description | Up / down / up (ms) | Status |\n| --- | --- | --- | --- |\n"
                + "| V1 | init | 12 / 4 / 11 | restored |\n"
                + "| V2 | orders | 20 / 5 / - | residue |\n"
                + "| V3 | audit | 7 / 2 / 6 | restored |\n"
                + "| V4 | later | - / - / - | not run |\n");
        Report piped = ReportFixtures.of(List.of(migration("5", "a|b", Outcome.FAILED, 3L, null, null, null)), List.of());
        assertThat(write(piped, null)).contains("| V5 | a\\|b | 3 / - / - | failed |\n");
    }

    @Test
    void errorsAndWarningsAreGroupedByRuleErrorsFirst() throws Exception {
        String md = write(sample(), null);
        assertThat(md).containsSubsequence("### migration.released.modified (error, 1)",
                "### migration.rollback.residue (error, 2)",
                "- `services/orders/db/U2__orders.sql /indexes/public.orders_idx (V2)`: U2\\_\\_orders.sql left index",
                "- `services/orders/db/U2__orders.sql /tables/public.orders_archive (V2)`: U2\\_\\_orders.sql left table",
                "### migration.out-of-order (warning, 1)", "### migration.undo.orphan (warning, 1)");
        assertThat(md).contains("- `V0.9`: V0.9\\_\\_seed.sql shipped in 1.2.0 but is gone. Restore it.")
                .doesNotContain("migration.data.lost")
                .contains("1 info or suppressed finding is not listed here; report.json has them.");
    }

    @Test
    void theJobLinkComesLastWhenThereIsAJob() throws Exception {
        assertThat(write(sample(), JOB)).endsWith("\n[CI job](" + JOB + "): log and report.json\n");
        assertThat(write(sample(), null)).doesNotContain("CI job");
    }

    @Test
    void theSameReportGivesTheSameText() throws Exception {
        assertThat(write(sample(), JOB)).isEqualTo(write(sample(), JOB))
                .isEqualTo(Files.readString(Path.of("src/test/resources/report/summary.md")));
    }

    @Test
    void aLongReportIsCutWithACountOfWhatIsLeft() throws Exception {
        List<Finding> many = IntStream.range(0, 3000).mapToObj(i -> finding("migration.rollback.residue", Severity.ERROR,
                "U2__orders.sql left table public.t" + i + " behind. Drop it in U2__orders.sql, or mark V2 irreversible.",
                "db/U2__orders.sql", null, "/tables/public.t" + i, "2")).toList();
        String md = write(ReportFixtures.of(List.of(migration("2", "orders", Outcome.APPLIED, 1L, 1L, 1L,
                Status.RESIDUE)), many), JOB);
        long shown = md.lines().filter(l -> l.startsWith("- ")).count();
        assertThat(shown).isBetween(100L, 2999L);
        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SummaryMarkdown.MAX_BYTES);
        assertThat(md).contains("\n" + (3000 - shown) + " more findings are in report.json.\n")
                .endsWith("[CI job](" + JOB + "): log and report.json\n")
                .startsWith("schemagate: 3000 errors\n");
    }

    @Test
    void markdownInMessagesIsEscaped() throws Exception {
        Report report = ReportFixtures.of(List.of(), List.of(finding("migration.undo.missing", Severity.ERROR,
                "Add U<version>__*.sql [now] @team #1", "db/V1__a.sql", null, null, "1")));
        assertThat(write(report, null)).contains(": Add U\\<version\\>\\_\\_\\*.sql \\[now\\] \\@team \\#1\n");
    }
}
