package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaProperties;

import java.sql.SQLException;
import java.time.Duration;

/**
 * PostgreSQL says only "canceling statement due to statement timeout"; the limit is ours
 * (schema.migrations.statementTimeout), so the message names it, its value, and how to raise it.
 */
final class StatementTimeoutHint {
    private static final String QUERY_CANCELED = "57014";

    private StatementTimeoutHint() {
    }

    static String of(Throwable failure, Duration timeout) {
        if (timeout == null) {
            return "";
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && QUERY_CANCELED.equals(sql.getSQLState())
                    && String.valueOf(sql.getMessage()).contains("statement timeout")) {
                return " The statement ran longer than " + SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT + " ("
                        + describe(timeout) + "): make it faster, or raise the limit, for example -D"
                        + SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT + "=30m.";
            }
        }
        return "";
    }

    /** As the user would write it: 5m, 300s, 500ms. */
    static String describe(Duration d) {
        long ms = d.toMillis();
        return ms % 60_000 == 0 ? ms / 60_000 + "m" : ms % 1000 == 0 ? ms / 1000 + "s" : ms + "ms";
    }
}
