package dev.schemagate.core.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.util.Set;

/** Running a statement that may fail without spoiling the caller's transaction, and reading why it failed. */
final class Sql {
    /** undefined table, undefined column, undefined object, invalid schema, permission denied. */
    private static final Set<String> MISSING = Set.of("42P01", "42703", "42704", "3F000", "42501");
    /** connection, operator intervention (cancel, shutdown), resources, system and internal errors. */
    private static final Set<String> FATAL_CLASSES = Set.of("08", "53", "57", "58", "XX");

    private Sql() {
    }

    interface Work<T> {
        T run() throws SQLException;
    }

    /** Runs the work; inside a transaction, under a savepoint, so that a failure leaves the transaction usable. */
    static <T> T attempt(Connection c, Work<T> work) throws SQLException {
        if (c.getAutoCommit()) {
            return work.run();
        }
        Savepoint savepoint = c.setSavepoint();
        try {
            T result = work.run();
            c.releaseSavepoint(savepoint);
            return result;
        } catch (SQLException e) {
            c.rollback(savepoint);
            throw e;
        }
    }

    /** The statement named a table, column or schema that is gone (or that we may not read). */
    static boolean isMissingObject(SQLException e) {
        return e.getSQLState() != null && MISSING.contains(e.getSQLState());
    }

    /** The connection or server failed, as opposed to the statement or the row being rejected. */
    static boolean isFatal(SQLException e) {
        String state = e.getSQLState();
        return state == null || state.length() < 2 || FATAL_CLASSES.contains(state.substring(0, 2));
    }

    /** PostgreSQL's own message: {@code column "note" does not exist}, without "ERROR:", position or detail. */
    static String message(SQLException e) {
        String text = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        int newline = text.indexOf('\n');
        String first = newline < 0 ? text : text.substring(0, newline);
        return first.startsWith("ERROR: ") ? first.substring("ERROR: ".length()) : first;
    }
}
