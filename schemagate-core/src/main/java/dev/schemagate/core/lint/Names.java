package dev.schemagate.core.lint;

import net.sf.jsqlparser.schema.Table;

import java.util.Locale;

/** Qualified names as the catalog stores them: quoted parts keep their case, others fold to lower case. */
final class Names {
    private Names() {
    }

    static String qualified(Table table, String defaultSchema) {
        String schema = table.getSchemaName() == null ? defaultSchema : part(table.getSchemaName());
        return schema + "." + part(table.getName());
    }

    static String part(String name) {
        if (name.length() >= 2 && name.startsWith("\"") && name.endsWith("\"")) {
            return name.substring(1, name.length() - 1).replace("\"\"", "\"");
        }
        return name.toLowerCase(Locale.ROOT);
    }

    /** A name for SQL: each part double-quoted. */
    static String quoted(String qualified) {
        int dot = qualified.indexOf('.');
        return quote(qualified.substring(0, dot)) + "." + quote(qualified.substring(dot + 1));
    }

    private static String quote(String part) {
        return "\"" + part.replace("\"", "\"\"") + "\"";
    }
}
