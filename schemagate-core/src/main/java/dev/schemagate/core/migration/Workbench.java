package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.catalog.CatalogOptions;
import dev.schemagate.core.catalog.CatalogReader;
import dev.schemagate.core.catalog.CatalogSnapshot;
import dev.schemagate.core.db.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.Set;

/**
 * The database the round trip works in, with one open connection for snapshots and seeds. After
 * a round trip that left anything behind it is replaced by a copy of the plain chain ({@link PlainChain}).
 */
final class Workbench implements AutoCloseable {
    private final Database db;
    private final MigrationSettings settings;
    private final FlywaySteps steps;
    private final Connection connection;
    private final String url;
    private Connection migrationConnection;

    private Workbench(Database db, String url, MigrationSettings settings) {
        this.db = db;
        this.settings = settings;
        this.url = url;
        this.steps = new FlywaySteps(db, url, settings);
        try {
            this.connection = db.connect(url);
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot connect to the throwaway database: " + db.password().scrub(e.getMessage()), e);
        }
    }

    static Workbench open(Database db, MigrationSettings settings) {
        return new Workbench(db, db.jdbcUrl(), settings);
    }

    /** Works in another database of the same server (a copy of the plain chain). */
    static Workbench at(Database db, String url, MigrationSettings settings) {
        return new Workbench(db, url, settings);
    }

    String url() {
        return url;
    }

    FlywaySteps steps() {
        return steps;
    }

    Connection connection() {
        return connection;
    }

    /** A connection as the role migrations run as (schema.db.privileges), for seeds and the lint's observed run. */
    Connection migrationConnection() {
        if (migrationConnection == null) {
            try {
                migrationConnection = db.connectForMigrations(url);
            } catch (SQLException e) {
                throw new SchemaGateException("Cannot connect to the throwaway database as "
                        + db.migrationLogin().user() + ": " + db.password().scrub(e.getMessage()), e);
            }
        }
        return migrationConnection;
    }

    CatalogSnapshot snapshot() {
        return snapshot(connection, settings);
    }

    /** The catalog of any database of this run, without Flyway's history tables. */
    static CatalogSnapshot snapshot(Connection connection, MigrationSettings settings) {
        try {
            return CatalogReader.read(connection, new CatalogOptions(settings.columnOrder(), settings.compareGrants(),
                    excludedTables(connection, settings)));
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    /** What this run's snapshots capture, with Flyway's history tables of this database left out. */
    CatalogOptions catalogOptions() {
        try {
            return new CatalogOptions(settings.columnOrder(), settings.compareGrants(), excludedTables(connection, settings));
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    private static Set<String> excludedTables(Connection connection, MigrationSettings settings) throws SQLException {
        Set<String> excluded = new HashSet<>();
        try (var ps = connection.prepareStatement("SELECT n.nspname || '.' || c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname IN (?, ?)")) {
            ps.setString(1, FlywaySteps.historyTable(settings));
            ps.setString(2, FlywaySteps.UNDO_TABLE);
            try (var rs = ps.executeQuery()) {
                while (rs.next()) {
                    excluded.add(rs.getString(1));
                }
            }
        }
        return excluded;
    }

    @Override
    public void close() {
        steps.close();
        try {
            connection.close();
            if (migrationConnection != null) {
                migrationConnection.close();
            }
        } catch (SQLException e) {
            // the server may already be gone; nothing to keep
        }
    }
}
