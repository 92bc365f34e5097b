package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What the console shows at the end of a run, each finding once: the findings that do not go into the failure
 * message as log lines, a table of counts per rule with the versions to fix first, and the failure message
 * (at most {@link #MAX_IN_FAILURE} findings, then where the rest are). The build tool only prints it.
 *
 * @param lines   log lines to print, in order
 * @param failure the build failure's message; null when nothing reaches the threshold
 */
public record ConsoleSummary(List<Line> lines, String failure) {
    public static final int MAX_IN_FAILURE = 10;
    private static final int FIX_FIRST = 5;

    public ConsoleSummary {
        lines = List.copyOf(lines);
    }

    /** One log line with the level to print it at. */
    public record Line(Severity level, String text) {
    }

    /**
     * @param what        what was checked, for the count line ("12 migrations checked")
     * @param failOnName  the property that sets the threshold, for the message (schema.failOn)
     * @param reportFile  where report.json is, as the user should read it
     * @param summaryFile where summary.md is, as the user should read it (target/schemagate/summary.md)
     */
    public static ConsoleSummary of(Report report, Severity threshold, String what, String failOnName,
                                    String reportFile, String summaryFile) {
        Map<String, Integer> order = new LinkedHashMap<>();
        report.migrations().forEach(m -> order.putIfAbsent(m.version(), order.size()));
        List<Finding> failures = new ArrayList<>(report.failures(threshold));
        // what other results depend on comes first: a version that does not apply, then version order
        failures.sort(Comparator.comparing((Finding f) -> f.ruleId().equals(Rule.MIGRATION_APPLY_FAILED.id()) ? 0 : 1)
                .thenComparing(f -> rank(f, order)));
        List<Finding> inFailure = failures.subList(0, Math.min(MAX_IN_FAILURE, failures.size()));
        List<Line> lines = new ArrayList<>();
        for (Finding f : report.findings()) {
            if (f.suppressed() == null && !inFailure.contains(f) && f.severity() != Severity.OFF) {
                lines.add(new Line(f.severity(), "[" + f.ruleId() + "] " + f.message()));
            }
        }
        lines.addAll(table(report, order));
        lines.add(new Line(Severity.INFO, String.format("schemagate: %s; %d errors, %d warnings. Report: %s", what,
                report.count(Severity.ERROR), report.count(Severity.WARNING), reportFile)));
        if (failures.isEmpty()) {
            return new ConsoleSummary(lines, null);
        }
        StringBuilder message = new StringBuilder(failures.size() + " finding(s) at or above " + failOnName + "="
                + threshold + ":");
        inFailure.forEach(f -> message.append("\n[").append(f.ruleId()).append("] ").append(f.message()));
        if (failures.size() > inFailure.size()) {
            message.append("\nand ").append(failures.size() - inFailure.size()).append(" more: ").append(summaryFile);
        }
        message.append("\nSee docs/rules.md for each rule; change a rule's level with <severities>.");
        return new ConsoleSummary(lines, message.toString());
    }

    /** Counts per rule, and the versions with the most errors, earliest first among equals. */
    private static List<Line> table(Report report, Map<String, Integer> order) {
        List<Finding> counted = report.findings().stream()
                .filter(f -> f.suppressed() == null && f.severity().reaches(Severity.WARNING)).toList();
        if (counted.isEmpty()) {
            return List.of();
        }
        List<Line> lines = new ArrayList<>();
        lines.add(new Line(Severity.INFO, String.format("%-7s  %-44s  %5s", "level", "rule", "count")));
        Map<String, List<Finding>> byRule = counted.stream().collect(Collectors.groupingBy(Finding::ruleId, TreeMap::new,
                Collectors.toList()));
        byRule.entrySet().stream()
                .sorted(Comparator.comparing((Map.Entry<String, List<Finding>> e) -> e.getValue().get(0).severity())
                        .reversed().thenComparing(Map.Entry::getKey))
                .forEach(e -> lines.add(new Line(Severity.INFO, String.format("%-7s  %-44s  %5d",
                        e.getValue().get(0).severity(), e.getKey(), e.getValue().size()))));
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
}
