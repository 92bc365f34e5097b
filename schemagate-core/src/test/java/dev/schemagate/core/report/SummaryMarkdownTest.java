package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
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
import java.util.Set;
import java.util.stream.Collectors;
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
        assertThat(md).containsSubsequence("## Errors", "### migration.released.modified (error, 1)",
                "### migration.rollback.residue (error, 2)",
                "- `services/orders/db/U2__orders.sql /indexes/public.orders_idx (V2)`: U2\\_\\_orders.sql left index",
                "- `services/orders/db/U2__orders.sql /tables/public.orders_archive (V2)`: U2\\_\\_orders.sql left table",
                "## Warnings", "### migration.out-of-order (warning, 1)", "### migration.undo.orphan (warning, 1)",
                "<details><summary>All 4 migrations and 1 info or suppressed finding</summary>",
                "- migration.data.lost (suppressed) `services/orders/db/U1__init.sql (V1)`", "</details>");
        assertThat(md).contains("- `V0.9`: V0.9\\_\\_seed.sql shipped in 1.2.0 but is gone. Restore it.")
                .doesNotContain("### migration.data.lost");
    }

    @Test
    void theReportAndJobLinksComeLastWhenThereIsAJob() throws Exception {
        assertThat(write(sample(), JOB)).endsWith("\n[report.html](" + JOB + "/artifacts/file/services/orders/target/"
                + "schemagate/report.html): timeline and every finding · [CI job](" + JOB + "): log and report.json\n");
        assertThat(write(sample(), null)).doesNotContain("CI job", "report.html](");
    }

    @Test
    void theSameReportGivesTheSameText() throws Exception {
        Path golden = Path.of("src/test/resources/report/summary.md");
        if (Boolean.getBoolean("schemagate.updateDocs")) { // -Dschemagate.updateDocs=true rewrites the expected text
            Files.writeString(golden, write(sample(), JOB));
        }
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
        assertThat(md).contains("\n…and " + (3000 - shown) + " more errors (report.html and report.json have them).\n")
                .contains("| V2 | orders | 1 / 1 / 1 | residue |")
                .endsWith("[CI job](" + JOB + "): log and report.json\n")
                .startsWith("schemagate: 3000 errors\n");
    }

    /**
     * 350 versions, 340 of them released: the note shows the verdict, the error and the warning, a
     * table of the 10 new versions and the edited V5 only, and folds the full history.
     */
    @Test
    void aLongHistoryShowsOnlyTheMergeRequestsVersionsAndFoldsTheRest() throws Exception {
        List<MigrationOutcome> history = IntStream.rangeClosed(1, 350).mapToObj(i -> migration(Integer.toString(i),
                "step " + i, Outcome.APPLIED, 5L, 2L, 5L, i == 345 ? Status.RESIDUE : Status.RESTORED)).toList();
        Set<String> released = IntStream.rangeClosed(1, 340).mapToObj(Integer::toString).collect(Collectors.toSet());
        Report report = ReportFixtures.of(history, List.of(
                finding("migration.rollback.residue", Severity.ERROR, "U345 left table public.t345 behind.",
                        "db/U345__step_345.sql", null, "/tables/public.t345", "345"),
                finding("migration.released.modified", Severity.WARNING, "V5 was edited after its release.",
                        "db/V5__step_5.sql", null, null, "5"),
                finding("migration.undo.unsupported", Severity.INFO, "V7 is Java.", null, null, null, "7")));
        RenderContext context = new RenderContext(dir.resolve("services/orders"), dir, JOB, "git:main", released);

        String md = SummaryMarkdown.render(report, context);

        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThan(64 * 1024);
        assertThat(md).startsWith("schemagate: 1 error, 1 warning\n")
                .containsSubsequence("## Errors", "U345 left table", "## Warnings", "V5 was edited",
                        "### Migrations this merge request adds or changes (11)", "| V5 | step 5 |", "| V341 | step 341 |",
                        "| V345 | step 345 | 5 / 2 / 5 | residue |", "| V350 | step 350 |",
                        "<details><summary>All 350 migrations and 1 info or suppressed finding</summary>", "| V1 | step 1 |",
                        "- migration.undo.unsupported (info)", "</details>",
                        "[report.html](" + JOB + "/artifacts/file/services/orders/target/schemagate/report.html)");
        String shown = md.substring(0, md.indexOf("<details>"));
        assertThat(shown.lines().filter(l -> l.matches("\\| V\\d.*"))).hasSize(11);
    }

    @Test
    void withoutABaselineTheTableShowsTheMigrationsThatDidNotRoundTripCleanly() throws Exception {
        String md = write(sample(), null);
        assertThat(md).contains("### Migrations that did not round-trip cleanly (no baseline tells which are new) (2)\n\n"
                + "| Version | Description | Up / down / up (ms) | Status |\n| --- | --- | --- | --- |\n"
                + "| V2 | orders | 20 / 5 / - | residue |\n| V4 | later | - / - / - | not run |\n");
    }

    @Test
    void aVeryLongHistoryIsCutInsideTheFoldWithACount() throws Exception {
        List<MigrationOutcome> history = IntStream.rangeClosed(1, 5000).mapToObj(i -> migration(Integer.toString(i),
                "a rather long description of step " + i, Outcome.APPLIED, 5L, 2L, 5L, Status.RESTORED)).toList();
        String md = SummaryMarkdown.render(ReportFixtures.of(history, List.of()),
                new RenderContext(dir, dir, JOB, "git:main", Set.of()));
        assertThat(md.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(SummaryMarkdown.MAX_BYTES);
        assertThat(md).containsPattern("\n…and \\d+ more migrations \\(report.html and report.json have them\\).\n")
                .contains("</details>", "[report.html](");
    }

    @Test
    void markdownInMessagesIsEscaped() throws Exception {
        Report report = ReportFixtures.of(List.of(), List.of(finding("migration.undo.missing", Severity.ERROR,
                "Add U<version>__*.sql [now] @team #1", "db/V1__a.sql", null, null, "1")));
        assertThat(write(report, null)).contains(": Add U\\<version\\>\\_\\_\\*.sql \\[now\\] \\@team \\#1\n");
    }
}
