package dev.schemagate.core.db;

import dev.schemagate.core.SchemaGateException;

import java.nio.file.Files;
import java.sql.SQLException;

/**
 * A server that goes away mid-run (killed, out of memory, out of disk, a dropped network) surfaces as
 * whatever library was talking to it at the time: Flyway, the JDBC driver. This names it once, in the
 * user's terms.
 */
public final class ConnectionLoss {
    private ConnectionLoss() {
    }

    /** True when a cause of {@code e} is a lost connection (SQLSTATE class 08) or the server shutting down (57P0x). */
    public static boolean isLost(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P0"))) {
                return true;
            }
        }
        return false;
    }

    /** The error a front end shows: what happened, where to look, what to do. */
    public static SchemaGateException explain(RuntimeException e, DatabaseSettings settings) {
        String where = settings.provider() == DatabaseProvider.EXTERNAL
                ? "the PostgreSQL server at " + settings.password().scrub(String.valueOf(settings.url()))
                : "the throwaway PostgreSQL";
        String log = settings.provider() != DatabaseProvider.EXTERNAL && Files.exists(settings.logFile())
                ? " See " + settings.logFile() + " for the server's last words." : "";
        return new SchemaGateException("Lost the connection to " + where + " during the migration checks: the server"
                + " stopped (killed, out of memory or out of disk) or the build was interrupted." + log
                + " Nothing of the run is kept; run the build again.", e);
    }
}
