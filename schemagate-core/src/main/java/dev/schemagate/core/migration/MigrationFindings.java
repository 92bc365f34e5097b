package dev.schemagate.core.migration;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Collects the findings of a run, each with the policy's severity for its rule. */
final class MigrationFindings {
    private final Path basedir;
    private final SeverityPolicy policy;
    private final List<Finding> findings = new ArrayList<>();
    private String serverVersion;
    private boolean managed;
    private java.time.Duration statementTimeout;

    MigrationFindings(Path basedir, SeverityPolicy policy) {
        this.basedir = basedir;
        this.policy = policy;
    }

    void add(Rule rule, Path file, String version, String pointer, String message, Map<String, Object> details) {
        add(rule, file, null, version, pointer, message, details);
    }

    /** A finding about an object, at a line of the file when one is known. */
    void add(Rule rule, Path file, Integer line, String version, String pointer, String message, Map<String, Object> details) {
        String display = file == null ? null : MigrationLocations.display(basedir, file);
        findings.add(Finding.of(rule, policy.severityOf(rule), message,
                new Location(display, line, null, pointer, null, version), details));
    }

    /** A finding at a line of a file. */
    void addAt(Rule rule, Path file, int line, String version, String message, Map<String, Object> details) {
        findings.add(Finding.of(rule, policy.severityOf(rule), message,
                Location.ofMigration(MigrationLocations.display(basedir, file), version, line), details));
    }

    /** Flyway's failure as a finding: the script, the line and PostgreSQL's error. */
    void addFailure(Rule rule, StepFailure e, String version, String advice) {
        Optional<String> superuser = managed ? NeedsSuperuser.advice(e, ApplyFailure.statement(e)) : Optional.empty();
        Rule actual = superuser.isPresent() ? Rule.MIGRATION_APPLY_NEEDS_SUPERUSER : rule;
        findings.add(ApplyFailure.finding(e, basedir, actual, policy.severityOf(actual), version,
                superuser.or(() -> MissingRole.advice(e)).orElse(advice) + ServerVersionHint.of(e, serverVersion)
                        + StatementTimeoutHint.of(e, statementTimeout)));
    }

    /** Whether migrations run without superuser (schema.db.privileges=managed): refusals are then needs-superuser. */
    void managed(boolean value) {
        this.managed = value;
    }

    boolean managed() {
        return managed;
    }

    /** schema.migrations.statementTimeout, named when a statement runs into it. */
    void statementTimeout(java.time.Duration timeout) {
        this.statementTimeout = timeout;
    }

    /** The throwaway server's version (17.11), named when a statement fails on its syntax. */
    void serverVersion(String version) {
        this.serverVersion = version;
    }

    /** The same, with a severity computed for this finding and extra details. */
    void addFailure(Rule rule, Severity severity, StepFailure e, String version, String advice,
                    Map<String, Object> extra) {
        Finding f = ApplyFailure.finding(e, basedir, rule, severity, version,
                advice + StatementTimeoutHint.of(e, statementTimeout));
        Map<String, Object> details = new java.util.LinkedHashMap<>(f.details());
        details.putAll(extra);
        findings.add(new Finding(f.ruleId(), f.severity(), f.message(), f.location(), details, f.suppressed()));
    }

    void add(Finding finding) {
        findings.add(finding);
    }

    SeverityPolicy policy() {
        return policy;
    }

    /** Rewrites findings in place (the diagnoses made once the whole pass is known). */
    void rewrite(java.util.function.UnaryOperator<Finding> change) {
        findings.replaceAll(change);
    }

    /** Findings from index {@code from} on were made with these versions skipped: details.after says so. */
    void markAfter(int from, List<String> skipped) {
        for (int i = from; i < findings.size(); i++) {
            Finding f = findings.get(i);
            Map<String, Object> details = new java.util.LinkedHashMap<>(f.details());
            details.put("after", List.copyOf(skipped));
            findings.set(i, new Finding(f.ruleId(), f.severity(), f.message(), f.location(), details, f.suppressed()));
        }
    }

    void addAll(List<Finding> more) {
        findings.addAll(more);
    }

    List<Finding> all() {
        return List.copyOf(findings);
    }

    String display(Path file) {
        return file == null ? null : MigrationLocations.display(basedir, file);
    }
}
