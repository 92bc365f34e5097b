package dev.schemagate.core.data;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** A generated SQL value for a column, by type: row n of a table gets the n-th value. */
final class Values {
    private Values() {
    }

    /** The value of a column in row n (from 1); {@code offset} shifts numbers, to step around unique clashes. */
    interface Value {
        String sql(int n, int offset);
    }

    static final Value NULL = (n, offset) -> "NULL";

    /** How to generate the column, or null when we have no generator for its type. */
    static Value of(Column column, String table) {
        String cast = "::" + column.type();
        if (!column.allowed().isEmpty()) {
            return cycling(column.allowed(), cast);
        }
        if (column.typtype() == 'e' && !column.labels().isEmpty()) {
            return cycling(column.labels(), cast);
        }
        Value byName = byName(column.baseType(), table, cast);
        if (byName != null) {
            return byName;
        }
        if (column.pattern() != null && column.category() == 'S') {
            Value matching = Matching.of(column, table, cast);
            if (matching != null) {
                return matching;
            }
        }
        return switch (column.category()) {
            case 'S' -> (n, offset) -> Identifiers.literal(text(table, column, n)) + cast;
            case 'A' -> (n, offset) -> "'{}'" + cast;
            case 'D' -> (n, offset) -> "(now() - make_interval(days => " + n + ", mins => " + n + "))" + cast;
            case 'T' -> (n, offset) -> "make_interval(days => " + n + ")" + cast;
            default -> null;
        };
    }

    private static Value byName(String baseType, String table, String cast) {
        return switch (baseType) {
            case "int2", "int4", "int8" -> (n, offset) -> (n + offset) + cast;
            case "numeric", "float4", "float8", "money" -> (n, offset) -> (n + offset) + ".5" + cast;
            // one row true, the others false: a partial unique index "WHERE active" holds one row per key
            case "bool" -> (n, offset) -> (n == 1) + cast;
            case "uuid" -> (n, offset) -> "'" + uuid(table, n) + "'" + cast;
            case "json", "jsonb" -> (n, offset) -> "'{}'" + cast;
            case "bytea" -> (n, offset) -> String.format("'\\x%08x'", n) + cast;
            case "inet", "cidr" -> (n, offset) -> "'10." + (n >> 16 & 255) + "." + (n >> 8 & 255) + "."
                    + (n & 255) + "'" + cast;
            case "macaddr", "macaddr8" -> (n, offset) -> String.format("'08:00:2b:%02x:%02x:%02x'",
                    n >> 16 & 255, n >> 8 & 255, n & 255) + cast;
            case "xml" -> (n, offset) -> "'<gen n=\"" + n + "\"/>'" + cast;
            default -> null;
        };
    }

    private static Value cycling(List<String> values, String cast) {
        return (n, offset) -> Identifiers.literal(values.get((n - 1) % values.size())) + cast;
    }

    static UUID uuid(String table, int n) {
        return UUID.nameUUIDFromBytes(("schemagate:" + table + ":" + n).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * {@code gen-<table>-<n>} ({@code …@example.com} for a column named like an email), cut to varchar(n) or
     * char(n) from the front so that the row number, which keeps values unique, survives.
     */
    static String text(String table, Column column, int n) {
        String full = "gen-" + table + "-" + n;
        if (column.name().toLowerCase(Locale.ROOT).contains("email")) {
            full += "@example.com";
        }
        int max = column.maxLength();
        if (max < 0 || full.length() <= max) {
            return full;
        }
        String digits = Integer.toString(n);
        if (digits.length() >= max) {
            return digits.substring(digits.length() - max);
        }
        return full.substring(0, max - digits.length()) + digits;
    }
}
