package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HexFormat;
import java.util.Properties;

/**
 * A scratch database with a random name inside a server someone else runs. Everything happens
 * inside it; it is dropped at the end. Other databases are never touched.
 */
final class ScratchDatabase implements Database {
    private static final int TIMEOUT_SECONDS = 10;

    private final DatabaseSettings settings;
    private final String name;
    private final String version;
    private final ServerShutdown shutdown;
    private final java.util.List<String> extraDatabases = new java.util.concurrent.CopyOnWriteArrayList<>();

    private ScratchDatabase(DatabaseSettings settings, String name, String version) {
        this.settings = settings;
        this.name = name;
        this.version = version;
        this.shutdown = new ServerShutdown(this::drop);
    }

    static ScratchDatabase create(DatabaseSettings settings, Log log) {
        if (settings.url() == null || settings.url().isBlank()) {
            throw new ConfigurationException(SchemaProperties.DB_PROVIDER + "=external needs " + SchemaProperties.DB_URL
                    + ", for example -D" + SchemaProperties.DB_URL + "=jdbc:postgresql://postgres:5432/postgres");
        }
        if (!JdbcUrls.isPostgres(settings.url())) {
            throw new ConfigurationException(SchemaProperties.DB_URL + ": '" + settings.password().scrub(settings.url())
                    + "' is not a PostgreSQL JDBC URL. Use jdbc:postgresql://host:5432/postgres");
        }
        String name = "schemagate_" + HexFormat.of().formatHex(new SecureRandom().generateSeed(6));
        try (Connection admin = open(settings, settings.url()); Statement s = admin.createStatement()) {
            s.execute("CREATE DATABASE " + name);
            String version = admin.getMetaData().getDatabaseProductVersion().split(" ")[0];
            log.info("Created scratch database " + name + " on " + settings.password().scrub(settings.url()));
            return new ScratchDatabase(settings, name, version);
        } catch (SQLException e) {
            throw explain(settings, e);
        }
    }

    static Connection open(DatabaseSettings settings, String url) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", settings.user() == null ? "postgres" : settings.user());
        if (!settings.password().isEmpty()) {
            props.setProperty("password", settings.password().reveal());
        }
        props.setProperty("connectTimeout", Integer.toString(TIMEOUT_SECONDS));
        props.setProperty("loginTimeout", Integer.toString(TIMEOUT_SECONDS));
        props.setProperty("ApplicationName", "schemagate");
        return DriverManager.getConnection(url, props);
    }

    private static RuntimeException explain(DatabaseSettings settings, SQLException e) {
        String where = settings.password().scrub(settings.url());
        String state = e.getSQLState() == null ? "" : e.getSQLState();
        String reason = settings.password().scrub(e.getMessage());
        if (state.equals("28P01") || state.equals("28000")) {
            return new ConfigurationException("Cannot log in to " + where + " as '" + settings.user() + "': " + reason
                    + ". Check " + SchemaProperties.DB_USER + " and the password: the environment variable named by "
                    + SchemaProperties.DB_PASSWORD_ENV + " (default SCHEMAGATE_DB_PASSWORD), else PGPASSWORD, or the settings.xml"
                    + " <server> named by " + SchemaProperties.DB_SERVER_ID + ".");
        }
        if (state.equals("42501")) {
            return new ConfigurationException("User '" + settings.user() + "' may not create databases on " + where
                    + ". schemagate works in a scratch database of its own: ALTER ROLE " + settings.user() + " CREATEDB;");
        }
        if (state.startsWith("08")) {
            return new ConfigurationException("Cannot connect to " + where + ": " + reason
                    + ". Check " + SchemaProperties.DB_URL + " (host, port), that PostgreSQL is running there, and that"
                    + " the port is not another service's.");
        }
        return new SchemaGateException("Cannot create a scratch database on " + where + ": " + reason, e);
    }

    private void drop() {
        try (Connection admin = open(settings, settings.url()); Statement s = admin.createStatement()) {
            for (String extra : extraDatabases) {
                s.execute("DROP DATABASE IF EXISTS " + extra + " WITH (FORCE)");
            }
            s.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        } catch (SQLException e) {
            throw new SchemaGateException("Could not drop scratch database " + name + " on "
                    + settings.password().scrub(settings.url()) + ": " + settings.password().scrub(e.getMessage())
                    + ". Drop it by hand: DROP DATABASE " + name + ";", e);
        }
    }

    String name() {
        return name;
    }

    @Override
    public DatabaseProvider provider() {
        return DatabaseProvider.EXTERNAL;
    }

    @Override
    public String jdbcUrl() {
        return JdbcUrls.withDatabase(settings.url(), name);
    }

    @Override
    public String createDatabase(String suffix) throws SQLException {
        String extra = name + "_" + suffix;
        extraDatabases.add(extra);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + extra);
        }
        return JdbcUrls.withDatabase(settings.url(), extra);
    }

    @Override
    public String copyDatabase(String suffix, String sourceUrl) throws SQLException {
        String extra = name + "_" + suffix;
        extraDatabases.add(extra);
        try (Connection c = connect(); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + extra + " TEMPLATE " + JdbcUrls.database(sourceUrl));
        }
        return JdbcUrls.withDatabase(settings.url(), extra);
    }

    @Override
    public String user() {
        return settings.user() == null ? "postgres" : settings.user();
    }

    @Override
    public Secret password() {
        return settings.password();
    }

    @Override
    public String serverVersion() {
        return version;
    }

    @Override
    public Connection connect(String url) throws SQLException {
        return open(settings, url);
    }

    @Override
    public void close() {
        shutdown.run();
    }
}
