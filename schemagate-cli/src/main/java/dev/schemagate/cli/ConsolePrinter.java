package dev.schemagate.cli;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.report.ConsoleSummary;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.report.ReportJson;
import dev.schemagate.core.report.SummaryMarkdown;
import dev.schemagate.core.rules.Severity;

import java.nio.file.Path;

/**
 * Prints a run's findings and counts as the plugin does (core's ConsoleSummary), and turns the verdict into
 * the exit code: 1 when a finding reaches schema.failOn, else 0. The one place the CLI prints a report.
 */
final class ConsolePrinter {
    private ConsolePrinter() {
    }

    static int judge(Report report, Severity threshold, String what, Path basedir, Path outputDir, CliLog log) {
        String shown = outputDir.startsWith(basedir) ? basedir.relativize(outputDir).toString().replace('\\', '/')
                : outputDir.toString();
        ConsoleSummary summary = ConsoleSummary.of(report, threshold, what, "--" + SchemaProperties.FAIL_ON
                .substring("schema.".length()), outputDir.resolve(ReportJson.FILE_NAME).toString(),
                shown + "/" + SummaryMarkdown.FILE_NAME);
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
