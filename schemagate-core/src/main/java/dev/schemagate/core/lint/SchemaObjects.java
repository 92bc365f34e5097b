package dev.schemagate.core.lint;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The tables (schema.name) and their columns of a database at one moment, as the catalog stores
 * them: what a release had, or what existed before a script.
 */
public record SchemaObjects(Map<String, Set<String>> columns) {
    private static final String QUERY = "SELECT n.nspname || '.' || c.relname, a.attname FROM pg_class c"
            + " JOIN pg_namespace n ON n.oid = c.relnamespace"
            + " LEFT JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped"
            + " WHERE c.relkind IN ('r', 'p') AND n.nspname NOT IN ('pg_catalog', 'information_schema')"
            + " AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";

    public SchemaObjects {
        Map<String, Set<String>> copy = new TreeMap<>();
        columns.forEach((table, cols) -> copy.put(table, Set.copyOf(cols)));
        columns = Map.copyOf(copy);
    }

    public static SchemaObjects read(Connection connection) throws SQLException {
        Map<String, Set<String>> columns = new TreeMap<>();
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(QUERY)) {
            while (rs.next()) {
                Set<String> cols = columns.computeIfAbsent(rs.getString(1), t -> new TreeSet<>());
                if (rs.getString(2) != null) {
                    cols.add(rs.getString(2));
                }
            }
        }
        return new SchemaObjects(columns);
    }

    public boolean hasTable(String table) {
        return columns.containsKey(table);
    }

    public boolean hasColumn(String table, String column) {
        return columns.getOrDefault(table, Set.of()).contains(column);
    }
}
