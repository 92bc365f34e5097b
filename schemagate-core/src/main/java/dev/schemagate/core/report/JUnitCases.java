package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Severity;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The test cases junit.xml holds, by suite: one per migration round trip, then one per kind of
 * check for the findings that name no migration. Names are stable: GitLab compares by them.
 */
final class JUnitCases {
    static final String MIGRATIONS_SUITE = "schemagate.migrations";
    private static final Set<String> RELEASE_RULES =
            Set.of("migration.released.modified", "migration.version.conflict", "migration.out-of-order");

    private JUnitCases() {
    }

    record Case(String name, long millis, List<Finding> failures, List<Finding> others, String skipped) {
        static Case of(String name, long millis, List<Finding> findings, String notRun) {
            Map<Boolean, List<Finding>> split = findings.stream()
                    .collect(Collectors.partitioningBy(f -> f.suppressed() == null && f.severity() == Severity.ERROR));
            // a failure is worth more than "skipped": it must not hide behind it
            return new Case(name, millis, split.get(true), split.get(false), split.get(true).isEmpty() ? notRun : null);
        }
    }

    static Map<String, List<Case>> suites(Report report) {
        Map<String, List<Case>> suites = new TreeMap<>(Map.of(MIGRATIONS_SUITE, new ArrayList<>()));
        for (MigrationOutcome m : report.migrations()) {
            String notRun = m.outcome() != MigrationOutcome.Outcome.NOT_RUN ? null
                    : m.roundTrip() != null && m.roundTrip().note() != null ? m.roundTrip().note() : "not run";
            List<Finding> own = report.findings().stream()
                    .filter(f -> f.location() != null && Objects.equals(f.location().version(), m.version())).toList();
            String name = "migration V" + m.version() + " round trip";
            suites.get(MIGRATIONS_SUITE).add(Case.of(name, millis(m), own, notRun));
        }
        Set<String> versions = report.migrations().stream().map(MigrationOutcome::version).collect(Collectors.toSet());
        report.findings().stream().filter(f -> f.location() == null || !versions.contains(f.location().version()))
                .collect(Collectors.groupingBy(f -> suiteOf(f.ruleId()) + '\n' + caseOf(f), TreeMap::new,
                        Collectors.toList()))
                .forEach((key, own) -> suites.computeIfAbsent(key.substring(0, key.indexOf('\n')), s -> new ArrayList<>())
                        .add(Case.of(key.substring(key.indexOf('\n') + 1), 0, own, null)));
        return suites;
    }

    /** The suite of a rule's area: migration findings stay with the round trips. */
    private static String suiteOf(String ruleId) {
        String area = ruleId.contains(".") ? ruleId.substring(0, ruleId.indexOf('.')) : ruleId;
        return area.equals("migration") ? MIGRATIONS_SUITE : "schemagate." + area;
    }

    /**
     * One case per OpenAPI client folder ("openapi client <folder>") and per API spec ("api <spec
     * path>"); else the kind of check.
     */
    static String caseOf(Finding f) {
        if (f.ruleId().startsWith("openapi.client.") && f.location() != null && f.location().file() != null) {
            return "openapi client " + f.location().file();
        }
        Object spec = f.details().get("spec");
        return f.ruleId().startsWith("openapi.") && spec != null ? "api " + spec : caseOf(f.ruleId());
    }

    /** A stable name for the case of findings that name no migration: the kind of check. */
    static String caseOf(String ruleId) {
        return ruleId.startsWith("migration.undo.") ? "undo scripts" : ruleId.startsWith("migration.seed.") ? "seeds"
                : RELEASE_RULES.contains(ruleId) ? "released migrations" : ruleId;
    }

    private static long millis(MigrationOutcome m) {
        return Stream.of(m.applyMillis(), m.undoMillis(), m.reapplyMillis()).filter(Objects::nonNull)
                .mapToLong(Long::longValue).sum();
    }
}
