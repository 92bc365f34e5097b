package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.db.Database;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * schema.db.roles: roles the migrations GRANT to that exist in production, created NOLOGIN on the
 * throwaway server before the first migration (roles belong to the server, so every database sees them).
 */
final class Roles {
    private Roles() {
    }

    static void create(Database db, List<String> roles, Log log) {
        if (roles.isEmpty()) {
            return;
        }
        List<String> created = new ArrayList<>();
        try (Connection c = db.connect(); PreparedStatement exists = c.prepareStatement(
                "SELECT 1 FROM pg_roles WHERE rolname = ?"); Statement s = c.createStatement()) {
            for (String role : roles) {
                exists.setString(1, role);
                try (ResultSet rs = exists.executeQuery()) {
                    if (rs.next()) {
                        continue;
                    }
                }
                s.execute("CREATE ROLE " + quote(role) + " NOLOGIN");
                created.add(role);
            }
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot create the roles of " + dev.schemagate.core.SchemaProperties.DB_ROLES
                    + " " + roles + ": " + db.password().scrub(e.getMessage()), e);
        }
        log.info("Roles (" + dev.schemagate.core.SchemaProperties.DB_ROLES + "): " + (created.isEmpty()
                ? "all of " + roles + " exist already" : "created " + created + " NOLOGIN"));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }
}
