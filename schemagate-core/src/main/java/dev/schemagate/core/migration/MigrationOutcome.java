package dev.schemagate.core.migration;

/**
 * What happened to one migration. {@code script} is relative to the module's basedir with '/'.
 * Timings are in milliseconds; null when the step did not run.
 */
public record MigrationOutcome(String version, String description, String script, String type,
                               Outcome outcome, Long applyMillis) {

    public enum Outcome { APPLIED, FAILED, NOT_RUN }
}
