package dev.schemagate.core;

import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.report.ReportSchemaTest;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class VerifyIT {
    @TempDir
    Path out;

    @Test
    void theSampleProjectVerifiesAndItsReportMatchesTheSchema() throws Exception {
        Report report = SchemaGate.verify(new VerifyOptions(DatabaseSettings.embedded(out),
                MigrationSettings.defaults(TestPaths.sampleProject()), SeverityPolicy.defaults(), out, "dir:.", null),
                Log.silent());
        assertThat(report.findings()).isEmpty();
        assertThat(report.migrations()).hasSize(8);
        assertThat(report.database().provider()).isEqualTo("embedded");
        assertThat(ReportSchemaTest.validate(out.resolve("report.json"))).isEmpty();
    }
}
