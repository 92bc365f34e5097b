package dev.schemagate.core.lint;

import dev.schemagate.core.rules.Rule;

import java.util.Map;

/** A rule that fired on one statement, before severity and suppression are applied. */
record Hit(Rule rule, int line, String pointer, String message, Map<String, Object> details) {
    Hit {
        details = details == null ? Map.of() : details;
    }

    static String tablePointer(String table) {
        return "/table/" + table;
    }

    static String columnPointer(String table, String column) {
        return "/table/" + table + "/column/" + column;
    }
}
