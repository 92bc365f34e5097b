package dev.schemagate.core.report;

import dev.schemagate.core.rules.Severity;

import java.util.List;

/**
 * What the console shows at the end of a run ({@link ConsoleRenderer} decides it): log lines, each with the
 * level to print it at, and the build failure's message. The build tool only prints it.
 *
 * @param lines   log lines to print, in order
 * @param failure the build failure's message; null when nothing reaches the threshold
 */
public record ConsoleSummary(List<Line> lines, String failure) {
    public static final int MAX_IN_FAILURE = 10;

    public ConsoleSummary {
        lines = List.copyOf(lines);
    }

    /** One log line with the level to print it at. */
    public record Line(Severity level, String text) {
    }

    /**
     * The default (not verbose) console of a report.
     *
     * @param failOnName the property that sets the threshold, for the message (schema.failOn)
     * @param outputDir  the output folder as the user should read it (target/schemagate)
     */
    public static ConsoleSummary of(Report report, Severity threshold, String failOnName, String outputDir) {
        return ConsoleRenderer.render(report, new ConsoleRenderer.Settings(threshold, false, failOnName,
                "-D" + dev.schemagate.core.SchemaProperties.VERBOSE + "=true", outputDir));
    }
}
