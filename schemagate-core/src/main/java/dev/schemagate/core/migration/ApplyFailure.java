package dev.schemagate.core.migration;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.db.PgErrors;
import org.postgresql.util.PSQLException;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns a failed script into a finding: the script, the exact line, the statement and PostgreSQL's error. */
final class ApplyFailure {
    private ApplyFailure() {
    }

    static Finding finding(StepFailure e, Path basedir, Rule rule, Severity severity, String version,
                           String advice) {
        String file = e.script() == null ? null : MigrationLocations.display(basedir, e.script());
        SQLException sql = PgErrors.sqlException(e);
        int[] position = e.statement() == null ? null : errorPosition(read(e.script()), e.statement(), e.line(), sql);
        Integer line = position != null ? Integer.valueOf(position[0]) : e.line() > 0 ? e.line() : null;
        Integer column = position != null && position[1] > 0 ? position[1] : null;
        String error = PgErrors.describe(e);
        Map<String, Object> details = new LinkedHashMap<>();
        PgErrors.details(e).forEach((k, v) -> {
            if (k.equals("sqlState")) {
                details.put(k, v);
            }
        });
        if (e.statement() != null) {
            details.put("statement", e.statement().strip());
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
     *
     * @param fallback the statement's first line as the parser counted it; 0 when unknown
     */
    static int[] errorPosition(String scriptText, String statement, int fallback, SQLException sql) {
        int position = sql instanceof PSQLException psql && psql.getServerErrorMessage() != null
                ? psql.getServerErrorMessage().getPosition() : 0;
        int at = scriptText == null || statement == null ? -1 : indexNear(scriptText, statement, fallback);
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

    /** The statement's place in the script: the occurrence at or after its first line (a script may repeat one). */
    private static int indexNear(String text, String statement, int line) {
        int from = 0;
        for (int l = 1; l < line && from >= 0; l++) {
            int next = text.indexOf('\n', from);
            from = next < 0 ? -1 : next + 1;
        }
        int at = from > 0 ? text.indexOf(statement, from) : -1;
        return at >= 0 ? at : text.indexOf(statement);
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

    /** The statement that was running when the script failed, or null. */
    static String statement(StepFailure e) {
        return e.statement();
    }

    private static String read(Path file) {
        try {
            return file == null ? null : java.nio.file.Files.readString(file);
        } catch (java.io.IOException | java.io.UncheckedIOException e) {
            return null;
        }
    }
}
