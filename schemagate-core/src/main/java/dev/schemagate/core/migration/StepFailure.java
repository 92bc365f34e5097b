package dev.schemagate.core.migration;

import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.internal.exception.FlywayMigrateException;
import org.flywaydb.core.internal.sqlscript.FlywaySqlScriptException;

import java.nio.file.Path;

/**
 * A script that failed, whoever ran it ({@link ScriptRunner} or Flyway's {@code migrate()}): the script on disk,
 * the version, the statement and its first line, whether it ran in a transaction, and the cause (PostgreSQL's
 * {@link java.sql.SQLException}, or Flyway's parser refusing the script).
 */
final class StepFailure extends Exception {
    private final transient Path script;
    private final String version;
    private final String statement;
    private final int line;
    private final boolean inTransaction;

    /**
     * @param script    the file as it lies on disk; null when unknown
     * @param statement the statement that failed as it was sent (placeholders replaced); null when none did
     * @param line      the statement's first line in the script; 0 when unknown
     */
    StepFailure(Path script, String version, String statement, int line, boolean inTransaction, Throwable cause) {
        super(cause == null ? "failed" : cause.getMessage(), cause);
        this.script = script;
        this.version = version;
        this.statement = statement;
        this.line = line;
        this.inTransaction = inTransaction;
    }

    /** Flyway's own failure (the first apply of a database, the repeatable scripts). */
    static StepFailure of(FlywayMigrateException e) {
        MigrationInfo info = e.getMigration();
        Path file = info == null || info.getPhysicalLocation() == null ? null : Path.of(info.getPhysicalLocation());
        String version = info == null || info.getVersion() == null ? null : info.getVersion().getVersion();
        FlywaySqlScriptException script = null;
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof FlywaySqlScriptException s) {
                script = s;
                break;
            }
        }
        String statement = script == null ? null : script.getStatement();
        int line = script != null && script.getLineNumber() > 0 ? script.getLineNumber() : Math.max(e.getLineNumber(), 0);
        return new StepFailure(file, version, statement, line, e.isExecutableInTransaction(), e);
    }

    Path script() {
        return script;
    }

    /** The version whose script failed; null when unknown. */
    String version() {
        return version;
    }

    String statement() {
        return statement;
    }

    int line() {
        return line;
    }

    /** Whether the script ran in one transaction (then nothing of it is left). */
    boolean inTransaction() {
        return inTransaction;
    }
}
