package dev.schemagate.core.data;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Table names as callers write them, turned into SQL. A name is {@code schema.table} or {@code table}, each part
 * as stored in the catalog (no case folding: {@code public.Order Items}); a part that holds a dot or a double
 * quote is written SQL-style, {@code "sche.ma"."ta""ble"}.
 */
final class Identifiers {
    private Identifiers() {
    }

    /** {@code Order Items} → {@code "Order Items"}. */
    static String quote(String part) {
        return '"' + part.replace("\"", "\"\"") + '"';
    }

    /** {@code public.Order Items} → {@code "public"."Order Items"}. */
    static String qualified(String name) {
        return parts(name).stream().map(Identifiers::quote).collect(Collectors.joining("."));
    }

    /** A string literal that means the same whatever standard_conforming_strings says. */
    static String literal(String value) {
        return "E'" + value.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    static List<String> parts(String name) {
        if (name.indexOf('"') < 0) {
            int dot = name.indexOf('.');
            return checked(name, dot < 0 ? List.of(name) : List.of(name.substring(0, dot), name.substring(dot + 1)));
        }
        List<String> parts = new ArrayList<>();
        StringBuilder part = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < name.length(); i++) {
            char ch = name.charAt(i);
            if (quoted && ch == '"' && i + 1 < name.length() && name.charAt(i + 1) == '"') {
                part.append('"');
                i++;
            } else if (ch == '"') {
                quoted = !quoted;
            } else if (ch == '.' && !quoted) {
                parts.add(part.toString());
                part.setLength(0);
            } else {
                part.append(ch);
            }
        }
        parts.add(part.toString());
        return checked(name, quoted ? List.of() : parts);
    }

    private static List<String> checked(String name, List<String> parts) {
        if (parts.isEmpty() || parts.size() > 2 || parts.contains("")) {
            throw new IllegalArgumentException("Not a table name: '" + name
                    + "'. Write schema.table, or \"sche.ma\".\"ta.ble\" when a part holds a dot or a quote.");
        }
        return List.copyOf(parts);
    }
}
