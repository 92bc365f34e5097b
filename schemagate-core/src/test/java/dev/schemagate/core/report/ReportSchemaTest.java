package dev.schemagate.core.report;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.schemagate.core.TestPaths;
import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

public class ReportSchemaTest {
    @TempDir
    Path out;

    /** Validates a report.json file against docs/report.schema.json; returns the errors. */
    public static List<Error> validate(Path reportJson) throws Exception {
        Schema schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Files.readString(TestPaths.repoRoot().resolve("docs/report.schema.json")), InputFormat.JSON);
        return schema.validate(Files.readString(reportJson), InputFormat.JSON);
    }

    private static Report sample() {
        MigrationOutcome applied = new MigrationOutcome("1", "init", "db/V1__init.sql", "SQL",
                MigrationOutcome.Outcome.APPLIED, 12L, 4L, 11L, new MigrationOutcome.RoundTrip(
                MigrationOutcome.Status.RESIDUE, "db/U1__init.sql", List.of("+ index orders_idx on public.orders"), 3,
                Map.of("public.audit", "CHECK rejects generated values"), null));
        MigrationOutcome failed = new MigrationOutcome("2", "orders", "db/V2__orders.sql", "SQL",
                MigrationOutcome.Outcome.FAILED, 3L, null, null, null);
        Finding finding = new Finding("migration.apply.failed", Severity.ERROR, "db/V2__orders.sql:6: syntax error",
                Location.ofMigration("db/V2__orders.sql", "2", 6), Map.of("sqlState", "42601"),
                new Finding.Suppression("known"));
        return new Report("0.1.0", new Report.DatabaseInfo("embedded", "17.11"), List.of(applied, failed),
                List.of(finding));
    }

    @Test
    void theWrittenReportValidatesAgainstThePublishedSchema() throws Exception {
        Path file = ReportJson.write(sample(), out);
        assertThat(validate(file)).isEmpty();
        String json = Files.readString(file);
        assertThat(json).contains("\"formatVersion\" : 1").contains("\"pointer\" : null")
                .contains("\"reason\" : \"known\"");
    }

    @Test
    void aCompatReportWithoutDatabaseValidates() throws Exception {
        Finding finding = new Finding("jsonschema.required.added", Severity.ERROR, "order.json at #/required: id",
                new Location("src/main/resources/schemas/order.json", null, null, "/required", "/required", null),
                Map.of("witness", tools.jackson.databind.json.JsonMapper.shared().readTree("{\"a\": 1}"),
                        "witnessChecked", true), null);
        Path file = ReportJson.write(new Report("0.1.0", null, List.of(), List.of(finding)), out);
        assertThat(validate(file)).isEmpty();
        assertThat(Files.readString(file)).contains("\"database\" : null").contains("\"witness\" : {");
    }

    @Test
    void theSchemaRejectsAReportThatBreaksTheContract() throws Exception {
        Path file = ReportJson.write(sample(), out);
        Files.writeString(file, Files.readString(file).replace("\"ruleId\"", "\"rule\""));
        assertThat(validate(file)).isNotEmpty();
    }
}
