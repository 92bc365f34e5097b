package dev.schemagate.core.data;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fingerprints of table data, taken before a migration and after its undo, and their comparison.
 */
public final class DataFingerprints {
    private DataFingerprints() {
    }

    /**
     * Reads every table in one statement. A table whose statement fails because a table, column or schema is
     * gone (say, an undo dropped it) gets rows -1 and hash "unreadable: &lt;PostgreSQL message&gt;"; the others
     * are still read; a table we may not read counts as unreadable too. Inside a transaction, a failed statement
     * is rolled back to a savepoint, so the transaction goes on.
     *
     * @param columnsByTable qualified table name as in {@linkplain dev.schemagate.core.data the package}
     *                       → the columns to hash; an empty list counts rows only
     * @return by table name, sorted
     * @throws SQLException when the database cannot be queried at all
     */
    public static Map<String, TableFingerprint> read(Connection c, Map<String, List<String>> columnsByTable)
            throws SQLException {
        List<String> tables = new ArrayList<>(new TreeMap<>(columnsByTable).keySet());
        if (tables.isEmpty()) {
            return Map.of();
        }
        String sql = FingerprintQuery.unionAll(tables, columnsByTable);
        try {
            return Collections.unmodifiableMap(Sql.attempt(c, () -> FingerprintQuery.run(c, sql, tables)));
        } catch (SQLException e) {
            if (!Sql.isMissingObject(e)) {
                throw e;
            }
        }
        Map<String, TableFingerprint> result = new TreeMap<>();
        for (String table : tables) {
            String one = FingerprintQuery.select(0, table, columnsByTable.get(table));
            try {
                result.putAll(Sql.attempt(c, () -> FingerprintQuery.run(c, one, List.of(table))));
            } catch (SQLException e) {
                if (!Sql.isMissingObject(e)) {
                    throw e;
                }
                result.put(table, TableFingerprint.unreadable(table, Sql.message(e)));
            }
        }
        return Collections.unmodifiableMap(result);
    }

    /**
     * The tables whose data differs, sorted by name. Tables missing from {@code after} are left to the caller
     * (schema residue); so are tables that were already unreadable before.
     */
    public static List<DataChange> compare(Map<String, TableFingerprint> before, Map<String, TableFingerprint> after) {
        List<DataChange> changes = new ArrayList<>();
        for (Map.Entry<String, TableFingerprint> entry : new TreeMap<>(before).entrySet()) {
            TableFingerprint was = entry.getValue();
            TableFingerprint now = after.get(entry.getKey());
            String reason = now == null || !was.readable() ? null : reason(was, now);
            if (reason != null) {
                changes.add(new DataChange(entry.getKey(), was.rows(), now.rows(), reason));
            }
        }
        return List.copyOf(changes);
    }

    private static String reason(TableFingerprint was, TableFingerprint now) {
        if (!now.readable()) {
            return "table unreadable: " + now.problem();
        }
        if (now.rows() < was.rows()) {
            return (was.rows() - now.rows()) + " of " + was.rows() + " rows gone";
        }
        if (now.rows() > was.rows()) {
            return (now.rows() - was.rows()) + " rows added (" + was.rows() + " before, " + now.rows() + " after)";
        }
        if (!now.hash().equals(was.hash())) {
            return "rows changed (same count " + now.rows() + ")";
        }
        return null;
    }
}
