package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.CatalogDiff;
import dev.schemagate.core.catalog.CatalogDifference;
import dev.schemagate.core.catalog.CatalogSnapshot;
import dev.schemagate.core.data.DataFingerprints;
import dev.schemagate.core.data.FillResult;
import dev.schemagate.core.data.RowGenerator;
import dev.schemagate.core.data.TableFingerprint;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.migration.MigrationOutcome.Outcome;
import dev.schemagate.core.migration.MigrationOutcome.RoundTrip;
import dev.schemagate.core.migration.MigrationOutcome.Status;
import dev.schemagate.core.rules.Rule;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One migration at a time: apply, undo, compare, apply again; then seed it for the next ones. Each version
 * starts from the plain-chain state: after a round trip that left anything behind, the workbench is reset in
 * place when that provably gives the plain-chain state ({@link InPlaceReset}), else replaced by a copy of it.
 */
final class RoundTripStep implements AutoCloseable {
    private static final int GENERATED_ROWS = 3;

    private final Database db;
    private final MigrationSettings settings;
    private final Seeds seeds;
    private final MigrationFindings findings;
    private final Log log;
    private final LintStep lint;
    private final PlainChain plain;
    private final ObjectOrigins origins;
    private final RowsRetry retry;
    private final RowsChain rows;
    private final InPlaceReset reset;
    private final PhaseTimes times = new PhaseTimes();
    private final Snapshots snapshots;
    private Workbench bench;
    private CatalogSnapshot current;
    private boolean dirty;
    private String chainBase;

    /** @param lint lints new migrations before they are applied; null for none */
    RoundTripStep(Database db, MigrationSettings settings, Seeds seeds, MigrationFindings findings, Log log,
                  LintStep lint, ObjectOrigins origins) {
        this.db = db;
        this.settings = settings;
        this.seeds = seeds;
        this.findings = findings;
        this.log = log;
        this.lint = lint;
        this.origins = origins;
        this.plain = PlainChain.create(db, settings, seeds, log);
        this.retry = new RowsRetry(db, settings, plain, findings);
        this.rows = new RowsChain(db, settings, plain, origins::tablesCreatedBy, this::allTables, log);
        this.reset = new InPlaceReset(db, settings, seeds, rows, log);
        this.bench = Workbench.open(db, settings);
        this.snapshots = new Snapshots(settings.roundTrip().snapshot(), log, times);
        snapshots.attach(bench);
    }

    /** The workbench's URL, at the plain-chain state when the last round trip left anything behind. */
    String url() {
        ensureFresh();
        return bench.url();
    }

    /**
     * A copy of the state before the first round-tripped version (empty, or right after schema.migrations.from),
     * for the chain check; null when no version was round-tripped.
     */
    String chainBase() {
        return chainBase;
    }

    /**
     * The safety net of incremental snapshots: the catalog they built against one whole read of the workbench at
     * the end. They agree unless an event trigger missed a change; then the findings may differ from a full run.
     */
    void verifySnapshots() {
        if (dirty) {
            return; // the next workbench is a fresh copy: nothing incremental left to check
        }
        snapshots.verify().ifPresent(differences -> log.warn("schema.migrations.snapshot=incremental missed changes"
                + " that a whole read of the catalog shows: " + differences + ". The findings may differ from"
                + " -Dschema.migrations.snapshot=full: rerun with it, and report this."));
    }

    PlainChain plain() {
        return plain;
    }

    /**
     * {@link PlainPrefix} applied the first versions on the plain chain: the next version starts from a copy of
     * it, with generated rows in its tables (filled once, as after a round trip that left anything behind).
     */
    void continueFromPlain() {
        rows.resync();
        current = null;
        dirty = true;
    }

    /** Applies without a round trip (versions up to schema.migrations.from, or every one for schema:lint). */
    MigrationOutcome applyOnly(VersionedMigration m, String why) {
        ensureFresh();
        if (lint != null) {
            lint.before(m, bench.migrationConnection());
        }
        RowsRetry.Applied applied = apply(m);
        if (applied.failed()) {
            return failed(m, applied.millis());
        }
        current = null;
        Map<String, String> unfilled = seed(m, null);
        log.info(line(m, "up " + applied.millis() + " ms · applied only (" + why + ")" + applied.note()));
        LintStep.log(lint, log);
        return outcome(m, Outcome.APPLIED, applied.millis(), null, null,
                new RoundTrip(Status.NOT_ROUND_TRIPPED, display(m.undo()), List.of(), 0, unfilled, why));
    }

    MigrationOutcome roundTrip(VersionedMigration m) {
        if (chainBase == null) {
            chainBase = times.time("copy", () -> plain.copy("chainbase"));
        }
        ensureFresh();
        CatalogSnapshot before = current != null ? current : snapshot();
        if (lint != null) {
            lint.before(m, bench.migrationConnection());
        }
        MigrationOutcome outcome = roundTrip(m, before);
        LintStep.log(lint, log);
        return outcome;
    }

    private MigrationOutcome roundTrip(VersionedMigration m, CatalogSnapshot before) {
        Map<String, TableFingerprint> dataBefore = fingerprint(before, before.tables());
        RowsRetry.Applied first = apply(m);
        if (first.failed()) {
            return failed(m, first.millis());
        }
        if (first.dataBefore() != null) {
            dataBefore = first.dataBefore();
        }
        Long up = first.millis();
        CatalogSnapshot applied = snapshot();
        origins.record(m, CatalogDiff.compare(before, applied));
        if (m.irreversible() || m.undo() == null || isBlank(m.undo(), settings.flyway().encoding())) {
            current = applied;
            return withoutUndo(m, before, up, first.note());
        }
        long start = System.nanoTime();
        snapshots.begin();
        Optional<StepFailure> failure = undo(m);
        snapshots.end(failure.isEmpty());
        times.add("undo", System.nanoTime() - start);
        Long down = millisSince(start);
        if (failure.isPresent()) {
            findings.addFailure(Rule.MIGRATION_UNDO_FAILED, failure.get(), m.version(),
                    "Fix " + display(m.undo()) + " so that it reverses " + display(m.script()) + ".");
            return finish(m, up, down, null, Status.UNDO_FAILED, List.of(), 0, before, first.note(),
                    new InPlaceReset.End(Status.UNDO_FAILED, applied, null, List.of(), List.of(), 0, failure.get()));
        }
        CatalogSnapshot undone = snapshot();
        List<CatalogDifference> residue = CatalogDiff.compare(before, undone);
        residue.forEach(d -> residue(m, d));
        Set<String> kept = new HashSet<>(before.tables());
        kept.retainAll(undone.tables());
        Map<String, TableFingerprint> dataAfter = fingerprint(before, kept);
        long rowsKept = checkData(m, dataBefore, dataAfter);
        start = System.nanoTime();
        snapshots.begin();
        failure = bench.steps().apply(List.of(m));
        snapshots.end(failure.isEmpty());
        times.add("apply again", System.nanoTime() - start);
        Long reapply = millisSince(start);
        if (failure.isPresent()) {
            findings.addFailure(Rule.MIGRATION_REAPPLY_FAILED, failure.get(), m.version(),
                    "The undo did not fully reverse " + m.label() + ": make " + display(m.undo()) + " drop what "
                            + display(m.script()) + " creates.");
            return finish(m, up, down, reapply, Status.REAPPLY_FAILED, describe(residue), rowsKept, before, first.note(),
                    new InPlaceReset.End(Status.REAPPLY_FAILED, applied, undone, residue, List.of(), rowsKept,
                            failure.get()));
        }
        CatalogSnapshot reapplied = snapshot();
        List<CatalogDifference> drift = CatalogDiff.compare(applied, reapplied);
        drift.forEach(d -> findings.add(Rule.MIGRATION_REAPPLY_DRIFT, m.script(), m.version(), d.path(),
                m.label() + " applied again differs from the first time: " + d.describe() + ". Make "
                        + display(m.undo()) + " reverse everything " + display(m.script()) + " does.", details(d)));
        current = reapplied;
        Status status = !residue.isEmpty() ? Status.RESIDUE : !drift.isEmpty() ? Status.DRIFT
                : rowsKept < 0 ? Status.DATA_LOST : Status.RESTORED;
        List<String> diff = describe(residue.isEmpty() ? drift : residue);
        return finish(m, up, down, reapply, status, diff, Math.max(rowsKept, 0), before, first.note(),
                new InPlaceReset.End(status, applied, reapplied, residue, drift, rowsKept, null));
    }

    /** Applies m, retrying on fewer rows when it fails (see {@link RowsRetry}); the workbench may be replaced. */
    private RowsRetry.Applied apply(VersionedMigration m) {
        long start = System.nanoTime();
        snapshots.begin();
        Optional<StepFailure> failure = bench.steps().apply(List.of(m));
        snapshots.end(failure.isEmpty());
        times.add("apply", System.nanoTime() - start);
        Long up = millisSince(start);
        if (failure.isEmpty()) {
            long chains = System.nanoTime();
            plain.add(m);
            times.add("plain chain", System.nanoTime() - chains);
            chains = System.nanoTime();
            rows.add(m);
            times.add("rows chain", System.nanoTime() - chains);
            return RowsRetry.Applied.on(up);
        }
        RowsRetry.Result result = retry.retry(m, bench, failure.get(), up);
        if (result.workbench() != null) {
            rows.resync(); // it does not apply with the generated rows: rebuild them from the plain chain
            Workbench old = bench;
            bench = result.workbench();
            snapshots.attach(bench);
            discard(old);
            current = null;
            dirty = true; // the state now lacks the rows earlier versions got: start the next version afresh
        } else {
            dirty = true;
            snapshots.forget();
        }
        return result.applied();
    }

    private MigrationOutcome failed(VersionedMigration m, Long up) {
        log.info(line(m, "FAILED after " + up + " ms · the chain goes on without " + m.label()));
        return outcome(m, Outcome.FAILED, up, null, null, null);
    }

    private MigrationOutcome withoutUndo(VersionedMigration m, CatalogSnapshot before, Long up, String retryNote) {
        Status status;
        String note;
        if (m.irreversible()) {
            status = Status.IRREVERSIBLE;
            note = "irreversible: " + m.irreversibleReason();
        } else {
            status = Status.NO_UNDO;
            note = m.undo() == null ? "no undo script" : display(m.undo()) + " is empty";
            String expected = ScriptNames.undoName(m);
            String what = m.undo() == null ? "has no undo script" : "has an empty undo script, " + display(m.undo());
            findings.add(Rule.MIGRATION_UNDO_MISSING, m.undo() != null ? m.undo() : m.script(), m.version(), null,
                    m.label() + " (" + display(m.script()) + ") " + what + ". Write "
                            + (m.undo() == null ? expected + " beside it" : "the statements that reverse it into "
                            + display(m.undo())) + ", or mark it irreversible with a line"
                            + " '-- schemagate:irreversible <reason>' in the script.", null);
        }
        Map<String, String> unfilled = seed(m, before);
        log.info(line(m, "up " + up + " ms · not rolled back (" + note + ")" + retryNote));
        return outcome(m, Outcome.APPLIED, up, null, null, new RoundTrip(status, display(m.undo()), List.of(), 0, unfilled, note));
    }

    private MigrationOutcome finish(VersionedMigration m, Long up, Long down, Long reapply, Status status,
                                    List<String> diff, long rowsKept, CatalogSnapshot before, String retryNote,
                                    InPlaceReset.End end) {
        boolean leftovers = status != Status.RESTORED;
        Map<String, String> unfilled = leftovers ? Map.of() : seed(m, before);
        if (leftovers && !dirty) {
            // dirty already: the version applied only on another database (RowsRetry); that one is never reset
            snapshots.forget();
            Optional<CatalogSnapshot> now = reset.reset(bench, m, before, end);
            now.ifPresent(snapshot -> current = snapshot);
            dirty = now.isEmpty();
        }
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
                + " · " + verdict + retryNote));
        return outcome(m, Outcome.APPLIED, up, down, reapply,
                new RoundTrip(status, display(m.undo()), diff, rowsKept, unfilled, null));
    }

    /**
     * After a round trip that left anything behind and could not be reset in place ({@link InPlaceReset}): a copy
     * of the plain chain, with generated rows again.
     */
    private void ensureFresh() {
        if (!dirty) {
            return;
        }
        Workbench old = bench;
        bench = times.time("copy", () -> Workbench.at(db, rows.copy(), settings));
        snapshots.attach(bench);
        discard(old);
        current = null;
        dirty = false;
    }

    /** The user's tables of a database (not Flyway's history tables), {@code schema.table}. */
    private java.util.Collection<String> allTables(java.sql.Connection c) {
        List<String> tables = new java.util.ArrayList<>();
        try (var ps = c.prepareStatement("SELECT n.nspname || '.' || c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p')"
                + " AND n.nspname NOT IN ('pg_catalog', 'information_schema', '" + ChangeTracker.SCHEMA + "')"
                + " AND n.nspname NOT LIKE 'pg\\_%'"
                + " AND c.relname NOT IN (?, ?) AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.objid = c.oid"
                + " AND d.deptype = 'e') ORDER BY 1")) {
            ps.setString(1, bench.steps().historyTable());
            ps.setString(2, FlywaySteps.UNDO_TABLE);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    tables.add(rs.getString(1));
                }
            }
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot list the tables: " + e.getMessage(), e);
        }
        return tables;
    }

    private void discard(Workbench old) {
        old.close();
        if (!old.url().equals(db.jdbcUrl())) {
            plain.drop(old.url());
        }
    }

    private Optional<StepFailure> undo(VersionedMigration m) {
        try {
            return bench.steps().undo(m, bench.connection());
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot update Flyway's history after undoing " + m.label() + ": " + e.getMessage(), e);
        }
    }

    /** Compares row fingerprints; returns the rows kept, or -1 when rows were lost (findings added). */
    private long checkData(VersionedMigration m, Map<String, TableFingerprint> before, Map<String, TableFingerprint> after) {
        List<dev.schemagate.core.data.DataChange> changes = DataFingerprints.compare(before, after);
        try {
            changes = TriggerAppends.withoutTriggerAppends(bench.connection(), changes,
                    ScriptDiscovery.read(m.undo(), settings.flyway().encoding()));
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot read the trigger functions: " + e.getMessage(), e);
        }
        changes.forEach(c -> findings.add(Rule.MIGRATION_DATA_LOST, m.undo(), m.version(), "/table/" + c.table(),
                m.label() + " and its undo lost data in " + c.table() + ": " + c.reason() + ". Make "
                        + display(m.undo()) + " keep the rows (rename back instead of drop and re-add, copy data back).",
                Map.of("rowsBefore", c.rowsBefore(), "rowsAfter", c.rowsAfter())));
        return changes.isEmpty() ? after.values().stream().mapToLong(f -> Math.max(f.rows(), 0)).sum() : -1;
    }

    private Map<String, TableFingerprint> fingerprint(CatalogSnapshot schema, Set<String> tables) {
        return snapshots.fingerprints(schema, tables);
    }

    /** Runs the migration's seed files, then fills the tables it created that are still empty. */
    private Map<String, String> seed(VersionedMigration m, CatalogSnapshot before) {
        List<Path> files = seeds.forVersion(m.version());
        if (!files.isEmpty()) {
            snapshots.forget(); // seeds run on their own connection, unwatched
        }
        for (Path file : files) {
            try {
                Seeds.run(bench.migrationConnection(), file);
            } catch (SQLException e) {
                Seeds.failure(findings, file, m, e);
            }
        }
        // a seed may create objects; without one, the schema is the one just read
        CatalogSnapshot after = files.isEmpty() && current != null ? current : snapshot();
        current = after;
        Set<String> created = new HashSet<>(after.tables());
        if (before != null) {
            created.removeAll(before.tables());
        }
        return generateRows(created);
    }

    private CatalogSnapshot snapshot() {
        return snapshots.read();
    }

    private Map<String, String> generateRows(Set<String> tables) {
        return times.time("generated rows", () -> generateRowsNow(tables));
    }

    private Map<String, String> generateRowsNow(Set<String> tables) {
        if (tables.isEmpty() || !settings.roundTrip().generatedRows()) {
            return Map.of();
        }
        FillResult fill;
        try {
            fill = RowGenerator.fill(bench.connection(), tables.stream().sorted().toList(), GENERATED_ROWS);
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot generate rows for " + tables + ": " + e.getMessage(), e);
        }
        snapshots.rowsWritten(fill.inserted().keySet());
        fill.unfillable().forEach((table, reason) -> log.debug("no generated rows for " + table + ": " + reason));
        return fill.unfillable();
    }

    private MigrationOutcome outcome(VersionedMigration m, Outcome outcome, Long up, Long down, Long reapply, RoundTrip rt) {
        return new MigrationOutcome(m.version(), m.description(), display(m.script()), "SQL", outcome, up, down, reapply, rt);
    }

    static String line(VersionedMigration m, String rest) {
        return String.format("%-6s %-36s %s", m.label(), m.description(), rest);
    }

    /** A residue finding; for an object left behind, the undo's line that names it, or that none does. */
    private void residue(VersionedMigration m, CatalogDifference d) {
        ResidueHint.Hint hint = ResidueHint.of(m.undo(), display(m.undo()), d);
        Map<String, Object> details = details(d);
        if (hint != null && hint.statement() != null) {
            details.put("statement", hint.statement());
        }
        findings.add(Rule.MIGRATION_ROLLBACK_RESIDUE, m.undo(), hint == null ? null : hint.line(), m.version(), d.path(),
                m.label() + " rollback: " + d.describe() + ". " + (hint == null ? "" : hint.advice() + " ") + "Make "
                        + display(m.undo()) + " restore it exactly (or mark " + m.label() + " irreversible).", details);
    }

    static Map<String, Object> details(CatalogDifference d) {
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

    private static boolean isBlank(Path file, java.nio.charset.Charset encoding) {
        return ScriptDiscovery.read(file, encoding).isBlank();
    }

    private String display(Path file) {
        return findings.display(file);
    }

    static Long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Override
    public void close() {
        log.debug("Round trip time by phase: " + times.describe() + "; snapshots " + snapshots.describe());
        try {
            bench.close();
            rows.close();
        } finally {
            plain.close();
        }
    }
}
