package dev.schemagate.core.data;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a single-column check (of the table, or of the column's domain) tells the generator: the values
 * {@code CHECK (role IN ('member', 'admin'))} allows, and the regular expression of {@code CHECK (code ~ '…')}.
 * PostgreSQL prints the first as {@code CHECK ((role = ANY (ARRAY['member'::text, 'admin'::text])))}; we take
 * the literals from the array. Any other check is left to PostgreSQL to accept or reject.
 */
final class CheckValues {
    private static final Pattern ANY_ARRAY = Pattern.compile("= ANY \\(\\(?ARRAY\\[(.*?)\\]\\)");
    /** {@code col ~ 'regex'::text} (case-sensitive match only: {@code ~*} and {@code !~} are not generated for). */
    private static final Pattern MATCHES = Pattern.compile("\\)?\\s~\\s'((?:[^']|'')*)'(?:::[\\w\\s]+)?\\)");

    /** What the checks on one column say: the values listed (or none) and a pattern to match (or null). */
    record ColumnCheck(List<String> allowed, String pattern) {
    }
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private CheckValues() {
    }

    /** Column name → what its checks say: the first list of values, the first pattern. */
    static Map<String, ColumnCheck> read(Connection c, String sql, long oid) throws SQLException {
        Map<String, List<String>> allowed = new HashMap<>();
        Map<String, String> patterns = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, oid);
            ps.setLong(2, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> values = parse(rs.getString(2));
                    if (!values.isEmpty()) {
                        allowed.putIfAbsent(rs.getString(1), values);
                    }
                    String pattern = pattern(rs.getString(2));
                    if (pattern != null) {
                        patterns.putIfAbsent(rs.getString(1), pattern);
                    }
                }
            }
        }
        Map<String, ColumnCheck> checks = new HashMap<>();
        for (String column : union(allowed.keySet(), patterns.keySet())) {
            checks.put(column, new ColumnCheck(allowed.getOrDefault(column, List.of()), patterns.get(column)));
        }
        return checks;
    }

    private static java.util.Set<String> union(java.util.Set<String> a, java.util.Set<String> b) {
        java.util.Set<String> all = new java.util.HashSet<>(a);
        all.addAll(b);
        return all;
    }

    /** The regular expression of {@code CHECK ((code ~ '^[A-Z]{3}$'::text))}, or null. */
    static String pattern(String definition) {
        Matcher m = MATCHES.matcher(definition);
        return m.find() ? m.group(1).replace("''", "'") : null;
    }

    /** The literals of {@code = ANY (ARRAY[…])} in a constraint definition, or none. */
    static List<String> parse(String definition) {
        Matcher any = ANY_ARRAY.matcher(definition);
        if (!any.find()) {
            return List.of();
        }
        String elements = any.group(1);
        List<String> values = new ArrayList<>();
        Matcher string = STRING.matcher(elements);
        while (string.find()) {
            values.add(string.group(1).replace("''", "'"));
        }
        if (values.isEmpty()) {
            Matcher number = NUMBER.matcher(elements);
            while (number.find()) {
                values.add(number.group());
            }
        }
        return List.copyOf(values);
    }
}
