package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.data.RowGenerator;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * The plain chain with the generated rows too: every version applied once, with its seed files and generated
 * rows for the tables it creates, never rolled back. A version whose round trip left anything behind is followed
 * by a copy of this one, so the next version starts from the plain-migrate state with rows to protect, without
 * generating rows for every table again. When a version applies on the seed rows but not with the generated
 * ones, this chain is rebuilt from {@link PlainChain} and filled once.
 */
final class RowsChain implements AutoCloseable {
    private static final int GENERATED_ROWS = 3;

    private final Database db;
    private final MigrationSettings settings;
    private final PlainChain plain;
    private final Function<VersionedMigration, Optional<List<String>>> createdTables;
    private final Function<Connection, Collection<String>> allTables;
    private final Log log;
    private final List<VersionedMigration> pending = new ArrayList<>();
    private String url;
    private FlywaySteps steps;

    RowsChain(Database db, MigrationSettings settings, PlainChain plain,
              Function<VersionedMigration, Optional<List<String>>> createdTables,
              Function<Connection, Collection<String>> allTables, Log log) {
        this.db = db;
        this.settings = settings;
        this.plain = plain;
        this.createdTables = createdTables;
        this.allTables = allTables;
        this.log = log;
    }

    void add(VersionedMigration m) {
        pending.add(m);
    }

    /** Drops what was pending and rebuilds from the plain chain at the next copy (after a retried version). */
    void resync() {
        pending.clear();
        if (url != null) {
            plain.drop(url);
        }
        url = null;
    }

    /** A new database with the chain's state and rows (dropped at {@link PlainChain#close} at the latest). */
    String copy() {
        return plain.copyOf(state(), "work");
    }

    /**
     * The chain itself, with every version added so far: the state to compare with. Close connections to it
     * before the next {@link #copy}.
     */
    String state() {
        if (url == null) {
            rebuild();
        } else {
            catchUp();
        }
        return url;
    }

    private void rebuild() {
        pending.clear();
        url = plain.copy("rows");
        if (steps != null) {
            steps.close();
        }
        steps = new FlywaySteps(db, url, settings);
        try (Connection c = db.connect(url)) {
            fill(c, allTables.apply(c));
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot fill the rows chain: " + e.getMessage(), e);
        }
    }

    private void catchUp() {
        for (VersionedMigration m : List.copyOf(pending)) {
            Optional<StepFailure> failure = steps.apply(List.of(m));
            if (failure.isPresent()) {
                log.debug(m.label() + " does not apply with the generated rows; the rows chain is built again from the"
                        + " plain chain");
                steps.close();
                plain.drop(url);
                rebuild();
                return;
            }
            plain.seed(url, m);
            try (Connection c = db.connect(url)) {
                // a version the pass did not snapshot (applied only): every table, filling skips those with rows
                fill(c, createdTables.apply(m).map(t -> (Collection<String>) t).orElseGet(() -> allTables.apply(c)));
            } catch (SQLException e) {
                throw new SchemaGateException("Cannot fill the rows chain: " + e.getMessage(), e);
            }
        }
        pending.clear();
        steps.close(); // the chain is copied next: nobody may be connected to it
    }

    private void fill(Connection c, Collection<String> tables) throws SQLException {
        if (!tables.isEmpty() && settings.roundTrip().generatedRows()) {
            RowGenerator.fill(c, tables.stream().sorted().toList(), GENERATED_ROWS);
        }
    }

    @Override
    public void close() {
        if (steps != null) {
            steps.close();
        }
        if (url != null) {
            plain.drop(url);
        }
    }
}
