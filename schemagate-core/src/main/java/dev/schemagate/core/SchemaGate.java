package dev.schemagate.core;

import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.baseline.Baselines;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.MigrationCheck;
import dev.schemagate.core.migration.MigrationRun;
import dev.schemagate.core.report.CodeQualityJson;
import dev.schemagate.core.report.JUnitXml;
import dev.schemagate.core.report.RenderContext;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.report.ReportJson;
import dev.schemagate.core.report.SummaryMarkdown;

import java.nio.file.Path;
import java.util.Optional;

/** The entry points the build tools call. */
public final class SchemaGate {
    private SchemaGate() {
    }

    /**
     * Starts one throwaway PostgreSQL, runs every check on it, stops it, and writes the reports.
     * Findings are data in the returned report; an exception means the checks could not run.
     */
    public static Report verify(VerifyOptions options, Log log) {
        Optional<BaselineFiles> baseline = Baselines.resolve(options.baseline(), options.migrations().basedir(),
                options.environment(), log);
        try (Database db = Databases.start(options.database(), log)) {
            MigrationRun run = MigrationCheck.run(db, options.migrations(), options.severities(), log, baseline);
            Report report = new Report(ToolVersion.get(),
                    new Report.DatabaseInfo(db.provider().id(), db.serverVersion()), run.migrations(), run.findings());
            writeReports(report, options);
            return report;
        } finally {
            baseline.ifPresent(BaselineFiles::close);
        }
    }

    /** report.json, junit.xml, codequality.json and summary.md: the public files under target/schemagate. */
    private static void writeReports(Report report, VerifyOptions options) {
        Path module = options.migrations().basedir();
        RenderContext context = new RenderContext(module, Baselines.repositoryRoot(module).orElse(module),
                options.environment().get("CI_JOB_URL"));
        ReportJson.write(report, options.outputDir());
        JUnitXml.write(report, options.outputDir(), context);
        CodeQualityJson.write(report, options.outputDir(), context);
        SummaryMarkdown.write(report, options.outputDir(), context);
    }
}
