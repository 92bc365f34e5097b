package dev.schemagate.core.migration;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import dev.schemagate.core.db.PgErrors;
import org.postgresql.util.PSQLException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns Flyway's failure into a finding: the script, the exact line, and PostgreSQL's error. */
final class ApplyFailure {
    private ApplyFailure() {
    }

    static Finding finding(FlywayMigrateException e, Path basedir, Rule rule, Severity severity, String version,
                           String advice) {
        MigrationInfo info = e.getMigration();
        String file = info == null || info.getPhysicalLocation() == null ? null
                : MigrationLocations.display(basedir, Path.of(info.getPhysicalLocation()));
        SQLException sql = find(e, SQLException.class);
        FlywaySqlScriptException script = find(e, FlywaySqlScriptException.class);
        int[] position = script == null ? null : errorPosition(read(info), script, sql);
        Integer line = position != null ? Integer.valueOf(position[0]) : e.getLineNumber() > 0 ? e.getLineNumber() : null;
        Integer column = position != null && position[1] > 0 ? position[1] : null;
        String error = PgErrors.describe(e);
        Map<String, Object> details = new LinkedHashMap<>();
        PgErrors.details(e).forEach((k, v) -> {
            if (k.equals("sqlState")) {
                details.put(k, v);
            }
        });
        if (script != null && script.getStatement() != null) {
            details.put("statement", script.getStatement().strip());
        }
        PgErrors.details(e).forEach((k, v) -> {
            if (!k.equals("sqlState")) {
                details.put(k, v);
            }
        });
        String where = file == null ? "migration" : file + (line == null ? "" : ":" + line + (column == null ? "" : ":" + column));
        String message = where + ": " + error + ". " + advice;
        return Finding.of(rule, severity, message,
                new Location(file, line, column, null, null, version), details);
    }

    /**
     * Where PostgreSQL says the error is: the statement is found in the script and the server's
     * character position counted from there. Falls back to the statement's first line.
     */
    static int[] errorPosition(String scriptText, FlywaySqlScriptException script, SQLException sql) {
        int fallback = script.getLineNumber();
        String statement = script.getStatement();
        int position = sql instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getPosition() : 0;
        int at = scriptText == null || statement == null ? -1 : scriptText.indexOf(statement);
        if (at < 0) {
            return fallback > 0 ? new int[] {fallback, 0} : null;
        }
        int offset = at + (position > 0 ? position - 1 : leadingComments(statement));
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < offset && i < scriptText.length(); i++) {
            if (scriptText.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, position > 0 ? offset - lineStart + 1 : 0};
    }

    /** Characters of blank lines and -- comments before the statement's first word. */
    static int leadingComments(String statement) {
        int i = 0;
        while (i < statement.length()) {
            if (Character.isWhitespace(statement.charAt(i))) {
                i++;
            } else if (statement.startsWith("--", i)) {
                int end = statement.indexOf('\n', i);
                i = end < 0 ? statement.length() : end + 1;
            } else {
                break;
            }
        }
        return i;
    }

    /** The statement Flyway was running when it failed, or null. */
    static String statement(FlywayMigrateException e) {
        FlywaySqlScriptException script = find(e, FlywaySqlScriptException.class);
        return script == null ? null : script.getStatement();
    }

    private static String read(MigrationInfo info) {
        try {
            return info == null || info.getPhysicalLocation() == null ? null
                    : java.nio.file.Files.readString(Path.of(info.getPhysicalLocation()));
        } catch (java.io.IOException e) {
            return null;
        }
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
