package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.CatalogDiff;
import dev.schemagate.core.catalog.CatalogDifference;
import dev.schemagate.core.catalog.CatalogSnapshot;
import dev.schemagate.core.data.DataFingerprints;
import dev.schemagate.core.data.RowGenerator;
import dev.schemagate.core.data.TableFingerprint;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.RoundTrip;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Rule;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** One migration at a time: apply, undo, compare, apply again; then seed it for the next ones. */
final class RoundTripStep implements AutoCloseable {
    private static final int GENERATED_ROWS = 3;

    private final Seeds seeds;
    private final MigrationFindings findings;
    private final Log log;
    private final LintStep lint;
    private Workbench bench;
    private CatalogSnapshot current;

    /** @param lint lints new migrations before they are applied; null for none */
    RoundTripStep(Workbench bench, Seeds seeds, MigrationFindings findings, Log log, LintStep lint) {
        this.bench = bench;
        this.seeds = seeds;
        this.findings = findings;
        this.log = log;
        this.lint = lint;
    }

    String url() {
        try {
            return bench.connection().getMetaData().getURL();
        } catch (SQLException e) {
            throw new SchemaGateException("Lost the connection to the throwaway database: " + e.getMessage(), e);
        }
    }

    /** Applies without a round trip (versions up to schema.migrations.from, or every one for schema:lint). */
    MigrationOutcome applyOnly(VersionedMigration m, String why) {
        if (lint != null) {
            lint.before(m, bench.connection());
        }
        long start = System.nanoTime();
        Optional<FlywayMigrateException> failure = bench.steps().apply(List.of(m));
        Long up = millisSince(start);
        if (failure.isPresent()) {
            return applyFailed(m, failure.get(), up);
        }
        current = null;
        Map<String, String> unfilled = seed(m, null);
        log.info(line(m, "up " + up + " ms · applied only (" + why + ")"));
        LintStep.log(lint, log);
        return outcome(m, Outcome.APPLIED, up, null, null,
                new RoundTrip(Status.NOT_ROUND_TRIPPED, display(m.undo()), List.of(), 0, unfilled, why));
    }

    MigrationOutcome roundTrip(VersionedMigration m, List<VersionedMigration> all) {
        CatalogSnapshot before = current != null ? current : bench.snapshot();
        if (lint != null) {
            lint.before(m, bench.connection());
        }
        MigrationOutcome outcome = roundTrip(m, all, before);
        LintStep.log(lint, log);
        return outcome;
    }

    private MigrationOutcome roundTrip(VersionedMigration m, List<VersionedMigration> all, CatalogSnapshot before) {
        Map<String, TableFingerprint> dataBefore = fingerprint(before, before.tables());
        long start = System.nanoTime();
        Optional<FlywayMigrateException> failure = bench.steps().apply(List.of(m));
        Long up = millisSince(start);
        if (failure.isPresent()) {
            return applyFailed(m, failure.get(), up);
        }
        if (m.irreversible() || m.undo() == null || isBlank(m.undo())) {
            return withoutUndo(m, before, up);
        }
        CatalogSnapshot applied = bench.snapshot();
        start = System.nanoTime();
        failure = undo(m);
        Long down = millisSince(start);
        if (failure.isPresent()) {
            findings.addFailure(Rule.MIGRATION_UNDO_FAILED, failure.get(), m.version(),
                    "Fix " + display(m.undo()) + " so that it reverses " + display(m.script()) + ".");
            rebuildTo(m, all);
            return finish(m, up, down, null, Status.UNDO_FAILED, List.of(), 0, before);
        }
        CatalogSnapshot undone = bench.snapshot();
        List<CatalogDifference> residue = CatalogDiff.compare(before, undone);
        residue.forEach(d -> findings.add(Rule.MIGRATION_ROLLBACK_RESIDUE, m.undo(), m.version(), d.path(),
                m.label() + " rollback: " + d.describe() + ". Make " + display(m.undo()) + " restore it exactly"
                        + " (or mark " + m.label() + " irreversible).", details(d)));
        Set<String> kept = new HashSet<>(before.tables());
        kept.retainAll(undone.tables());
        Map<String, TableFingerprint> dataAfter = fingerprint(before, kept);
        long rowsKept = checkData(m, dataBefore, dataAfter);
        start = System.nanoTime();
        failure = bench.steps().apply(List.of(m));
        Long reapply = millisSince(start);
        if (failure.isPresent()) {
            findings.addFailure(Rule.MIGRATION_REAPPLY_FAILED, failure.get(), m.version(),
                    "The undo did not fully reverse " + m.label() + ": make " + display(m.undo()) + " drop what "
                            + display(m.script()) + " creates.");
            rebuildTo(m, all);
            return finish(m, up, down, reapply, Status.REAPPLY_FAILED, describe(residue), rowsKept, before);
        }
        CatalogSnapshot reapplied = bench.snapshot();
        List<CatalogDifference> drift = CatalogDiff.compare(applied, reapplied);
        drift.forEach(d -> findings.add(Rule.MIGRATION_REAPPLY_DRIFT, m.script(), m.version(), d.path(),
                m.label() + " applied again differs from the first time: " + d.describe() + ". Make "
                        + display(m.undo()) + " reverse everything " + display(m.script()) + " does.", details(d)));
        current = reapplied;
        Status status = !residue.isEmpty() ? Status.RESIDUE : !drift.isEmpty() ? Status.DRIFT
                : rowsKept < 0 ? Status.DATA_LOST : Status.RESTORED;
        List<String> diff = describe(residue.isEmpty() ? drift : residue);
        return finish(m, up, down, reapply, status, diff, Math.max(rowsKept, 0), before);
    }

    private MigrationOutcome withoutUndo(VersionedMigration m, CatalogSnapshot before, Long up) {
        Status status;
        String note;
        if (m.irreversible()) {
            status = Status.IRREVERSIBLE;
            note = "irreversible: " + m.irreversibleReason();
        } else {
            status = Status.NO_UNDO;
            note = m.undo() == null ? "no undo script" : display(m.undo()) + " is empty";
            findings.add(Rule.MIGRATION_UNDO_MISSING, m.undo() != null ? m.undo() : m.script(), m.version(), null,
                    m.label() + " (" + display(m.script()) + ") has " + note + ". Write " + ScriptNames.undoName(m) + " beside it, or mark it irreversible with a line"
                            + " '-- schemagate:irreversible <reason>' in the script.", null);
        }
        current = null;
        Map<String, String> unfilled = seed(m, before);
        log.info(line(m, "up " + up + " ms · not rolled back (" + note + ")"));
        return outcome(m, Outcome.APPLIED, up, null, null, new RoundTrip(status, display(m.undo()), List.of(), 0, unfilled, note));
    }

    private MigrationOutcome finish(VersionedMigration m, Long up, Long down, Long reapply, Status status,
                                    List<String> diff, long rowsKept, CatalogSnapshot before) {
        Map<String, String> unfilled = status == Status.UNDO_FAILED || status == Status.REAPPLY_FAILED
                ? Map.of() : seed(m, before);
        String verdict = switch (status) {
            case RESTORED -> "schema restored · " + rowsKept + " rows kept";
            case DATA_LOST -> "schema restored · DATA LOST";
            case RESIDUE -> diff.size() + " difference(s) after the undo";
            case DRIFT -> diff.size() + " difference(s) after applying again";
            case UNDO_FAILED -> "UNDO FAILED";
            case REAPPLY_FAILED -> (diff.isEmpty() ? "" : diff.size() + " difference(s) after the undo · ")
                    + "FAILED TO APPLY AGAIN";
            default -> status.name();
        };
        log.info(line(m, "up " + up + " ms · down " + down + " ms · up " + (reapply == null ? "-" : reapply + " ms")
                + " · " + verdict));
        diff.forEach(d -> log.info("         " + d));
        return outcome(m, Outcome.APPLIED, up, down, reapply,
                new RoundTrip(status, display(m.undo()), diff, rowsKept, unfilled, null));
    }

    private Optional<FlywayMigrateException> undo(VersionedMigration m) {
        try {
            return bench.steps().undo(m, bench.connection());
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot update Flyway's history after undoing " + m.label() + ": " + e.getMessage(), e);
        }
    }

    /** Compares row fingerprints; returns the rows kept, or -1 when rows were lost (findings added). */
    private long checkData(VersionedMigration m, Map<String, TableFingerprint> before, Map<String, TableFingerprint> after) {
        List<dev.schemagate.core.data.DataChange> changes = DataFingerprints.compare(before, after);
        changes.forEach(c -> findings.add(Rule.MIGRATION_DATA_LOST, m.undo(), m.version(), "/table/" + c.table(),
                m.label() + " and its undo lost data in " + c.table() + ": " + c.reason() + ". Make "
                        + display(m.undo()) + " keep the rows (rename back instead of drop and re-add, copy data back).",
                Map.of("rowsBefore", c.rowsBefore(), "rowsAfter", c.rowsAfter())));
        return changes.isEmpty() ? after.values().stream().mapToLong(f -> Math.max(f.rows(), 0)).sum() : -1;
    }

    private Map<String, TableFingerprint> fingerprint(CatalogSnapshot schema, Set<String> tables) {
        Map<String, List<String>> columns = new LinkedHashMap<>();
        tables.stream().sorted().forEach(t -> columns.put(t, schema.columnsOf(t)));
        try {
            return DataFingerprints.read(bench.connection(), columns);
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot fingerprint the table data: " + e.getMessage(), e);
        }
    }

    /** Runs the migration's seed files, then fills the tables it created that are still empty. */
    private Map<String, String> seed(VersionedMigration m, CatalogSnapshot before) {
        List<Path> files = seeds.forVersion(m.version());
        for (Path file : files) {
            try {
                Seeds.run(bench.connection(), file);
            } catch (SQLException e) {
                findings.add(Rule.MIGRATION_SEED_FAILED, file, m.version(), null, display(file) + ": "
                        + e.getMessage().lines().findFirst().orElse("") + ". Fix the seed so it runs right after "
                        + m.label() + ".", null);
            }
        }
        // a seed may create objects; without one, the schema is the one just read
        CatalogSnapshot after = files.isEmpty() && current != null ? current : bench.snapshot();
        current = after;
        Set<String> created = new HashSet<>(after.tables());
        if (before != null) {
            created.removeAll(before.tables());
        }
        if (created.isEmpty()) {
            return Map.of();
        }
        dev.schemagate.core.data.FillResult fill;
        try {
            fill = RowGenerator.fill(bench.connection(), created.stream().sorted().toList(), GENERATED_ROWS);
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot generate rows for " + created + ": " + e.getMessage(), e);
        }
        fill.unfillable().forEach((table, reason) -> log.info("         no generated rows for " + table + ": " + reason));
        return fill.unfillable();
    }

    /** After a failed undo or re-apply: a fresh database with every migration up to m applied and seeded. */
    private void rebuildTo(VersionedMigration m, List<VersionedMigration> all) {
        bench = bench.fresh();
        current = null;
        CatalogSnapshot before = bench.snapshot();
        for (VersionedMigration earlier : all) {
            Optional<FlywayMigrateException> failure = bench.steps().apply(List.of(earlier));
            if (failure.isPresent()) {
                throw new SchemaGateException("Could not rebuild the database up to " + m.label() + ": "
                        + failure.get().getMessage(), failure.get());
            }
            current = null;
            seed(earlier, before);
            before = current;
            if (earlier == m) {
                return;
            }
        }
    }

    private MigrationOutcome applyFailed(VersionedMigration m, FlywayMigrateException e, Long up) {
        findings.addFailure(Rule.MIGRATION_APPLY_FAILED, e, m.version(),
                "Fix the statement and run the build again; Flyway rolled the migration's transaction back.");
        log.info(line(m, "FAILED after " + up + " ms"));
        return outcome(m, Outcome.FAILED, up, null, null, null);
    }

    private MigrationOutcome outcome(VersionedMigration m, Outcome outcome, Long up, Long down, Long reapply, RoundTrip rt) {
        return new MigrationOutcome(m.version(), m.description(), display(m.script()), "SQL", outcome, up, down, reapply, rt);
    }

    private static String line(VersionedMigration m, String rest) {
        return String.format("%-6s %-36s %s", m.label(), m.description(), rest);
    }

    private static Map<String, Object> details(CatalogDifference d) {
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("kind", d.kind());
        details.put("change", d.change().name());
        if (d.attribute() != null) {
            details.put("attribute", d.attribute());
        }
        if (d.before() != null) {
            details.put("before", d.before());
        }
        if (d.after() != null) {
            details.put("after", d.after());
        }
        return details;
    }

    private static List<String> describe(List<CatalogDifference> diffs) {
        return diffs.stream().map(CatalogDifference::describe).toList();
    }

    private static boolean isBlank(Path file) {
        return ScriptDiscovery.read(file).isBlank();
    }

    private String display(Path file) {
        return findings.display(file);
    }

    private static Long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        bench.close();
    }
}
