package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * A running throwaway PostgreSQL database. Closing it stops the server (or drops the scratch
 * database) and deletes its files; it is also closed by a shutdown hook on Ctrl-C or SIGTERM.
 */
public interface Database extends AutoCloseable {
    DatabaseProvider provider();

    String jdbcUrl();

    String user();

    Secret password();

    /** Like "17.11". */
    String serverVersion();

    default Connection connect() throws SQLException {
        return connect(jdbcUrl());
    }

    /** Connects to another database of the same server, as the same user. */
    default Connection connect(String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", user());
        if (!password().isEmpty()) {
            props.setProperty("password", password().reveal());
        }
        return DriverManager.getConnection(url, props);
    }

    /** How migrations log in (schema.db.privileges): as this user, unless {@link ManagedRole} set up a role. */
    default MigrationLogin migrationLogin() {
        return new MigrationLogin(user(), password(), null);
    }

    /** Whether migrations run as a role that is no superuser, set up by schema.db.privileges=managed. */
    default boolean managedPrivileges() {
        return false;
    }

    /** A connection for the statements of the project (migrations, seeds, the lint's observed run). */
    default Connection connectForMigrations(String url) throws SQLException {
        return connect(url);
    }

    /**
     * Creates an empty database on the same server (to rebuild a consistent state after a failed
     * step) and returns its JDBC URL. It goes away with this database.
     */
    default String createDatabase(String suffix) throws SQLException {
        String name = "schemagate_" + suffix;
        try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name);
        }
        return JdbcUrls.withDatabase(jdbcUrl(), name);
    }

    /**
     * Creates a database on the same server as a copy of another one ({@code CREATE DATABASE … TEMPLATE}),
     * and returns its JDBC URL. Nobody may be connected to the source meanwhile. It goes away with this database.
     */
    default String copyDatabase(String suffix, String sourceUrl) throws SQLException {
        String name = "schemagate_" + suffix;
        try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + name + " TEMPLATE " + JdbcUrls.database(sourceUrl));
        }
        return JdbcUrls.withDatabase(jdbcUrl(), name);
    }

    /** Drops a database made by {@link #createDatabase} or {@link #copyDatabase}, when it is no longer needed. */
    default void dropDatabase(String url) throws SQLException {
        try (Connection c = connect(); java.sql.Statement s = c.createStatement()) {
            s.execute("DROP DATABASE IF EXISTS " + JdbcUrls.database(url) + " WITH (FORCE)");
        }
    }

    @Override
    void close();
}
