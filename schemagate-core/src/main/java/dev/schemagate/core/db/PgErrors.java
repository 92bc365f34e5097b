package dev.schemagate.core.db;

import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * PostgreSQL's error as the tool prints it: the message, then the server's DETAIL and HINT lines
 * (pgjdbc puts them on later lines of the exception's message, which a one-line message drops).
 * The one place every error from a project's statement is put into words.
 */
public final class PgErrors {
    private PgErrors() {
    }

    /** The first SQLException in the cause chain, or null. */
    public static SQLException sqlException(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql) {
                return sql;
            }
        }
        return null;
    }

    /** "ERROR: message. DETAIL: … HINT: …" without a final period; for a failure that is no SQL error, its first line. */
    public static String describe(Throwable e) {
        SQLException sql = sqlException(e);
        ServerErrorMessage server = server(sql);
        if (server == null || server.getMessage() == null) {
            return firstLine(sql != null ? sql.getMessage() : e == null ? null : e.getMessage());
        }
        String text = (server.getSeverity() == null ? "" : server.getSeverity() + ": ") + firstLine(server.getMessage());
        if (server.getDetail() != null) {
            text += ". DETAIL: " + firstLine(server.getDetail());
        }
        if (server.getHint() != null) {
            text += ". HINT: " + firstLine(server.getHint());
        }
        return text;
    }

    /** sqlState, detail, hint and position (1-based character in the statement), where the server gave them. */
    public static Map<String, Object> details(Throwable e) {
        Map<String, Object> details = new LinkedHashMap<>();
        SQLException sql = sqlException(e);
        if (sql != null && sql.getSQLState() != null) {
            details.put("sqlState", sql.getSQLState());
        }
        ServerErrorMessage server = server(sql);
        if (server != null) {
            if (server.getDetail() != null) {
                details.put("detail", server.getDetail());
            }
            if (server.getHint() != null) {
                details.put("hint", server.getHint());
            }
        }
        return details;
    }

    /** The 1-based character of the statement the server points at; 0 when it points nowhere. */
    public static int position(Throwable e) {
        ServerErrorMessage server = server(sqlException(e));
        return server == null ? 0 : server.getPosition();
    }

    /**
     * Line and column (both 1-based) of a position in a statement that starts at {@code offset} of a
     * file's text; the column is 0 without a position.
     */
    public static int[] lineColumn(String text, int offset, int position) {
        int at = offset + Math.max(position - 1, 0);
        int line = 1;
        int lineStart = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                line++;
                lineStart = i + 1;
            }
        }
        return new int[] {line, position > 0 ? at - lineStart + 1 : 0};
    }

    private static ServerErrorMessage server(SQLException sql) {
        return sql instanceof PSQLException psql ? psql.getServerErrorMessage() : null;
    }

    private static String firstLine(String text) {
        if (text == null || text.isBlank()) {
            return "unknown error";
        }
        String first = text.strip().lines().findFirst().orElse(text).strip();
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
    }
}
