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
 * a failed undo or re-apply it is replaced by a fresh database brought to the same version.
 */
final class Workbench implements AutoCloseable {
    private final Database db;
    private final MigrationSettings settings;
    private final FlywaySteps steps;
    private final Connection connection;
    private int rebuilds;

    private Workbench(Database db, String url, MigrationSettings settings, int rebuilds) {
        this.db = db;
        this.settings = settings;
        this.rebuilds = rebuilds;
        this.steps = new FlywaySteps(db, url, settings);
        try {
            this.connection = db.connect(url);
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot connect to the throwaway database: " + db.password().scrub(e.getMessage()), e);
        }
    }

    static Workbench open(Database db, MigrationSettings settings) {
        return new Workbench(db, db.jdbcUrl(), settings, 0);
    }

    /** A fresh, empty database on the same server; the caller brings it to the right version. */
    Workbench fresh() {
        close();
        int next = rebuilds + 1;
        try {
            return new Workbench(db, db.createDatabase("rebuild" + next), settings, next);
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot create a database to rebuild from: " + db.password().scrub(e.getMessage()), e);
        }
    }

    FlywaySteps steps() {
        return steps;
    }

    Connection connection() {
        return connection;
    }

    CatalogSnapshot snapshot() {
        try {
            return CatalogReader.read(connection, new CatalogOptions(settings.columnOrder(), settings.compareGrants(),
                    excludedTables()));
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot read the database catalog: " + e.getMessage(), e);
        }
    }

    private Set<String> excludedTables() throws SQLException {
        Set<String> excluded = new HashSet<>();
        try (var ps = connection.prepareStatement("SELECT n.nspname || '.' || c.relname FROM pg_class c"
                + " JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relname IN (?, ?)")) {
            ps.setString(1, steps.historyTable());
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
        try {
            connection.close();
        } catch (SQLException e) {
            // the server may already be gone; nothing to keep
        }
    }
}
