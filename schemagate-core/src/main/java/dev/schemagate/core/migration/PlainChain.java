package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.db.Database;
import dev.schemagate.core.db.PgErrors;

import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;

/**
 * The plain chain: a database on the same server where every version that applies is applied once,
 * with its seed files, never rolled back and without generated rows: the state a plain
 * {@code migrate} gives. A version is judged from a copy of it ({@code CREATE DATABASE … TEMPLATE})
 * whenever the previous round trip left anything behind, instead of re-running the migrations.
 * Versions join it as the pass goes and are applied when a copy is asked for, so a clean history
 * pays for them only when something needs a fresh state.
 */
final class PlainChain implements AutoCloseable {
    private final Database db;
    private final MigrationSettings settings;
    private final Seeds seeds;
    private final Log log;
    private final String prefix = "sg" + HexFormat.of().formatHex(new SecureRandom().generateSeed(3));
    private final List<VersionedMigration> pending = new ArrayList<>();
    private final List<String> copies = new ArrayList<>();
    private String url;
    private FlywaySteps steps;
    private int counter;

    private PlainChain(Database db, MigrationSettings settings, Seeds seeds, Log log) {
        this.db = db;
        this.settings = settings;
        this.seeds = seeds;
        this.log = log;
    }

    static PlainChain create(Database db, MigrationSettings settings, Seeds seeds, Log log) {
        PlainChain chain = new PlainChain(db, settings, seeds, log);
        try {
            chain.url = db.createDatabase(chain.prefix + "_plain");
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot create the plain-chain database: "
                    + db.password().scrub(e.getMessage()), e);
        }
        ManagedSchemas.create(db, chain.url, settings.schemas());
        chain.steps = new FlywaySteps(db, chain.url, settings);
        return chain;
    }

    /** The version joins the chain (applied with its seeds before the next copy). */
    void add(VersionedMigration m) {
        pending.add(m);
    }

    /**
     * A new database with the chain's state: every version added so far, and their seed rows.
     * Drop it with {@link #drop} when done; whatever is left goes at {@link #close}.
     */
    String copy(String what) {
        catchUp();
        try {
            String copy = db.copyDatabase(prefix + "_" + what + (++counter), url);
            copies.add(copy);
            return copy;
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot copy the plain-chain database: " + db.password().scrub(e.getMessage()), e);
        }
    }

    /** A new database copied from another one of this run (the chain check's base). */
    String copyOf(String sourceUrl, String what) {
        try {
            String copy = db.copyDatabase(prefix + "_" + what + (++counter), sourceUrl);
            copies.add(copy);
            return copy;
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot copy a database: " + db.password().scrub(e.getMessage()), e);
        }
    }

    /**
     * The chain goes on from another database that holds the state after {@code m} (a version that only
     * applies on empty tables); that database's seeds for {@code m} are run here.
     */
    void continueFrom(String otherUrl, VersionedMigration m) {
        pending.clear();
        String old = url;
        try {
            url = db.copyDatabase(prefix + "_plain" + (++counter), otherUrl);
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot copy a database: " + db.password().scrub(e.getMessage()), e);
        }
        steps.close();
        steps = new FlywaySteps(db, url, settings);
        drop(old);
        seed(m);
    }

    /** An empty database of this run with the managed schemas ({@link PlainPrefix} applies the prefix in it). */
    String empty(String what) {
        try {
            String empty = db.createDatabase(prefix + "_" + what + (++counter));
            copies.add(empty);
            ManagedSchemas.create(db, empty, settings.schemas());
            return empty;
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot create a database: " + db.password().scrub(e.getMessage()), e);
        }
    }

    /**
     * The chain goes on from a database of this run that holds every version so far and their seeds
     * ({@link PlainPrefix}'s); the old one is dropped.
     */
    void adopt(String otherUrl) {
        catchUp();
        copies.remove(otherUrl);
        String old = url;
        url = otherUrl;
        steps.close();
        steps = new FlywaySteps(db, url, settings);
        drop(old);
    }

    void drop(String copy) {
        copies.remove(copy);
        try {
            db.dropDatabase(copy);
        } catch (SQLException e) {
            log.debug("Could not drop " + copy + " yet (it goes with the server): " + e.getMessage());
        }
    }

    private void catchUp() {
        for (VersionedMigration m : pending) {
            Optional<StepFailure> failure = steps.apply(List.of(m));
            if (failure.isPresent()) {
                // it applied where the round trip ran; without the generated rows it does not
                log.warn(m.label() + " applies with generated rows but not on the plain chain (seed rows only): "
                        + PgErrors.describe(failure.get()) + "; later versions are judged without it.");
                continue;
            }
            seed(m);
        }
        pending.clear();
        steps.close(); // the chain is copied next: nobody may be connected to it
    }

    private void seed(VersionedMigration m) {
        seed(url, m);
    }

    /** Runs the version's seed files in a database of this run; a failure was already reported by the round trip. */
    void seed(String target, VersionedMigration m) {
        List<Path> files = seeds.forVersion(m.version());
        if (files.isEmpty()) {
            return;
        }
        try (Connection c = db.connectForMigrations(target)) {
            for (Path file : files) {
                try {
                    Seeds.run(c, file);
                } catch (SQLException e) {
                    log.debug("Seed " + file + " fails on the plain chain too: " + PgErrors.describe(e));
                }
            }
        } catch (SQLException e) {
            throw new SchemaGateException("Lost the connection to the plain-chain database: " + e.getMessage(), e);
        }
    }

    @Override
    public void close() {
        steps.close();
        for (String copy : List.copyOf(copies)) {
            drop(copy);
        }
        drop(url);
    }
}
