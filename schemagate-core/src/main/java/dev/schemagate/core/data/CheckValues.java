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
 * The values a single-column {@code CHECK (role IN ('member', 'admin'))} allows. PostgreSQL prints such a check
 * as {@code CHECK ((role = ANY (ARRAY['member'::text, 'admin'::text])))}; we take the literals from the array.
 * Any other check is left to PostgreSQL to accept or reject.
 */
final class CheckValues {
    private static final Pattern ANY_ARRAY = Pattern.compile("= ANY \\(\\(?ARRAY\\[(.*?)\\]\\)");
    private static final Pattern STRING = Pattern.compile("'((?:[^']|'')*)'");
    private static final Pattern NUMBER = Pattern.compile("-?\\d+(?:\\.\\d+)?");

    private CheckValues() {
    }

    /** Column name → allowed values, from the first check of each column that lists them. */
    static Map<String, List<String>> read(Connection c, String sql, long oid) throws SQLException {
        Map<String, List<String>> allowed = new HashMap<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, oid);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    List<String> values = parse(rs.getString(2));
                    if (!values.isEmpty()) {
                        allowed.putIfAbsent(rs.getString(1), values);
                    }
                }
            }
        }
        return allowed;
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
