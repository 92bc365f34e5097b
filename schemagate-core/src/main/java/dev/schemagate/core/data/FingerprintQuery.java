package dev.schemagate.core.data;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** The SQL behind {@link DataFingerprints}: one SELECT per table, glued with UNION ALL. */
final class FingerprintQuery {
    private FingerprintQuery() {
    }

    /**
     * Row i of the result is table i: its count and the sum of the first 64 bits of md5(ROW(columns)::text) of
     * each row. A sum (not xor) so that duplicate rows count; columns sorted so that their order in the table
     * does not matter. ONLY: a table's own rows, not those of the tables that inherit from it (or of its
     * partitions), which have fingerprints of their own; so a child's rows are never counted as its parent's.
     */
    static String select(int index, String table, List<String> columns) {
        String hash;
        if (columns.isEmpty()) {
            hash = Identifiers.literal(TableFingerprint.COUNT_ONLY);
        } else {
            String row = columns.stream().sorted().distinct().map(Identifiers::quote)
                    .collect(Collectors.joining(", ", "ROW(", ")::text"));
            hash = "coalesce(sum(('x' || left(md5(" + row + "), 16))::bit(64)::bigint), 0)::text";
        }
        return "SELECT " + index + " AS i, count(*) AS n, " + hash + " AS h FROM ONLY " + Identifiers.qualified(table);
    }

    static String unionAll(List<String> tables, Map<String, List<String>> columnsByTable) {
        return IntStream.range(0, tables.size())
                .mapToObj(i -> select(i, tables.get(i), columnsByTable.get(tables.get(i))))
                .collect(Collectors.joining("\nUNION ALL\n"));
    }

    static Map<String, TableFingerprint> run(Connection c, String sql, List<String> tables) throws SQLException {
        Map<String, TableFingerprint> result = new TreeMap<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                String table = tables.get(rs.getInt(1));
                result.put(table, new TableFingerprint(table, rs.getLong(2), rs.getString(3)));
            }
        }
        return result;
    }
}
