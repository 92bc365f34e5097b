package dev.schemagate.core.db;

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
        Properties props = new Properties();
        props.setProperty("user", user());
        if (!password().isEmpty()) {
            props.setProperty("password", password().reveal());
        }
        return DriverManager.getConnection(jdbcUrl(), props);
    }

    @Override
    void close();
}
