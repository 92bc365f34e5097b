package dev.schemagate.core.migration;

import dev.schemagate.core.db.Database;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.configuration.Configuration;
import org.flywaydb.core.internal.jdbc.JdbcTemplate;
import org.flywaydb.core.internal.jdbc.Results;
import org.flywaydb.core.internal.parser.ParsingContext;
import org.flywaydb.core.internal.resolver.ChecksumCalculator;
import org.flywaydb.core.internal.resource.ResourceName;
import org.flywaydb.core.internal.resource.ResourceNameParser;
import org.flywaydb.core.internal.sqlscript.ParserSqlScript;
import org.flywaydb.core.internal.sqlscript.SqlStatement;
import org.flywaydb.core.internal.sqlscript.SqlStatementIterator;
import org.flywaydb.database.postgresql.PostgreSQLCopyParsedStatement;
import org.flywaydb.database.postgresql.PostgreSQLParser;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Runs migration scripts as {@code flyway migrate} does, without Flyway's fixed cost per call: each script is split
 * by Flyway's own parser (placeholders, {@code $$} bodies, {@code COPY … FROM stdin}, its {@code .conf} file) and run
 * on one long-lived connection, in one transaction unless the {@code .conf} says executeInTransaction=false or a
 * statement cannot run in one. Statements that return nothing are sent in batches. The history row is the one
 * Flyway writes (rank, version, description, type, script, checksum, installed by, execution time, success).
 */
final class ScriptRunner implements AutoCloseable {
    /** Statements that never return rows (unless RETURNING): safe to send in one batch. */
    private static final Pattern BATCHABLE = Pattern.compile("^(INSERT|UPDATE|DELETE|CREATE|ALTER|DROP|COMMENT|GRANT"
            + "|REVOKE|DO|TRUNCATE)\\b");
    private static final Pattern LEADING = Pattern.compile("^(\\s+|--[^\\n]*\\n?|/\\*.*?\\*/)+", Pattern.DOTALL);
    private static final int BATCH = 500;

    private final Database db;
    private final String url;
    private final Configuration config;
    private final String schema;
    private String history;
    private Connection connection;
    private int serverMajor;
    private String installedBy;
    private String originalSearchPath;
    private String searchPath;
    private String originalRole;
    private String currentUser;
    private String database;
    private String currentSchema;
    private String originalTimeout;
    private int backendPid;
    private Watch watch;

    /**
     * Told about every script this runner runs to its end: {@code ran} comes after the last statement, before the
     * commit when the script runs in one transaction ({@link ChangeTracker}).
     */
    interface Watch {
        /** The runner opened a session (its backend process id). */
        void connected(int backendPid);

        void ran(Connection c, Parsed parsed) throws SQLException;
    }

    /** Watches the scripts from now on (null: none). */
    void watch(Watch newWatch) {
        this.watch = newWatch;
        if (watch != null && connection != null) {
            watch.connected(backendPid);
        }
    }

    /** The script's statements as Flyway's parser split them, and whether Flyway runs it in one transaction. */
    record Parsed(List<SqlStatement> statements, boolean inTransaction, int checksum, ResourceName name) {
    }

    ScriptRunner(Database db, String url, Configuration config) {
        this.db = db;
        this.url = url;
        this.config = config;
        this.schema = config.getDefaultSchema() != null ? config.getDefaultSchema()
                : config.getSchemas().length > 0 ? config.getSchemas()[0] : null;
    }

    /**
     * The history table, qualified as Flyway qualifies it: with the default schema, or without schemas configured
     * the connection's current schema at connect time, so that a script's own SET search_path does not hide it.
     */
    String history() throws SQLException {
        if (history == null) {
            connection();
            String in = schema != null ? schema : currentSchema;
            history = (in == null ? "" : quote(in) + ".") + quote(config.getTable());
        }
        return history;
    }

    /** Whether Flyway's history table exists yet (Flyway creates it at its first migrate). */
    boolean historyExists() throws SQLException {
        try (PreparedStatement ps = connection().prepareStatement("SELECT to_regclass(?) IS NOT NULL")) {
            ps.setString(1, history());
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getBoolean(1);
            }
        }
    }

    /**
     * Applies a versioned script and writes its history row.
     *
     * @param flywayName the name Flyway knows the script by (V3__add_orders.sql)
     */
    void apply(Path script, String flywayName, Duration timeout) throws StepFailure {
        run(script, flywayName, timeout, true);
    }

    /** Runs a script (an undo) without a history row of its own. */
    void run(Path script, String flywayName, Duration timeout) throws StepFailure {
        run(script, flywayName, timeout, false);
    }

    private void run(Path script, String flywayName, Duration timeout, boolean record) throws StepFailure {
        Connection c;
        Parsed parsed;
        try {
            c = connection();
            prepare(c, timeout);
            parsed = parse(script, flywayName);
        } catch (SQLException e) {
            throw new StepFailure(script, null, null, 0, true, e);
        } catch (FlywayException | java.io.UncheckedIOException e) {
            // the parser refused the script (mixed statements, an unterminated $$ body, a bad placeholder),
            // or it cannot be read
            throw new StepFailure(script, null, null, 0, true, e);
        }
        String version = record ? version(parsed.name()) : null;
        long start = System.nanoTime();
        try {
            c.setAutoCommit(!parsed.inTransaction());
        } catch (SQLException e) {
            throw new StepFailure(script, version, null, 0, parsed.inTransaction(), e);
        }
        try {
            execute(c, script, version, parsed);
            if (watch != null) {
                watch.ran(c, parsed);
            }
            if (record) {
                record(c, parsed, (int) ((System.nanoTime() - start) / 1_000_000), true);
            }
            if (parsed.inTransaction()) {
                c.commit();
            }
        } catch (StepFailure failure) {
            rollback(c, parsed.inTransaction());
            if (record && !parsed.inTransaction()) {
                // what Flyway leaves when a script that ran outside a transaction fails: a row with success = false
                try {
                    record(c, parsed, (int) ((System.nanoTime() - start) / 1_000_000), false);
                } catch (SQLException e) {
                    failure.addSuppressed(e);
                }
            }
            throw failure;
        } catch (SQLException e) {
            rollback(c, parsed.inTransaction());
            throw new StepFailure(script, version, null, 0, parsed.inTransaction(), e);
        }
    }

    Parsed parse(Path script, String flywayName) {
        ResourceName name = new ResourceNameParser(config).parse(flywayName);
        ScriptResource resource = new ScriptResource(script, flywayName, config.getEncoding());
        Path confFile = script.resolveSibling(script.getFileName() + ".conf");
        ScriptResource conf = Files.isRegularFile(confFile)
                ? new ScriptResource(confFile, flywayName + ".conf", config.getEncoding()) : null;
        ParsingContext context = new ParsingContext();
        context.getPlaceholders().putAll(placeholders(flywayName));
        PostgreSQLParser parser = new ServerAwareParser(config, context, serverMajor);
        ParserSqlScript sql = new ParserSqlScript(parser, resource, conf, config.isMixed());
        sql.validate();
        List<SqlStatement> statements = new ArrayList<>();
        try (SqlStatementIterator it = sql.getSqlStatements()) {
            while (it.hasNext()) {
                statements.add(it.next());
            }
        }
        return new Parsed(statements, sql.executeInTransaction(), ChecksumCalculator.calculate(resource), name);
    }

    private java.util.Map<String, String> placeholders(String flywayName) {
        java.util.Map<String, String> values = new java.util.HashMap<>();
        values.put("flyway:defaultSchema", schema != null ? schema : currentSchema);
        values.put("flyway:user", currentUser);
        values.put("flyway:database", database);
        values.put("flyway:timestamp", LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")));
        values.put("flyway:filename", flywayName);
        values.put("flyway:workingDirectory", System.getProperty("user.dir"));
        values.put("flyway:table", config.getTable());
        values.values().removeIf(java.util.Objects::isNull);
        return values;
    }

    private void execute(Connection c, Path script, String version, Parsed parsed) throws StepFailure {
        List<SqlStatement> batch = new ArrayList<>();
        for (SqlStatement s : parsed.statements()) {
            if (batchable(s)) {
                batch.add(s);
                if (batch.size() >= BATCH) {
                    flush(c, script, version, parsed, batch);
                }
                continue;
            }
            flush(c, script, version, parsed, batch);
            try {
                if (s instanceof PostgreSQLCopyParsedStatement copy) {
                    Results results = copy.execute(new JdbcTemplate(c, Types.NULL), null, config);
                    if (results.getException() != null) {
                        throw results.getException();
                    }
                } else {
                    try (Statement st = c.createStatement()) {
                        st.execute(s.getSql());
                    }
                }
            } catch (SQLException e) {
                throw new StepFailure(script, version, s.getSql(), s.getLineNumber(), parsed.inTransaction(), e);
            }
        }
        flush(c, script, version, parsed, batch);
    }

    /** Batches only in a transaction: outside one, each statement must run (and commit) on its own. */
    private boolean batchable(SqlStatement s) {
        return s.canExecuteInTransaction() && !(s instanceof PostgreSQLCopyParsedStatement)
                && BATCHABLE.matcher(LEADING.matcher(s.getSql()).replaceFirst("").toUpperCase(Locale.ROOT)).find()
                && !s.getSql().toUpperCase(Locale.ROOT).contains("RETURNING");
    }

    private void flush(Connection c, Path script, String version, Parsed parsed, List<SqlStatement> batch)
            throws StepFailure {
        if (batch.isEmpty()) {
            return;
        }
        try {
            if (batch.size() == 1 || !parsed.inTransaction()) {
                for (SqlStatement s : batch) {
                    try (Statement st = c.createStatement()) {
                        st.execute(s.getSql());
                    } catch (SQLException e) {
                        throw new StepFailure(script, version, s.getSql(), s.getLineNumber(), parsed.inTransaction(), e);
                    }
                }
                return;
            }
            try (Statement st = c.createStatement()) {
                for (SqlStatement s : batch) {
                    st.addBatch(s.getSql());
                }
                st.executeBatch();
            } catch (BatchUpdateException e) {
                SqlStatement failed = batch.get(failedIndex(e, batch.size()));
                SQLException cause = e.getNextException() != null ? e.getNextException() : e;
                throw new StepFailure(script, version, failed.getSql(), failed.getLineNumber(), true, cause);
            } catch (SQLException e) {
                throw new StepFailure(script, version, batch.get(0).getSql(), batch.get(0).getLineNumber(), true, e);
            }
        } finally {
            batch.clear();
        }
    }

    /**
     * The batch entry the server refused. In a transaction pgjdbc counts every entry as failed (all were rolled
     * back), so its message says which one: "Batch entry 234 INSERT … was aborted" (the first number).
     */
    private static int failedIndex(BatchUpdateException e, int size) {
        int[] counts = e.getUpdateCounts();
        if (counts != null && counts.length < size) {
            return counts.length;
        }
        java.util.regex.Matcher entry = Pattern.compile("(\\d+)").matcher(String.valueOf(e.getMessage()));
        if (entry.find() && entry.group(1).length() < 9) {
            int index = Integer.parseInt(entry.group(1));
            if (index < size) {
                return index;
            }
        }
        return 0;
    }

    private void record(Connection c, Parsed parsed, int millis, boolean success) throws SQLException {
        ResourceName name = parsed.name();
        String table = history();
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO " + table + " (installed_rank, version,"
                + " description, type, script, checksum, installed_by, execution_time, success)"
                + " SELECT coalesce(max(installed_rank), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM " + table)) {
            ps.setString(1, version(name));
            ps.setString(2, name.getDescription());
            ps.setString(3, baseline(name) ? "SQL_BASELINE" : "SQL");
            ps.setString(4, name.getFilename());
            ps.setInt(5, parsed.checksum());
            ps.setString(6, installedBy);
            ps.setInt(7, millis);
            ps.setBoolean(8, success);
            ps.executeUpdate();
        }
    }

    /** As Flyway between migrations: the role reset, the search path at the default schema, the timeout set. */
    private void prepare(Connection c, Duration timeout) throws SQLException {
        c.setAutoCommit(true);
        // watched: pending table statistics are flushed when the session goes idle after this, so that
        // pg_stat_xact_user_tables in the script's transaction counts that transaction only
        String flush = watch != null && serverMajor >= 15 ? ", pg_stat_force_next_flush()" : "";
        try (PreparedStatement ps = c.prepareStatement("SELECT set_config('role', ?, false),"
                + " set_config('statement_timeout', ?, false), set_config('search_path', ?, false)" + flush)) {
            ps.setString(1, originalRole);
            ps.setString(2, timeout == null ? originalTimeout : Long.toString(timeout.toMillis()));
            ps.setString(3, searchPath());
            ps.executeQuery().close();
        }
    }

    /** Flyway puts the default schema first when it exists and is not first already (PostgreSQLConnection). */
    private String searchPath() throws SQLException {
        if (searchPath != null) {
            return searchPath;
        }
        if (schema == null || schema.equals(originalSearchPath) || originalSearchPath.startsWith(schema + ",")) {
            return originalSearchPath;
        }
        try (PreparedStatement ps = connection.prepareStatement("SELECT 1 FROM pg_namespace WHERE nspname = ?")) {
            ps.setString(1, schema);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return originalSearchPath; // not yet: Flyway creates it at its first migrate
                }
            }
        }
        searchPath = originalSearchPath.isBlank() ? quote(schema) : quote(schema) + "," + originalSearchPath;
        return searchPath;
    }

    private Connection connection() throws SQLException {
        if (connection == null || connection.isClosed()) {
            connection = db.migrationLogin().connect(url);
            try (Statement st = connection.createStatement();
                 ResultSet rs = st.executeQuery("SELECT current_user, current_setting('search_path'),"
                         + " current_setting('role'), current_database(), current_schema(), current_setting('statement_timeout'),"
                         + " pg_backend_pid()")) {
                rs.next();
                backendPid = rs.getInt(7);
                originalRole = rs.getString(3);
                database = rs.getString(4);
                currentSchema = rs.getString(5);
                originalTimeout = rs.getString(6);
                currentUser = rs.getString(1);
                installedBy = config.getInstalledBy() != null && !config.getInstalledBy().isBlank()
                        ? config.getInstalledBy() : rs.getString(1);
                originalSearchPath = rs.getString(2);
            }
            serverMajor = connection.getMetaData().getDatabaseMajorVersion();
            searchPath = null;
            if (watch != null) {
                watch.connected(backendPid);
            }
        }
        return connection;
    }

    private static void rollback(Connection c, boolean inTransaction) {
        try {
            if (inTransaction) {
                c.rollback();
            }
            c.setAutoCommit(true);
        } catch (SQLException e) {
            // the connection is gone; the next script opens a new one
        }
    }

    /** A Flyway baseline migration (B2__baseline.sql): Flyway's history says SQL_BASELINE. */
    private static boolean baseline(ResourceName name) {
        return name.isValid() && name.getType() != null
                && name.getType().getClass().getSimpleName().startsWith("Baseline");
    }

    private static String version(ResourceName name) {
        return name.isValid() && name.getVersion() != null ? name.getVersion().getVersion() : null;
    }

    static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    @Override
    public void close() {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                // the server may already be gone
            }
            connection = null;
        }
    }
}
