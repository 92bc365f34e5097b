package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.db.Database;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * The schemas Flyway manages (flyway schemas / schema.migrations.schemas) exist before the first
 * migration: Flyway creates them on its first migrate, and without this the first migration's
 * round trip would count them as something its undo left behind.
 */
final class ManagedSchemas {
    private ManagedSchemas() {
    }

    static void create(Database db, List<String> schemas) {
        create(db, db.jdbcUrl(), schemas);
    }

    /** In another database of the server (the plain chain, which the chain check copies). */
    static void create(Database db, String url, List<String> schemas) {
        if (schemas.isEmpty()) {
            return;
        }
        try (Connection c = db.connectForMigrations(url); Statement s = c.createStatement()) {
            for (String schema : schemas) {
                s.execute("CREATE SCHEMA IF NOT EXISTS \"" + schema.replace("\"", "\"\"") + "\"");
            }
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot create the schemas Flyway manages " + schemas + ": "
                    + db.password().scrub(e.getMessage()), e);
        }
    }
}
