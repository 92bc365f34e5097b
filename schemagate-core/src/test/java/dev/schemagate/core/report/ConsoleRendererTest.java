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

class ConsoleRendererTest {
    private static final String VERBOSE = "-Dschema.verbose=true";

    private static Finding finding(Rule rule, Severity severity, String version, String message) {
        return Finding.of(rule, severity, message, Location.ofMigration("db/migration/V" + version + "__x.sql", version, 1),
                Map.of());
    }

    private static Finding inFile(Rule rule, Severity severity, String file, Integer line, String message) {
        return Finding.of(rule, severity, message, Location.inFile(file, line, null, null, null), Map.of());
    }

    private static Report report(List<Finding> findings, int versions, Report.Checked checked) {
        List<MigrationOutcome> migrations = new ArrayList<>();
        for (int v = 1; v <= versions; v++) {
            MigrationOutcome.RoundTrip rt = new MigrationOutcome.RoundTrip(v <= 2
                    ? MigrationOutcome.Status.NOT_ROUND_TRIPPED : MigrationOutcome.Status.RESTORED, null, null, 3, null, null);
            migrations.add(new MigrationOutcome(Integer.toString(v), "x", "db/migration/V" + v + "__x.sql", "SQL",
                    v == 29 ? MigrationOutcome.Outcome.FAILED : MigrationOutcome.Outcome.APPLIED, 1L, 1L, 1L,
                    v == 29 ? null : rt));
        }
        return new Report("test", new Report.DatabaseInfo("embedded", "17.11"), migrations, findings, checked);
    }

    private static ConsoleSummary render(Report report, Severity threshold, boolean verbose) {
        return ConsoleRenderer.render(report, new ConsoleRenderer.Settings(threshold, verbose, "schema.failOn", VERBOSE,
                "target/schemagate"));
    }

    private static List<String> texts(ConsoleSummary summary) {
        return summary.lines().stream().map(ConsoleSummary.Line::text).toList();
    }

    /** A passing run as the sample project's: two lint warnings, seven schema changes and nine API findings at INFO. */
    private static Report passing() {
        List<Finding> findings = new ArrayList<>();
        findings.add(finding(Rule.LINT_RENAME_COLUMN, Severity.WARNING, "7", "V7 line 5 renames column score to rating."
                + " Add the new column, write both, backfill, switch reads, then drop the old one."));
        findings.add(finding(Rule.LINT_LOCK_ACCESS_EXCLUSIVE, Severity.WARNING, "7", "V7 line 5 took an ACCESS EXCLUSIVE"
                + " lock on public.reviews with no lock_timeout set."));
        for (int i = 0; i < 6; i++) {
            findings.add(inFile(Rule.JSONSCHEMA_PROPERTY_ADDED_TO_CLOSED_MODEL, Severity.INFO, "schemas/idea.json", null,
                    "Property 'p" + i + "' added to a closed model; fine under BACKWARD, so INFO."));
        }
        findings.add(inFile(Rule.JSONSCHEMA_ENUM_VALUE_ADDED, Severity.INFO, "schemas/user.json", null, "enum value added."));
        for (int i = 0; i < 6; i++) {
            findings.add(inFile(Rule.OPENAPI_RESPONSE_INCOMPATIBLE, Severity.INFO, "openapi/api.yaml", 100 + i,
                    "openapi/api.yaml:" + (100 + i) + ": GET /x response 200 (checked FORWARD): fine under FORWARD, so INFO."));
        }
        findings.add(inFile(Rule.OPENAPI_OPERATION_ADDED, Severity.INFO, "openapi/api.yaml", 300, "PUT /tags is new."));
        findings.add(inFile(Rule.OPENAPI_OPERATION_ADDED, Severity.INFO, "openapi/api.yaml", 320, "GET /tags is new."));
        findings.add(inFile(Rule.OPENAPI_SPEC_CHECKED, Severity.INFO, "openapi/api.yaml", null, "openapi/api.yaml: OpenAPI 3.0.3."));
        return report(findings, 8, new Report.Checked(5, 1));
    }

    @Test
    void aPassingRunPrintsItsWarningsOneLineEachAndCountsInfoFindingsPerArea() {
        ConsoleSummary summary = render(passing(), Severity.ERROR, false);

        assertThat(summary.failure()).isNull();
        assertThat(summary.lines()).extracting(ConsoleSummary.Line::level).containsExactly(Severity.WARNING,
                Severity.WARNING, Severity.INFO, Severity.INFO, Severity.INFO);
        assertThat(texts(summary)).containsExactly(
                "[lint.lock.access-exclusive] V7 line 5 took an ACCESS EXCLUSIVE lock on public.reviews with no"
                        + " lock_timeout set. (db/migration/V7__x.sql:1)",
                "[lint.rename.column] V7 line 5 renames column score to rating. Add the new column, write both, backfill,"
                        + " switch reads, then drop the old one. (db/migration/V7__x.sql:1)",
                "jsonschema: 7 findings at INFO (6 jsonschema.property.added-to-closed-model, 1 jsonschema.enum.value-added);"
                        + " listed in target/schemagate/report.html, or here with -Dschema.verbose=true",
                "openapi: 9 findings at INFO (6 openapi.response.incompatible, 2 openapi.operation.added,"
                        + " 1 openapi.spec.checked); listed in target/schemagate/report.html, or here with -Dschema.verbose=true",
                "schemagate: 8 migrations applied, 6 round-tripped, 5 JSON Schemas and 1 OpenAPI spec checked: 0 errors,"
                        + " 2 warnings. Report: target/schemagate/report.html");
    }

    @Test
    void verboseListsEveryInfoFindingInFullOnce() {
        Report report = passing();
        ConsoleSummary summary = render(report, Severity.ERROR, true);

        assertThat(summary.lines()).hasSize(report.findings().size() + 1);
        for (Finding f : report.findings()) {
            assertThat(texts(summary)).filteredOn(t -> t.startsWith("[" + f.ruleId() + "] " + f.message())).isNotEmpty();
        }
        assertThat(texts(summary)).noneMatch(t -> t.contains("findings at INFO"));
        assertThat(summary.lines()).filteredOn(l -> l.text().startsWith("[jsonschema.")).extracting(ConsoleSummary.Line::level)
                .containsOnly(Severity.INFO);
        // the message already names its file and line: not repeated
        assertThat(texts(summary)).contains("[openapi.response.incompatible] openapi/api.yaml:100: GET /x response 200"
                + " (checked FORWARD): fine under FORWARD, so INFO.");
    }

    @Test
    void infoFindingsThatReachTheThresholdArePrintedOrFailed() {
        ConsoleSummary summary = render(passing(), Severity.INFO, false);

        assertThat(texts(summary)).noneMatch(t -> t.contains("findings at INFO"));
        assertThat(summary.failure()).startsWith("18 finding(s) at or above schema.failOn=INFO:")
                .contains("and 8 more: see target/schemagate/report.html");
    }

    @Test
    void eachFindingIsPrintedOnceAndTheFailureListsTenThenPointsToTheReport() {
        List<Finding> findings = new ArrayList<>();
        for (int v = 1; v <= 40; v++) {
            findings.add(finding(Rule.MIGRATION_UNDO_FAILED, Severity.ERROR, Integer.toString(v), "undo " + v + " fails"));
        }
        findings.add(finding(Rule.MIGRATION_APPLY_FAILED, Severity.ERROR, "29", "V29 does not apply"));
        findings.add(finding(Rule.MIGRATION_APPLY_FAILS_WITH_ROWS, Severity.WARNING, "7", "V7 needs a default"));
        ConsoleSummary summary = render(report(findings, 40, Report.Checked.NONE), Severity.ERROR, false);

        for (Finding f : findings) {
            String text = ConsoleRenderer.line(f);
            long inLines = summary.lines().stream().filter(l -> l.text().equals(text)).count();
            long inFailure = summary.failure().lines().filter(l -> l.strip().equals(text)).count();
            assertThat(inLines + inFailure).as(text).isEqualTo(1);
        }
        List<String> listed = summary.failure().lines().filter(l -> l.startsWith("[")).toList();
        assertThat(listed).hasSize(10);
        assertThat(listed.get(0)).as("what later results depend on comes first")
                .isEqualTo("[migration.apply.failed] V29 does not apply (db/migration/V29__x.sql:1)");
        assertThat(summary.failure()).contains("41 finding(s) at or above schema.failOn=ERROR")
                .contains("and 31 more: see target/schemagate/report.html")
                .contains("Report: target/schemagate/report.html");
        assertThat(texts(summary))
                .anySatisfy(l -> assertThat(l).matches("ERROR +migration.undo.failed +40"))
                .anySatisfy(l -> assertThat(l).matches("WARNING +migration.apply.fails-with-rows +1"))
                .anySatisfy(l -> assertThat(l).startsWith("Fix first: V29 (migration.apply.failed, migration.undo.failed), V1 (")
                        .endsWith("and 35 more versions"))
                .anySatisfy(l -> assertThat(l).contains("1 version(s) failed to apply"))
                .last().asString().isEqualTo("schemagate: 40 migrations applied, 37 round-tripped: 41 errors, 1 warning."
                        + " Report: target/schemagate/report.html");
    }

    @Test
    void aFailingRunWithFewFindingsHasNoTable() {
        Report report = report(List.of(finding(Rule.MIGRATION_UNDO_MISSING, Severity.ERROR, "3", "V3 has no undo script.")),
                3, Report.Checked.NONE);
        ConsoleSummary summary = render(report, Severity.ERROR, false);

        assertThat(texts(summary)).containsExactly("Fix first: V3 (migration.undo.missing)",
                "schemagate: 3 migrations applied, 1 round-tripped: 1 error, 0 warnings. Report: target/schemagate/report.html");
        assertThat(summary.failure()).isEqualTo("1 finding(s) at or above schema.failOn=ERROR:\n"
                + "[migration.undo.missing] V3 has no undo script. (db/migration/V3__x.sql:1)\n"
                + "Report: target/schemagate/report.html. Each rule: docs/rules.md; change a rule's level with <severities>.");
    }

    @Test
    void aMessageOverSeveralLinesKeepsThemWithThePlaceOnTheFirst() {
        Finding stale = inFile(Rule.OPENAPI_CLIENT_STALE, Severity.WARNING, "gen/client", null,
                "the client is stale (1 changed).\n  changed Order.java at line 51:\n    -   private String product;");
        assertThat(ConsoleRenderer.line(stale)).isEqualTo("[openapi.client.stale] the client is stale (1 changed). (gen/client)\n"
                + "  changed Order.java at line 51:\n    -   private String product;");
    }

    @Test
    void aCleanRunIsOneSummaryLine() {
        List<MigrationOutcome> migrations = new ArrayList<>();
        for (int v = 1; v <= 3; v++) {
            migrations.add(new MigrationOutcome(Integer.toString(v), "x", "V" + v + "__x.sql", "SQL",
                    MigrationOutcome.Outcome.APPLIED, 1L, 1L, 1L, new MigrationOutcome.RoundTrip(
                    MigrationOutcome.Status.RESTORED, null, null, 0, null, null)));
        }
        ConsoleSummary summary = render(new Report("test", new Report.DatabaseInfo("embedded", "17"), migrations,
                List.of()), Severity.ERROR, false);
        assertThat(summary.failure()).isNull();
        assertThat(texts(summary)).containsExactly("schemagate: 3 migrations round-tripped: 0 errors, 0 warnings."
                + " Report: target/schemagate/report.html");

        ConsoleSummary compat = render(new Report("test", null, List.of(), List.of(), new Report.Checked(2, null)),
                Severity.ERROR, false);
        assertThat(texts(compat)).containsExactly("schemagate: 2 JSON Schemas checked: 0 errors, 0 warnings."
                + " Report: target/schemagate/report.html");
    }
}
