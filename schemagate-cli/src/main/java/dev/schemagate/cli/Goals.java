package dev.schemagate.cli;

import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.options.Goal;
import dev.schemagate.core.options.SchemaGateOptions;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.rules.Severity;

/** Runs one goal through the SchemaGate facade, as the Mojo of the same name does (schema:attach has none). */
final class Goals {
    private Goals() {
    }

    /** @param projectName the heading of the API docs' version index (the project folder's name) */
    static int run(Goal goal, SchemaGateOptions options, String projectName, CliLog log) {
        String skippedBy = options.skippedBy(goal);
        if (skippedBy != null) {
            log.info("Skipping: " + skippedBy + " is true.");
            return Exit.CLEAN;
        }
        Severity threshold = options.failOn();
        Report report;
        switch (goal) {
            case VERIFY, MIGRATIONS, LINT -> {
                report = SchemaGate.verify(options.verifyOptions(goal), log);
                if (options.flag(SchemaProperties.GITLAB_NOTE)) {
                    note(options, log);
                }
            }
            case COMPAT -> {
                report = SchemaGate.compat(options.compat(), options.baseline(goal), options.severities(),
                        options.outputDir(), options.environment(), log);
            }
            case API_COMPAT -> {
                report = SchemaGate.apiCompat(options.api(), options.baseline(goal), options.severities(),
                        options.outputDir(), options.environment(), log);
            }
            case CLIENT -> {
                SchemaGate.client(options.client(), options.openapiSpecDir(), log);
                return Exit.CLEAN;
            }
            case DOCS -> {
                SchemaGate.docs(options.docs(projectName), log);
                return Exit.CLEAN;
            }
            case GITLAB_RELEASE -> {
                SchemaGate.gitlabRelease(options.release(), log);
                return Exit.CLEAN;
            }
            case GITLAB_NOTE -> {
                note(options, log);
                return Exit.CLEAN;
            }
            default -> throw new IllegalStateException("no subcommand for the goal " + goal.id());
        }
        return ConsolePrinter.judge(report, threshold, options.flag(SchemaProperties.VERBOSE), options.basedir(),
                options.outputDir(), log);
    }

    /** The merge request's note from the summary.md verify wrote; GitLab trouble is a warning, never the verdict. */
    private static void note(SchemaGateOptions options, CliLog log) {
        SchemaGate.gitlabNote(options.outputDir(), options::gitlabToken, options.environment(), log);
    }
}
