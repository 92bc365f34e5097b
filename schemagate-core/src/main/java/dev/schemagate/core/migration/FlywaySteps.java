package dev.schemagate.core.migration;

import dev.schemagate.core.db.Database;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.flywaydb.core.internal.exception.FlywayMigrateException;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Applies and undoes single migrations as {@code flyway migrate} would, keeping the history table consistent.
 * The scripts run through {@link ScriptRunner} (Flyway's own parser, placeholders, $$ bodies, .conf files, one
 * long-lived connection); only the first apply on a database without a history table goes through Flyway's
 * {@code migrate()}, which creates the table (and the schemas) as Flyway does. After an undo script ran, the
 * migration's row leaves the history.
 */
final class FlywaySteps implements AutoCloseable {
    static final String UNDO_TABLE = "schemagate_undo_history";

    private final MigrationSettings settings;
    private final StepResources upResources;
    private final Flyway up;
    private final ScriptRunner runner;
    private final Duration upTimeout;
    private final Duration undoTimeout;
    private boolean historyExists;
    private Forgotten forgotten;

    FlywaySteps(Database db, String url, MigrationSettings settings) {
        this(db, url, settings, false);
    }

    /**
     * Undo scripts always run under schema.migrations.statementTimeout, so a hanging one ends with a
     * finding; {@code timedUp} puts the migrations under it too (the chain check).
     */
    FlywaySteps(Database db, String url, MigrationSettings settings, boolean timedUp) {
        this.settings = settings;
        this.upResources = new StepResources(settings.flyway().encoding());
        this.undoTimeout = settings.roundTrip().statementTimeout();
        this.upTimeout = timedUp ? undoTimeout : null;
        // as a connection option, so every session Flyway opens has it (initSql is deprecated in Flyway 13)
        String timed = url + (url.contains("?") ? "&" : "?") + "options=-c%20statement_timeout%3D"
                + settings.roundTrip().statementTimeout().toMillis();
        this.up = base(db, timedUp ? timed : url, settings).resourceProvider(upResources).load();
        this.runner = new ScriptRunner(db, url, up.getConfiguration());
    }

    String historyTable() {
        return historyTable(settings);
    }

    static String historyTable(MigrationSettings settings) {
        return settings.table() == null || settings.table().isBlank() ? "flyway_schema_history" : settings.table();
    }

    static FluentConfiguration base(Database db, String url, MigrationSettings settings) {
        FluentConfiguration config = Flyway.configure(FlywaySteps.class.getClassLoader())
                .dataSource(db.migrationLogin().url(url), db.migrationLogin().user(),
                        db.migrationLogin().password().reveal())
                .loggers(FlywayLogBridge.class.getName())
                .placeholders(settings.placeholders())
                .validateOnMigrate(false)
                .cleanDisabled(true)
                // a transactional lock would make CREATE INDEX CONCURRENTLY wait for Flyway's own session
                .configuration(java.util.Map.of("flyway.postgresql.transactional.lock", "false"));
        settings.flyway().applyTo(config);
        if (!settings.schemas().isEmpty()) {
            config.schemas(settings.schemas().toArray(String[]::new));
        }
        if (settings.table() != null && !settings.table().isBlank()) {
            config.table(settings.table());
        }
        return config;
    }

    /** Applies migrations (in version order), each in its own transaction; returns the first failure, if any. */
    Optional<StepFailure> apply(List<VersionedMigration> migrations) {
        for (VersionedMigration m : migrations) {
            Optional<StepFailure> failure = apply(m);
            if (failure.isPresent()) {
                return failure;
            }
        }
        return Optional.empty();
    }

    private Optional<StepFailure> apply(VersionedMigration m) {
        if (!historyExists) {
            try {
                historyExists = runner.historyExists();
            } catch (SQLException e) {
                return Optional.of(new StepFailure(m.script(), m.version(), null, 0, true, e));
            }
            if (!historyExists) {
                // Flyway's first migrate creates the history table (and schemas) its own way
                upResources.clear();
                upResources.show(m.script(), m.flywayName());
                Optional<StepFailure> failure = migrate(up);
                historyExists = failure.isEmpty();
                return failure;
            }
        }
        try {
            runner.apply(m.script(), m.flywayName(), upTimeout);
            return Optional.empty();
        } catch (StepFailure e) {
            return Optional.of(e);
        }
    }

    /** Lets a watch see every script the runner runs ({@link ChangeTracker}); Flyway's own migrate() it does not see. */
    void watch(ScriptRunner.Watch watch) {
        runner.watch(watch);
    }

    /** Runs the undo script; on success the migration is no longer in the history. */
    Optional<StepFailure> undo(VersionedMigration m, Connection c) throws SQLException {
        String name = m.undo().getFileName().toString();
        try {
            runner.run(m.undo(), name.startsWith("U") ? name
                    : ScriptNames.flywayName(ScriptNames.Kind.UNDO, m.version(), m.description()), undoTimeout);
        } catch (StepFailure e) {
            return Optional.of(e);
        }
        forget(c, m.version());
        return Optional.empty();
    }

    /** Closes the runner's connection (a database is copied only while nobody is connected to it). */
    @Override
    public void close() {
        runner.close();
    }

    private void forget(Connection c, String version) throws SQLException {
        forgotten = null;
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM " + qualified(historyTable())
                + " WHERE version = ? RETURNING *")) {
            delete.setString(1, version);
            try (ResultSet rs = delete.executeQuery()) {
                if (rs.next()) {
                    Map<String, Object> row = new LinkedHashMap<>();
                    for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                        row.put(rs.getMetaData().getColumnName(i), rs.getObject(i));
                    }
                    forgotten = new Forgotten(version, row);
                }
            }
        }
    }

    /**
     * Puts back the history row the last successful undo removed, when it was this version's (the state is
     * rolled forward to "applied" again); false when there is none to put back.
     */
    boolean restoreHistory(Connection c, String version) throws SQLException {
        if (forgotten == null || !forgotten.version().equals(version)) {
            return false;
        }
        Map<String, Object> row = forgotten.row();
        String columns = row.keySet().stream().map(FlywaySteps::quote).collect(Collectors.joining(", "));
        String values = row.keySet().stream().map(k -> "?").collect(Collectors.joining(", "));
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO " + qualified(historyTable()) + " (" + columns
                + ") VALUES (" + values + ")")) {
            int i = 1;
            for (Object value : row.values()) {
                insert.setObject(i++, value);
            }
            insert.executeUpdate();
        }
        forgotten = null;
        return true;
    }

    /** The history's versions with checksum and success (a failed one counts too), sorted. */
    static List<String> versions(Connection c, MigrationSettings settings) throws SQLException {
        List<String> versions = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT version || ' ' || coalesce(checksum::text, '')"
                + " || ' ' || success FROM " + qualified(settings, historyTable(settings)) + " WHERE version IS NOT NULL")) {
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    versions.add(rs.getString(1));
                }
            }
        }
        versions.sort(null);
        return versions;
    }

    private record Forgotten(String version, Map<String, Object> row) {
    }

    private String qualified(String table) {
        return qualified(settings, table);
    }

    private static String qualified(MigrationSettings settings, String table) {
        String schema = settings.schemas().isEmpty() ? null : settings.schemas().get(0);
        return schema == null ? quote(table) : quote(schema) + "." + quote(table);
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static Optional<StepFailure> migrate(Flyway flyway) {
        try {
            flyway.migrate();
            return Optional.empty();
        } catch (FlywayMigrateException e) {
            return Optional.of(StepFailure.of(e));
        }
    }
}
