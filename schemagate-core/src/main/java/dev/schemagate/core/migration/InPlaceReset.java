package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.catalog.CatalogDiff;
import dev.schemagate.core.catalog.CatalogDifference;
import dev.schemagate.core.catalog.CatalogSnapshot;
import dev.schemagate.core.data.DataFingerprints;
import dev.schemagate.core.data.RowGenerator;
import dev.schemagate.core.data.TableFingerprint;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.migration.MigrationOutcome.Status;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * After a round trip that left anything behind, the workbench is brought to the plain-chain state in place when
 * that state is known, instead of copying the rows chain again (a {@code CREATE DATABASE … TEMPLATE} that costs
 * more the bigger the schema):
 * <ul>
 * <li>an undo that failed inside its transaction left the state right after the first apply, exactly;</li>
 * <li>an undo that left only new tables behind, and restored the data of the others, was followed by an apply
 *     that gave the clean round trip's state plus those tables: they are dropped;</li>
 * <li>an undo that changed nothing in the catalog, followed by an apply that failed inside its transaction, left
 *     the first apply's catalog: the version's history row is put back, and the result must equal the rows
 *     chain (catalog, history, every table's fingerprint), since nothing else tells what the undo did to rows.</li>
 * </ul>
 * Each time the catalog must then equal the first apply's; then the version's seeds and generated rows follow, as
 * on the rows chain. Anything else, or any doubt, and the next version starts from a copy. Nothing here reports:
 * the verdicts stay the round trip's.
 */
final class InPlaceReset {
    private static final int GENERATED_ROWS = 3;

    private final Database db;
    private final MigrationSettings settings;
    private final Seeds seeds;
    private final RowsChain rows;
    private final Log log;

    InPlaceReset(Database db, MigrationSettings settings, Seeds seeds, RowsChain rows, Log log) {
        this.db = db;
        this.settings = settings;
        this.seeds = seeds;
        this.rows = rows;
        this.log = log;
    }

    /**
     * Where a round trip ended.
     *
     * @param applied  the catalog right after the first apply
     * @param last     the catalog at the end (after the undo, or after applying again); null when the undo failed
     * @param residue  before vs after the undo
     * @param drift    applied vs applied again (empty unless it applied again)
     * @param rowsKept the rows kept by the undo, or -1 when it lost or changed rows
     * @param failure  the undo's or the second apply's failure; null when both ran
     */
    record End(Status status, CatalogSnapshot applied, CatalogSnapshot last, List<CatalogDifference> residue,
               List<CatalogDifference> drift, long rowsKept, StepFailure failure) {
    }

    /** @return the workbench's catalog, now at the plain-chain state; empty when the workbench needs a fresh copy */
    Optional<CatalogSnapshot> reset(Workbench bench, VersionedMigration m, CatalogSnapshot before, End end) {
        try {
            boolean compareRows;
            CatalogSnapshot now;
            switch (end.status()) {
                case UNDO_FAILED -> {
                    if (!end.failure().inTransaction()) {
                        return none(m, "its undo did not run in a transaction");
                    }
                    compareRows = false;
                    now = bench.snapshot();
                }
                case RESIDUE -> {
                    if (!dropTablesTheUndoLeft(bench, end)) {
                        return none(m, "its undo left more than new tables, or changed rows");
                    }
                    compareRows = false;
                    now = bench.snapshot();
                }
                case REAPPLY_FAILED -> {
                    if (!end.failure().inTransaction() || !CatalogDiff.compare(end.applied(), end.last()).isEmpty()
                            || !bench.steps().restoreHistory(bench.connection(), m.version())) {
                        return none(m, "its undo changed the catalog");
                    }
                    compareRows = true;
                    now = end.last(); // applying again was rolled back: the catalog is the undo's, the first apply's
                }
                default -> {
                    return none(m, "of " + end.status());
                }
            }
            if (!CatalogDiff.compare(end.applied(), now).isEmpty()) {
                return none(m, "the catalog is not the first apply's");
            }
            now = seed(bench, m, before, now);
            if (compareRows && !matchesRowsChain(bench, now)) {
                return none(m, "it differs from the plain chain");
            }
            return Optional.of(now);
        } catch (SQLException | RuntimeException e) {
            return none(m, e.getMessage());
        }
    }

    private Optional<CatalogSnapshot> none(VersionedMigration m, String why) {
        log.debug(m.label() + ": the next version starts from a fresh copy of the plain chain, as " + why);
        return Optional.empty();
    }

    /**
     * The tables the undo added (and nothing else), when the data of every other table came back and applying
     * again changed nothing but them: dropping them gives the clean round trip's state.
     */
    private static boolean dropTablesTheUndoLeft(Workbench bench, End end) throws SQLException {
        Set<String> left = addedTables(end.residue());
        if (end.rowsKept() < 0 || left.isEmpty() || !left.equals(addedTables(end.drift()))
                || !within(end.residue(), left) || !within(end.drift(), left)) {
            return false;
        }
        try (Statement s = bench.connection().createStatement()) {
            for (String path : left) {
                s.execute("DROP TABLE " + RowsRetry.quote(path.substring("/table/".length())));
            }
        }
        return true;
    }

    private static Set<String> addedTables(List<CatalogDifference> diffs) {
        Set<String> tables = new HashSet<>();
        for (CatalogDifference d : diffs) {
            if (d.change() == CatalogDifference.Change.ADDED && d.path().startsWith("/table/")
                    && d.path().chars().filter(ch -> ch == '/').count() == 2) {
                tables.add(d.path());
            }
        }
        return tables;
    }

    private static boolean within(List<CatalogDifference> diffs, Set<String> tables) {
        return diffs.stream().allMatch(d -> d.change() == CatalogDifference.Change.ADDED
                && tables.stream().anyMatch(t -> d.path().equals(t) || d.path().startsWith(t + "/")));
    }

    /** The version's seed files and generated rows, as the rows chain gets them (a failing seed fails there too). */
    private CatalogSnapshot seed(Workbench bench, VersionedMigration m, CatalogSnapshot before, CatalogSnapshot now)
            throws SQLException {
        List<Path> files = seeds.forVersion(m.version());
        for (Path file : files) {
            try {
                Seeds.run(bench.connection(), file);
            } catch (SQLException e) {
                log.debug("Seed " + file + " fails after the round trip too: " + e.getMessage());
            }
        }
        if (!files.isEmpty()) {
            now = bench.snapshot(); // a seed may create objects
        }
        Set<String> created = new HashSet<>(now.tables());
        created.removeAll(before.tables());
        if (!created.isEmpty() && settings.roundTrip().generatedRows()) {
            RowGenerator.fill(bench.connection(), created.stream().sorted().toList(), GENERATED_ROWS);
        }
        return now;
    }

    private boolean matchesRowsChain(Workbench bench, CatalogSnapshot now) throws SQLException {
        try (Connection c = db.connect(rows.state())) {
            CatalogSnapshot reference = Workbench.snapshot(c, settings);
            if (!CatalogDiff.compare(reference, now).isEmpty()
                    || !FlywaySteps.versions(c, settings).equals(FlywaySteps.versions(bench.connection(), settings))) {
                return false;
            }
            Map<String, List<String>> columns = new LinkedHashMap<>();
            reference.tables().stream().sorted().forEach(t -> columns.put(t, reference.columnsOf(t)));
            Map<String, TableFingerprint> expected = DataFingerprints.read(c, columns);
            return expected.equals(DataFingerprints.read(bench.connection(), columns));
        }
    }
}
