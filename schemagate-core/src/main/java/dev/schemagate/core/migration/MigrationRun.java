package dev.schemagate.core.migration;

import dev.schemagate.core.rules.Finding;

import java.util.List;

/** Every migration's outcome and the findings, in version order. */
public record MigrationRun(List<MigrationOutcome> migrations, List<Finding> findings) {
    public MigrationRun {
        migrations = List.copyOf(migrations);
        findings = List.copyOf(findings);
    }
}
