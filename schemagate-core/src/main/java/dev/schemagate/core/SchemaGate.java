package dev.schemagate.core;

import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.baseline.Baselines;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.Databases;
import dev.schemagate.core.migration.MigrationCheck;
import dev.schemagate.core.migration.MigrationRun;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.report.ReportJson;

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
            ReportJson.write(report, options.outputDir());
            return report;
        } finally {
            baseline.ifPresent(BaselineFiles::close);
        }
    }
}
