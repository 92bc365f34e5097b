package dev.schemagate.core.migration;

import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.Map;

/** Turns Flyway's failure into a finding: the script, the exact line, and PostgreSQL's error. */
final class ApplyFailure {
    private ApplyFailure() {
    }

    static Finding finding(FlywayMigrateException e, Path basedir, Severity severity) {
        MigrationInfo info = e.getMigration();
        String file = info == null || info.getPhysicalLocation() == null ? null
                : MigrationLocations.display(basedir, Path.of(info.getPhysicalLocation()));
        String version = info == null ? null : MigrationRunner.versionOf(info);
        SQLException sql = find(e, SQLException.class);
        FlywaySqlScriptException script = find(e, FlywaySqlScriptException.class);
        Integer line = script != null ? errorLine(script, sql) : (e.getLineNumber() > 0 ? e.getLineNumber() : null);
        String error = sql != null ? firstLine(sql.getMessage()) : firstLine(e.getMessage());
        Map<String, Object> details = new LinkedHashMap<>();
        if (sql != null && sql.getSQLState() != null) {
            details.put("sqlState", sql.getSQLState());
        }
        if (script != null && script.getStatement() != null) {
            details.put("statement", script.getStatement().strip());
        }
        String where = file == null ? "migration" : file + (line == null ? "" : ":" + line);
        String message = where + ": " + error + ". Fix the statement and run the build again;"
                + " Flyway rolled the migration's transaction back.";
        return Finding.of(Rule.MIGRATION_APPLY_FAILED, severity, message,
                Location.ofMigration(file, version, line), details);
    }

    /** The statement's first line, moved down to where PostgreSQL says the error is. */
    private static Integer errorLine(FlywaySqlScriptException script, SQLException sql) {
        int line = script.getLineNumber();
        if (sql instanceof PSQLException psql && script.getStatement() != null) {
            ServerErrorMessage server = psql.getServerErrorMessage();
            int position = server == null ? 0 : server.getPosition();
            String statement = script.getStatement();
            for (int i = 0; i < Math.min(position - 1, statement.length()); i++) {
                if (statement.charAt(i) == '\n') {
                    line++;
                }
            }
        }
        return line > 0 ? line : null;
    }

    private static String firstLine(String text) {
        if (text == null) {
            return "unknown error";
        }
        String first = text.strip().lines().findFirst().orElse(text);
        return first.endsWith(".") ? first.substring(0, first.length() - 1) : first;
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
