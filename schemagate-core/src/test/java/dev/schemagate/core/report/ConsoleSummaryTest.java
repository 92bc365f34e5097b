package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ConsoleSummaryTest {
    private static Finding finding(Rule rule, Severity severity, String version, String message) {
        return Finding.of(rule, severity, message, Location.ofMigration("db/migration/V" + version + "__x.sql", version, 1),
                Map.of());
    }

    private static Report report(List<Finding> findings, int versions) {
        List<MigrationOutcome> migrations = new ArrayList<>();
        for (int v = 1; v <= versions; v++) {
            migrations.add(new MigrationOutcome(Integer.toString(v), "x", "db/migration/V" + v + "__x.sql", "SQL",
                    v == 29 ? MigrationOutcome.Outcome.FAILED : MigrationOutcome.Outcome.APPLIED, 1L, 1L, 1L, null));
        }
        return new Report("test", null, migrations, findings);
    }

    @Test
    void eachFindingIsPrintedOnceAndTheFailureListsTenThenPointsToTheSummary() {
        List<Finding> findings = new ArrayList<>();
        for (int v = 1; v <= 40; v++) {
            findings.add(finding(Rule.MIGRATION_UNDO_FAILED, Severity.ERROR, Integer.toString(v), "undo " + v + " fails"));
        }
        findings.add(finding(Rule.MIGRATION_APPLY_FAILED, Severity.ERROR, "29", "V29 does not apply"));
        findings.add(finding(Rule.MIGRATION_APPLY_FAILS_WITH_ROWS, Severity.WARNING, "7", "V7 needs a default"));
        ConsoleSummary summary = ConsoleSummary.of(report(findings, 40), Severity.ERROR, "40 migrations checked",
                "schema.failOn", "target/schemagate/report.json", "target/schemagate/summary.md");

        for (Finding f : findings) {
            String text = "[" + f.ruleId() + "] " + f.message();
            long inLines = summary.lines().stream().filter(l -> l.text().equals(text)).count();
            long inFailure = summary.failure().lines().filter(l -> l.strip().equals(text)).count();
            assertThat(inLines + inFailure).as(text).isEqualTo(1);
        }
        List<String> listed = summary.failure().lines().filter(l -> l.startsWith("[")).toList();
        assertThat(listed).hasSize(10);
        assertThat(listed.get(0)).as("what later results depend on comes first").contains("V29 does not apply");
        assertThat(summary.failure()).contains("41 finding(s) at or above schema.failOn=ERROR")
                .contains("and 31 more: target/schemagate/summary.md");
        assertThat(summary.lines()).extracting(ConsoleSummary.Line::text)
                .anySatisfy(l -> assertThat(l).matches("ERROR +migration.undo.failed +40"))
                .anySatisfy(l -> assertThat(l).matches("WARNING +migration.apply.fails-with-rows +1"))
                .anySatisfy(l -> assertThat(l).startsWith("Fix first: V29 (migration.apply.failed, migration.undo.failed), V1 (")
                        .endsWith("and 35 more versions"))
                .anySatisfy(l -> assertThat(l).contains("1 version(s) failed to apply"));
    }

    @Test
    void aCleanRunHasNoFailureAndNoTable() {
        ConsoleSummary summary = ConsoleSummary.of(report(List.of(), 3), Severity.ERROR, "3 migrations checked",
                "schema.failOn", "r.json", "s.md");
        assertThat(summary.failure()).isNull();
        assertThat(summary.lines()).singleElement().extracting(ConsoleSummary.Line::text).asString()
                .startsWith("schemagate: 3 migrations checked; 0 errors, 0 warnings.");
    }
}
