package dev.schemagate.cli;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.report.ConsoleRenderer;
import dev.schemagate.core.report.ConsoleSummary;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.rules.Severity;

import java.nio.file.Path;

/**
 * Prints what core's console renderer returns, as the plugin does, and turns the verdict into the exit code:
 * 1 when a finding reaches schema.failOn, else 0. The one place the CLI prints a report.
 */
final class ConsolePrinter {
    private static final String FAIL_ON = "--" + SchemaProperties.FAIL_ON.substring("schema.".length());
    private static final String VERBOSE = "--" + SchemaProperties.VERBOSE.substring("schema.".length());

    private ConsolePrinter() {
    }

    /** @param verbose every INFO finding in full (--verbose, or --debug) */
    static int judge(Report report, Severity threshold, boolean verbose, Path basedir, Path outputDir, CliLog log) {
        String shown = outputDir.startsWith(basedir) ? basedir.relativize(outputDir).toString().replace('\\', '/')
                : outputDir.toString();
        ConsoleSummary summary = ConsoleRenderer.render(report, new ConsoleRenderer.Settings(threshold, verbose,
                FAIL_ON, VERBOSE, shown));
        for (ConsoleSummary.Line line : summary.lines()) {
            switch (line.level()) {
                case ERROR -> log.error(line.text());
                case WARNING -> log.warn(line.text());
                default -> log.info(line.text());
            }
        }
        if (summary.failure() == null) {
            return Exit.CLEAN;
        }
        summary.failure().lines().forEach(log::error);
        return Exit.FINDINGS;
    }
}
