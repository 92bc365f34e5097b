package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.report.ConsoleSummary.Line;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What a front end (the Maven plugin, the CLI) prints at the end of a run, each finding once:
 * <ul>
 *   <li>every WARNING and ERROR finding, and any finding that reaches the threshold, one line each with its
 *       file and line;</li>
 *   <li>the other INFO findings as one count line per area (all of them in full when verbose);</li>
 *   <li>for a long list, a table of counts per rule; for a failing run, the versions to fix first;</li>
 *   <li>one summary line over every area, pointing to report.html;</li>
 *   <li>the failure message: at most {@link ConsoleSummary#MAX_IN_FAILURE} findings, then where the rest are.</li>
 * </ul>
 * The front end only prints the lines at their level and fails with the message.
 */
public final class ConsoleRenderer {
    private static final int FIX_FIRST = 5;
    private static final List<String> AREAS = List.of("migration", "lint", "jsonschema", "openapi");

    private ConsoleRenderer() {
    }

    /**
     * @param threshold   schema.failOn: findings at or above it fail the run
     * @param verbose     list every INFO finding in full (schema.verbose, Maven's -X, the CLI's --verbose)
     * @param failOnName  how the user sets the threshold, for the failure message (schema.failOn, --fail-on)
     * @param verboseHint how the user asks for every INFO finding (-Dschema.verbose=true, --verbose)
     * @param outputDir   the output folder as the user should read it (target/schemagate)
     */
    public record Settings(Severity threshold, boolean verbose, String failOnName, String verboseHint,
                           String outputDir) {
        /** report.html, as the user should read it. */
        public String reportHtml() {
            return outputDir.replaceAll("/+$", "") + "/" + ReportHtml.FILE_NAME;
        }
    }

    public static ConsoleSummary render(Report report, Settings settings) {
        Map<String, Integer> order = new LinkedHashMap<>();
        report.migrations().forEach(m -> order.putIfAbsent(m.version(), order.size()));
        List<Finding> failures = new ArrayList<>(report.failures(settings.threshold()));
        // what other results depend on comes first: a version that does not apply, then version order
        failures.sort(Comparator.comparing((Finding f) -> f.ruleId().equals(Rule.MIGRATION_APPLY_FAILED.id()) ? 0 : 1)
                .thenComparing(f -> rank(f, order)));
        List<Finding> inFailure = failures.subList(0, Math.min(ConsoleSummary.MAX_IN_FAILURE, failures.size()));
        Set<Finding> inMessage = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inMessage.addAll(inFailure);

        List<Line> lines = new ArrayList<>();
        Map<String, Map<String, Integer>> quiet = new TreeMap<>(Comparator.comparing(ConsoleRenderer::areaRank)
                .thenComparing(Comparator.naturalOrder()));
        for (Finding f : report.findings()) {
            if (f.suppressed() != null || inMessage.contains(f)) {
                continue;
            }
            if (settings.verbose() || f.severity().reaches(Severity.WARNING) || f.severity().reaches(settings.threshold())) {
                lines.add(new Line(f.severity(), line(f)));
            } else {
                quiet.computeIfAbsent(area(f), a -> new TreeMap<>()).merge(f.ruleId(), 1, Integer::sum);
            }
        }
        quiet.forEach((area, rules) -> lines.add(new Line(Severity.INFO, countLine(area, rules, settings))));
        lines.addAll(table(report, order));
        lines.add(new Line(Severity.INFO, summary(report, settings)));
        if (failures.isEmpty()) {
            return new ConsoleSummary(lines, null);
        }
        StringBuilder message = new StringBuilder(failures.size() + " finding(s) at or above " + settings.failOnName()
                + "=" + settings.threshold() + ":");
        inFailure.forEach(f -> message.append("\n").append(line(f)));
        if (failures.size() > inFailure.size()) {
            message.append("\nand ").append(failures.size() - inFailure.size()).append(" more: see ")
                    .append(settings.reportHtml());
        }
        message.append("\nReport: ").append(settings.reportHtml())
                .append(". Each rule: docs/rules.md; change a rule's level with <severities>.");
        return new ConsoleSummary(lines, message.toString());
    }

    /**
     * One finding: its rule, its message, and where it is when the message does not say. A message written
     * over several lines (a client's diff) keeps them; the place goes on its first.
     */
    static String line(Finding f) {
        String message = f.message().strip();
        String where = where(f.location());
        boolean named = where.isEmpty() || f.location().file() != null && message.contains(f.location().file());
        int end = message.indexOf('\n');
        String first = end < 0 ? message : message.substring(0, end).stripTrailing();
        String rest = end < 0 ? "" : message.substring(end);
        return "[" + f.ruleId() + "] " + first + (named ? "" : " (" + where + ")") + rest;
    }

    private static String where(Location l) {
        if (l == null || l.file() == null) {
            return "";
        }
        return l.line() == null ? l.file() : l.file() + ":" + l.line();
    }

    /** {@code openapi: 9 findings at INFO (6 openapi.response.incompatible, ...); in target/schemagate/report.html ...} */
    private static String countLine(String area, Map<String, Integer> rules, Settings settings) {
        int total = rules.values().stream().mapToInt(Integer::intValue).sum();
        String byRule = rules.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", "));
        return area + ": " + total + (total == 1 ? " finding" : " findings") + " at INFO (" + byRule + "); listed in "
                + settings.reportHtml() + ", or here with " + settings.verboseHint();
    }

    /** {@code schemagate: 8 migrations round-tripped, 5 JSON Schemas and 1 OpenAPI spec checked: 0 errors, ...} */
    static String summary(Report report, Settings settings) {
        List<String> parts = new ArrayList<>();
        if (report.database() != null || !report.migrations().isEmpty()) {
            parts.add(migrations(report.migrations()));
        }
        List<String> files = new ArrayList<>();
        Report.Checked checked = report.checked();
        if (checked.jsonSchemas() != null) {
            files.add(plural(checked.jsonSchemas(), "JSON Schema"));
        }
        if (checked.openapiSpecs() != null) {
            files.add(plural(checked.openapiSpecs(), "OpenAPI spec"));
        }
        if (!files.isEmpty()) {
            parts.add(String.join(" and ", files) + " checked");
        }
        long suppressed = report.findings().stream().filter(f -> f.suppressed() != null).count();
        long errors = report.count(Severity.ERROR);
        long warnings = report.count(Severity.WARNING);
        return "schemagate: " + (parts.isEmpty() ? "checks run" : String.join(", ", parts)) + ": "
                + plural(errors, "error") + ", " + plural(warnings, "warning")
                + (suppressed > 0 ? ", " + suppressed + " suppressed" : "") + ". Report: " + settings.reportHtml();
    }

    /** "8 migrations round-tripped", or "8 migrations applied, 2 round-tripped" when not all were. */
    private static String migrations(List<MigrationOutcome> migrations) {
        long roundTripped = migrations.stream().filter(ConsoleRenderer::roundTripped).count();
        String all = plural(migrations.size(), "migration");
        if (!migrations.isEmpty() && roundTripped == migrations.size()) {
            return all + " round-tripped";
        }
        return all + " applied, " + roundTripped + " round-tripped";
    }

    /** The undo ran (whatever it found): not just applied, not marked irreversible, not without an undo. */
    private static boolean roundTripped(MigrationOutcome m) {
        if (m.roundTrip() == null) {
            return false;
        }
        return switch (m.roundTrip().status()) {
            case NOT_ROUND_TRIPPED, IRREVERSIBLE, NO_UNDO -> false;
            default -> true;
        };
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }

    /**
     * For a long list (more WARNING and ERROR findings than the failure message holds): counts per rule.
     * For errors in versions: the versions with the most to fix first, and whether later results assume
     * a version skipped.
     */
    private static List<Line> table(Report report, Map<String, Integer> order) {
        List<Finding> counted = report.findings().stream()
                .filter(f -> f.suppressed() == null && f.severity().reaches(Severity.WARNING)).toList();
        List<Line> lines = new ArrayList<>();
        if (counted.size() > ConsoleSummary.MAX_IN_FAILURE) {
            lines.add(new Line(Severity.INFO, String.format("%-7s  %-44s  %5s", "level", "rule", "count")));
            Map<String, List<Finding>> byRule = counted.stream().collect(Collectors.groupingBy(Finding::ruleId,
                    TreeMap::new, Collectors.toList()));
            byRule.entrySet().stream()
                    .sorted(Comparator.comparing((Map.Entry<String, List<Finding>> e) -> e.getValue().get(0).severity())
                            .reversed().thenComparing(Map.Entry::getKey))
                    .forEach(e -> lines.add(new Line(Severity.INFO, String.format("%-7s  %-44s  %5d",
                            e.getValue().get(0).severity(), e.getKey(), e.getValue().size()))));
        }
        Map<String, List<Finding>> byVersion = counted.stream()
                .filter(f -> f.severity() == Severity.ERROR && f.location() != null && f.location().version() != null)
                .collect(Collectors.groupingBy(f -> f.location().version()));
        List<String> first = byVersion.keySet().stream()
                .sorted(Comparator.comparing((String v) -> failsToApply(byVersion.get(v)) ? 0 : 1)
                        .thenComparing(v -> order.getOrDefault(v, Integer.MAX_VALUE)))
                .limit(FIX_FIRST)
                .map(v -> "V" + v + " (" + byVersion.get(v).stream().map(Finding::ruleId).distinct().sorted()
                        .collect(Collectors.joining(", ")) + ")")
                .toList();
        if (!first.isEmpty()) {
            lines.add(new Line(Severity.INFO, "Fix first: " + String.join(", ", first)
                    + (byVersion.size() > first.size() ? ", and " + (byVersion.size() - first.size()) + " more versions" : "")));
        }
        long skipped = report.migrations().stream().filter(m -> m.outcome() == MigrationOutcome.Outcome.FAILED).count();
        if (skipped > 0) {
            lines.add(new Line(Severity.INFO, skipped + " version(s) failed to apply; results after them assume them"
                    + " skipped (details.after in report.json)."));
        }
        return lines;
    }

    private static boolean failsToApply(List<Finding> findings) {
        return findings.stream().anyMatch(f -> f.ruleId().equals(Rule.MIGRATION_APPLY_FAILED.id()));
    }

    private static int rank(Finding f, Map<String, Integer> order) {
        return f.location() == null || f.location().version() == null ? Integer.MAX_VALUE
                : order.getOrDefault(f.location().version(), Integer.MAX_VALUE);
    }

    /** The area of a rule id: the part before its first dot (migration, lint, jsonschema, openapi). */
    static String area(Finding f) {
        int dot = f.ruleId().indexOf('.');
        return dot < 0 ? f.ruleId() : f.ruleId().substring(0, dot);
    }

    private static int areaRank(String area) {
        int i = AREAS.indexOf(area);
        return i < 0 ? AREAS.size() : i;
    }
}
