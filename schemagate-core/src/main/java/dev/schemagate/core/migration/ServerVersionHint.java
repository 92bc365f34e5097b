package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaProperties;

import java.sql.SQLException;

/**
 * A statement that fails on syntax may be valid on the PostgreSQL major production runs (a
 * 13-era construct rejected by 17, or the other way round): name the server and the property.
 */
final class ServerVersionHint {
    // SQLSTATE 42601 syntax_error, 42804 datatype_mismatch, 42P13 invalid_function_definition, 42883 undefined_function
    private static final java.util.Set<String> STATES = java.util.Set.of("42601", "42804", "42P13", "42883");

    private ServerVersionHint() {
    }

    static String of(Throwable failure, String serverVersion) {
        if (serverVersion == null) {
            return "";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && STATES.contains(sql.getSQLState())) {
                return " The throwaway server runs PostgreSQL " + serverVersion + "; if production runs another"
                        + " major, test on it with -D" + SchemaProperties.DB_VERSION + "=<13..17>.";
            }
        }
        return "";
    }
}
