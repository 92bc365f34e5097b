package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.CatalogReader;
import dev.schemagate.core.catalog.CatalogSnapshot;
import dev.schemagate.core.catalog.TrackedSnapshot;
import dev.schemagate.core.data.DataFingerprints;
import dev.schemagate.core.data.TableFingerprint;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * The workbench's catalog snapshots and data fingerprints. With schema.migrations.snapshot=full every read is a
 * whole one. With incremental (the default), each step a {@link ChangeTracker} watched is followed by a read of
 * just the objects it touched, and their dependents, merged into the snapshot from before it; and a table's
 * fingerprint is read again only when a step wrote its rows or touched its definition. Anything the tracker did not
 * watch (Flyway's own first migrate, seeds, in-place resets, a new workbench) makes the next read a whole one.
 */
final class Snapshots {
    private final SnapshotMode mode;
    private final Log log;
    private final PhaseTimes times;
    private final boolean[] toldOnce = new boolean[1];
    private Workbench bench;
    private ChangeTracker tracker;
    /** The workbench's catalog as of the last read; null: unknown (the next read is a whole one). */
    private TrackedSnapshot known;
    /** Changes of the steps since that read. */
    private final List<ChangeTracker.Change> pending = new java.util.ArrayList<>();
    /** Fingerprints valid for the workbench now: table → (columns hashed, fingerprint). */
    private final Map<String, Cached> data = new HashMap<>();
    /** The catalog options of the last whole read (Flyway's history table left out), for the partial reads. */
    private dev.schemagate.core.catalog.CatalogOptions options;
    private long partialReads;
    private long tablesRead;
    private long tablesCached;
    private long wholeReads;

    private record Cached(List<String> columns, TableFingerprint fingerprint) {
    }

    Snapshots(SnapshotMode mode, Log log, PhaseTimes times) {
        this.mode = mode;
        this.log = log;
        this.times = times;
    }

    /** The round trip goes on in this workbench from now on (a new one, or the first). */
    void attach(Workbench newBench) {
        bench = newBench;
        tracker = null;
        forget();
        if (mode == SnapshotMode.INCREMENTAL) {
            tracker = times.time("event triggers", () -> ChangeTracker.install(newBench.connection(), log, toldOnce, times))
                    .orElse(null);
            if (tracker != null) {
                newBench.steps().watch(tracker);
                genericPlans(newBench);
            }
        }
    }

    /**
     * The partial read is one prepared statement run hundreds of times with different oids: planning its dozen
     * branches each time would cost as much as running it.
     */
    private static void genericPlans(Workbench bench) {
        try (Statement st = bench.connection().createStatement()) {
            st.execute("SET plan_cache_mode = force_generic_plan");
        } catch (SQLException e) {
            // only slower
        }
    }

    /** The workbench changed in ways no tracker saw: the next reads are whole ones. */
    void forget() {
        known = null;
        options = null;
        pending.clear();
        data.clear();
    }

    /** Before a step the runner runs. */
    void begin() {
        if (tracker != null) {
            tracker.begin();
        }
    }

    /** After that step (its script ran to its end, or not). */
    void end(boolean succeeded) {
        if (tracker == null) {
            forget();
            return;
        }
        ChangeTracker.Change change = tracker.end(succeeded);
        if (change.full()) {
            forget();
            return;
        }
        pending.add(change);
        if (change.allRows() || known == null) {
            data.clear(); // without a snapshot of the state before the step, its tables have no names to go by
        } else {
            changedTables(known, change).forEach(data::remove);
        }
    }

    /** The workbench's catalog now. */
    CatalogSnapshot read() {
        return times.time("snapshot", this::readNow);
    }

    private CatalogSnapshot readNow() {
        try {
            if (known == null || tracker == null) {
                if (!pending.isEmpty()) {
                    data.clear();
                }
                wholeRead();
            } else if (!pending.isEmpty()) {
                partialReads++;
                TrackedSnapshot before = known;
                Set<Long> owners = new HashSet<>();
                long t1 = System.nanoTime();
                for (ChangeTracker.Change c : pending) {
                    owners.addAll(owners(before, c));
                }
                times.add("snapshot: owners", System.nanoTime() - t1);
                known = CatalogReader.readPart(bench.connection(), options, before, owners);
                if (namesHistoryTable(known, before)) {
                    wholeRead(); // a new table by the history table's name: is it Flyway's? A whole read says
                }
                for (ChangeTracker.Change c : pending) {
                    changedTables(known, c).forEach(data::remove); // renamed tables, under their new names
                }
            }
            pending.clear();
            return known.snapshot();
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    private void wholeRead() throws SQLException {
        wholeReads++;
        options = bench.catalogOptions();
        known = CatalogReader.readTracked(bench.connection(), options);
    }

    private boolean namesHistoryTable(TrackedSnapshot now, TrackedSnapshot before) {
        String suffix = "." + bench.steps().historyTable();
        for (String table : now.snapshot().tables()) {
            if (table.endsWith(suffix) && !before.snapshot().tables().contains(table)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The top-level objects a change may have altered in {@code before}'s terms and in the database's now: those the
     * tracker mapped (existing objects and their dependents), those the snapshot knew the touched oids under (dropped
     * and renamed objects), and every object whose attributes in the snapshot name one of them (what depended on
     * them before the step, as a partition on the table it was detached from). Rows written change no catalog.
     */
    private static Set<Long> owners(TrackedSnapshot before, ChangeTracker.Change c) {
        Set<Long> owners = new HashSet<>(c.owners());
        for (long oid : c.objects()) {
            Long owner = before.ownerOf(oid);
            if (owner != null) {
                owners.add(owner);
            }
        }
        owners.addAll(before.mentioning(owners));
        return owners;
    }

    private static Set<String> changedTables(TrackedSnapshot snapshot, ChangeTracker.Change c) {
        Set<Long> oids = new HashSet<>(c.owners());
        oids.addAll(c.written());
        for (long oid : c.objects()) {
            Long owner = snapshot.ownerOf(oid);
            oids.add(owner != null ? owner : oid);
        }
        return snapshot.tablesOf(oids);
    }

    /**
     * Fingerprints of the given tables now, with the columns {@code schema} lists for them; a table no step touched
     * since its last fingerprint is not read again.
     */
    Map<String, TableFingerprint> fingerprints(CatalogSnapshot schema, Collection<String> tables) {
        return times.time("fingerprint", () -> fingerprintsNow(schema, tables));
    }

    private Map<String, TableFingerprint> fingerprintsNow(CatalogSnapshot schema, Collection<String> tables) {
        Map<String, List<String>> toRead = new LinkedHashMap<>();
        Map<String, TableFingerprint> result = new TreeMap<>();
        for (String t : tables.stream().sorted().toList()) {
            List<String> columns = schema.columnsOf(t);
            Cached cached = tracker == null ? null : data.get(t);
            if (cached != null && cached.columns().equals(columns)) {
                result.put(t, cached.fingerprint());
            } else {
                toRead.put(t, columns);
            }
        }
        tablesCached += result.size();
        tablesRead += toRead.size();
        if (!toRead.isEmpty()) {
            Map<String, TableFingerprint> read;
            try {
                read = DataFingerprints.read(bench.connection(), toRead);
            } catch (SQLException e) {
                throw new SchemaGateException("Cannot fingerprint the table data: " + e.getMessage(), e);
            }
            read.forEach((t, fp) -> {
                result.put(t, fp);
                if (tracker != null) {
                    data.put(t, new Cached(toRead.get(t), fp));
                }
            });
        }
        return result;
    }

    /**
     * The tool wrote rows into these tables (generated rows) on its own connection: their fingerprints are stale,
     * and so is every other one when a trigger or rule might have written elsewhere.
     */
    void rowsWritten(Collection<String> tables) {
        if (tables.isEmpty()) {
            return;
        }
        tables.forEach(data::remove);
        try (Statement st = bench.connection().createStatement();
             ResultSet rs = st.executeQuery("SELECT EXISTS (SELECT 1 FROM pg_trigger WHERE NOT tgisinternal)"
                     + " OR EXISTS (SELECT 1 FROM pg_rewrite r JOIN pg_class c ON c.oid = r.ev_class"
                     + " WHERE c.relkind IN ('r', 'p') AND r.rulename <> '_RETURN')")) {
            if (!rs.next() || rs.getBoolean(1)) {
                data.clear();
            }
        } catch (SQLException e) {
            data.clear();
        }
    }

    /**
     * The safety net at the end: the catalog as the incremental reads have it against one whole read of the
     * workbench. Empty when they agree (or nothing was read in part); else the differences, for a warning.
     */
    Optional<String> verify() {
        if (known == null || partialReads == 0) {
            return Optional.empty();
        }
        CatalogSnapshot incremental = readNow();
        CatalogSnapshot whole;
        try {
            whole = CatalogReader.read(bench.connection(), bench.catalogOptions());
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot read the database catalog: " + e.getMessage(), e);
        }
        var differences = dev.schemagate.core.catalog.CatalogDiff.compare(incremental, whole);
        return differences.isEmpty() ? Optional.empty()
                : Optional.of(differences.stream().limit(5).map(d -> d.describe()).toList().toString());
    }

    String describe() {
        return mode.property() + (tracker == null && mode == SnapshotMode.INCREMENTAL ? " (unavailable)" : "")
                + ": " + partialReads + " partial and " + wholeReads + " whole catalog reads, " + tablesRead
                + " table fingerprints read and " + tablesCached + " kept";
    }
}
