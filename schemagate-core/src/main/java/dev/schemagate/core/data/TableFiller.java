package dev.schemagate.core.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** Inserts the generated rows of one table, each under a savepoint so that a rejected row costs only itself. */
final class TableFiller {
    private TableFiller() {
    }

    /**
     * @param inserted rows that went in
     * @param problem  why the first row was rejected, or null
     */
    record Outcome(int inserted, String problem) {
    }

    static boolean isEmpty(Connection c, TableShape table) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT NOT EXISTS (SELECT 1 FROM " + table.quoted() + ")")) {
            rs.next();
            return rs.getBoolean(1);
        }
    }

    /**
     * Tries rows 1..rows. Numbers start at the row number, which suits range checks (rating between 1 and 5); a
     * rejected row is tried once more with numbers shifted by a seed taken from the table name, which steps
     * around unique values that are already there.
     */
    static Outcome fill(Connection c, TableShape table, int rows) throws SQLException {
        RowPlan plan;
        try {
            plan = RowPlan.of(c, table, rows);
        } catch (RowPlan.Unfillable e) {
            return new Outcome(0, e.getMessage());
        }
        int seed = Math.floorMod(table.display().hashCode(), 1000) * 10 + 1000;
        int inserted = 0;
        String problem = null;
        for (int n = 1; n <= rows; n++) {
            String plain = plan.insert(n, 0);
            String shifted = plan.insert(n, seed);
            String error = insert(c, table, plain);
            if (error != null && !shifted.equals(plain)) {
                error = insert(c, table, shifted);
            }
            if (error == null) {
                inserted++;
            } else if (problem == null) {
                problem = error;
            }
        }
        return new Outcome(inserted, problem);
    }

    /** Null when the row went in, else PostgreSQL's reason (or the partial unique index it would crowd). */
    private static String insert(Connection c, TableShape table, String sql) throws SQLException {
        try {
            Sql.attempt(c, () -> {
                try (Statement s = c.createStatement()) {
                    int rows = s.executeUpdate(sql);
                    for (String predicate : table.partialUniques()) {
                        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM " + table.quoted() + " WHERE " + predicate)) {
                            rs.next();
                            if (rs.getLong(1) > 1) {
                                throw new SQLException("a second row matching the partial unique index predicate "
                                        + predicate, "23505");
                            }
                        }
                    }
                    return rows;
                }
            });
            return null;
        } catch (SQLException e) {
            if (Sql.isFatal(e)) {
                throw e;
            }
            return Sql.message(e);
        }
    }
}
