package dev.schemagate.core.report;

import dev.schemagate.core.migration.MigrationOutcome;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.RoundTrip;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Severity;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Reports built by hand for the renderer tests: no database. */
final class ReportFixtures {
    static final String RESIDUE_TABLE = "U2__orders.sql left table public.orders_archive behind"
            + " (migration.rollback.residue). Drop it in U2__orders.sql, or mark V2 irreversible with"
            + " -Dschema.irreversible=2.";
    static final String RESIDUE_INDEX = "U2__orders.sql left index public.orders_idx behind"
            + " (migration.rollback.residue). Drop it in U2__orders.sql.";

    private ReportFixtures() {
    }

    /** The module is services/orders inside the repository. */
    static RenderContext context(Path repositoryRoot, String jobUrl) {
        return new RenderContext(repositoryRoot.resolve("services/orders"), repositoryRoot, jobUrl);
    }

    static MigrationOutcome migration(String version, String description, Outcome outcome, Long up, Long down,
                                      Long reapply, Status status) {
        RoundTrip rt = status == null ? null : new RoundTrip(status, "db/U" + version + "__" + description + ".sql",
                List.of(), 0, Map.of(), null);
        return new MigrationOutcome(version, description, "db/V" + version + "__" + description + ".sql", "SQL",
                outcome, up, down, reapply, rt);
    }

    static Finding finding(String ruleId, Severity severity, String message, String file, Integer line,
                           String pointer, String version) {
        return new Finding(ruleId, severity, message, new Location(file, line, null, pointer, null, version), null, null);
    }

    /**
     * V1 restored (with a suppressed data-loss error), V2 leaves residue (two errors), V3 warns,
     * V4 did not run; an orphan undo script and a released migration that is gone name no migration.
     */
    static Report sample() {
        List<MigrationOutcome> migrations = List.of(
                migration("1", "init", Outcome.APPLIED, 12L, 4L, 11L, Status.RESTORED),
                migration("2", "orders", Outcome.APPLIED, 20L, 5L, null, Status.RESIDUE),
                migration("3", "audit", Outcome.APPLIED, 7L, 2L, 6L, Status.RESTORED),
                migration("4", "later", Outcome.NOT_RUN, null, null, null, null));
        List<Finding> findings = List.of(
                new Finding("migration.data.lost", Severity.ERROR, "Rows of public.users changed after V1 and U1.",
                        Location.ofMigration("db/U1__init.sql", "1", null), Map.of(),
                        new Finding.Suppression("known, ticket 12")),
                finding("migration.rollback.residue", Severity.ERROR, RESIDUE_TABLE, "db/U2__orders.sql", null,
                        "/tables/public.orders_archive", "2"),
                finding("migration.rollback.residue", Severity.ERROR, RESIDUE_INDEX, "db/U2__orders.sql", null,
                        "/indexes/public.orders_idx", "2"),
                finding("migration.out-of-order", Severity.WARNING, "V3__audit.sql is new but lower than 5, the released"
                        + " highest version. Renumber it above 5.", "db/V3__audit.sql", null, null, "3"),
                finding("migration.undo.orphan", Severity.WARNING, "db/U9__gone.sql has no migration V9. Delete it or"
                        + " add V9.", "db/U9__gone.sql", null, null, "9"),
                finding("migration.released.modified", Severity.ERROR, "V0.9__seed.sql shipped in 1.2.0 but is gone."
                        + " Restore it.", null, null, null, "0.9"));
        return new Report("0.1.0", new Report.DatabaseInfo("embedded", "17.11"), migrations, findings);
    }

    /**
     * One finding of every kind the HTML report lays out: a catalog residue with before/after, a
     * lint lock on V2, a JSON Schema break with its witness, OpenAPI changes per operation, a
     * suppressed finding, and a message that tries to inject a script.
     */
    static Report everyKind() {
        List<MigrationOutcome> migrations = List.of(
                new MigrationOutcome("1", "init", "db/V1__init.sql", "SQL", Outcome.APPLIED, 12L, 4L, 11L,
                        new RoundTrip(Status.RESTORED, "db/U1__init.sql", List.of(), 40, Map.of(), null)),
                new MigrationOutcome("1.1", "index orders", "db/V1.1__index_orders.sql", "SQL", Outcome.APPLIED, 30L,
                        3L, 28L, new RoundTrip(Status.RESTORED, "db/U1.1__index_orders.sql", List.of(), 40, Map.of(), null)),
                new MigrationOutcome("2", "orders", "db/V2__orders.sql", "SQL", Outcome.APPLIED, 20L, 5L, null,
                        new RoundTrip(Status.RESIDUE, "db/U2__orders.sql", List.of("table public.orders_archive"),
                                12, Map.of(), null)),
                new MigrationOutcome("3", "audit", "db/V3__audit.sql", "SQL", Outcome.APPLIED, 7L, null, null,
                        RoundTrip.skipped(Status.IRREVERSIBLE, null, "marked irreversible (schema.irreversible=3)")));
        tools.jackson.databind.JsonNode witness = tools.jackson.databind.json.JsonMapper.builder().build()
                .readTree("{\"id\":7,\"status\":\"archived\"}");
        List<Finding> findings = List.of(
                new Finding("migration.rollback.residue", Severity.ERROR, RESIDUE_TABLE,
                        Location.ofMigration("db/U2__orders.sql", "2", null),
                        Map.of("kind", "table", "change", "ADDED", "after", "public.orders_archive (id bigint)"), null),
                new Finding("migration.reapply.drift", Severity.ERROR, "Re-applying V2 changed column public.orders.total.",
                        Location.ofMigration("db/V2__orders.sql", "2", 4),
                        Map.of("kind", "column", "change", "CHANGED", "attribute", "type", "before", "numeric(10,2)",
                                "after", "numeric"), null),
                new Finding("lint.index.not-concurrent", Severity.WARNING, "V1.1 line 3 creates an index without"
                        + " CONCURRENTLY, holding ShareLock on public.orders. Use CREATE INDEX CONCURRENTLY.",
                        Location.ofMigration("db/V1.1__index_orders.sql", "1.1", 3),
                        Map.of("table", "public.orders", "lock", "ShareLock", "durationMs", 18, "rows", 1000), null),
                new Finding("migration.data.lost", Severity.ERROR, "Rows of public.users changed after V1 and U1.",
                        Location.ofMigration("db/U1__init.sql", "1", null), Map.of(),
                        new Finding.Suppression("known, ticket 12")),
                new Finding("jsonschema.enum.value-removed", Severity.ERROR, "Enum value \"archived\" removed from"
                        + " /properties/status. Old documents with it are rejected now.",
                        Location.inFile("schemas/order.json", 9, 5, "/properties/status/enum", "/properties/status/enum"),
                        Map.of("removed", List.of("archived"), "witness", witness, "proof", "proven"), null),
                new Finding("jsonschema.property.added-to-open-model", Severity.WARNING,
                        "Property note added <script>alert('x')</script> to an open model.",
                        Location.ofSchema("schemas/order.json", "/properties/note", null), Map.of("property", "note"), null),
                new Finding("openapi.parameter.required-added", Severity.ERROR, "GET /orders: parameter limit is required now.",
                        Location.inFile("api/orders.yaml", 21, 11, "/paths/~1orders/get/parameters/0", null),
                        Map.of("operation", "GET /orders", "parameter", "limit"), null),
                new Finding("openapi.operation.added", Severity.INFO, "POST /orders added.",
                        Location.inFile("api/orders.yaml", 30, 5, "/paths/~1orders/post", null),
                        Map.of("operation", "POST /orders"), null));
        return new Report("0.1.0", new Report.DatabaseInfo("embedded", "17.11"), migrations, findings);
    }

    static Report of(List<MigrationOutcome> migrations, List<Finding> findings) {
        return new Report("0.1.0", new Report.DatabaseInfo("embedded", "17.11"), migrations, findings);
    }
}
