package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.SchemaProperties;
import org.postgresql.PGConnection;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * schema.db.privileges=managed: migrations run as {@value #NAME}, a role that owns every database of the run
 * and may create roles and databases but is no superuser, like the admin role Amazon RDS, Azure and Google
 * Cloud SQL hand out. Trusted extensions work for it (PostgreSQL 13+ lets a database's owner create them);
 * ALTER SYSTEM, COPY … PROGRAM, untrusted extensions and ALTER … OWNER TO a role it is not a member of fail
 * as they do there. The tool's own work (databases, catalog snapshots, fingerprints, generated rows) stays
 * with the superuser. On its own servers (embedded, testcontainers) the role logs in itself; on an external
 * server, whose pg_hba.conf the tool does not know, the tool's user takes the role at connect time.
 */
final class ManagedRole implements Database {
    static final String NAME = "schemagate_app";

    private final Database server;
    private final MigrationLogin login;

    private ManagedRole(Database server, MigrationLogin login) {
        this.server = server;
        this.login = login;
    }

    static Database apply(Database db, Privileges privileges, Log log) {
        if (privileges == Privileges.SUPERUSER) {
            log.info("Migrations run as " + db.user() + ", a superuser (" + SchemaProperties.DB_PRIVILEGES + "=superuser)");
            return db;
        }
        boolean ownServer = db.provider() != DatabaseProvider.EXTERNAL;
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            if (!isSuperuser(s)) {
                log.warn(SchemaProperties.DB_PRIVILEGES + "=managed: " + db.user() + " is no superuser here, so"
                        + " schemagate cannot set up its role " + NAME + "; migrations run as " + db.user()
                        + ", with that user's privileges.");
                return db;
            }
            createRole(s, ownServer);
            if (ownServer && !db.password().isEmpty()) {
                c.unwrap(PGConnection.class).alterUserPassword(NAME, db.password().reveal().toCharArray(), "scram-sha-256");
            }
            own(s, currentDatabase(s));
        } catch (SQLException e) {
            throw new SchemaGateException("Cannot set up the role " + NAME + " that migrations run as ("
                    + SchemaProperties.DB_PRIVILEGES + "=managed): " + db.password().scrub(e.getMessage())
                    + ". Use -D" + SchemaProperties.DB_PRIVILEGES + "=superuser to run them as " + db.user() + ".", e);
        }
        MigrationLogin login = ownServer ? new MigrationLogin(NAME, db.password(), null)
                : new MigrationLogin(db.user(), db.password(), NAME);
        log.info("Migrations run as " + NAME + ", which owns the database but is no superuser ("
                + SchemaProperties.DB_PRIVILEGES + "=managed, as on Amazon RDS, Azure and Google Cloud SQL)");
        return new ManagedRole(db, login);
    }

    /** The server's own Database behind the managed view. */
    static Database unwrap(Database db) {
        return db instanceof ManagedRole managed ? managed.server : db;
    }

    private static boolean isSuperuser(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    private static void createRole(Statement s, boolean login) throws SQLException {
        boolean exists;
        try (ResultSet rs = s.executeQuery("SELECT 1 FROM pg_roles WHERE rolname = '" + NAME + "'")) {
            exists = rs.next();
        }
        if (!exists) {
            try {
                s.execute("CREATE ROLE " + NAME);
            } catch (SQLException e) {
                // another build on the same external server made it first
                if (!"42710".equals(e.getSQLState()) && !"23505".equals(e.getSQLState())) {
                    throw e;
                }
            }
        }
        s.execute("ALTER ROLE " + NAME + " NOSUPERUSER CREATEDB CREATEROLE NOREPLICATION NOBYPASSRLS "
                + (login ? "LOGIN" : "NOLOGIN"));
    }

    private static String currentDatabase(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT current_database()")) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void own(Statement s, String database) throws SQLException {
        s.execute("ALTER DATABASE \"" + database.replace("\"", "\"\"") + "\" OWNER TO " + NAME);
    }

    private String owned(String url) throws SQLException {
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            own(s, JdbcUrls.database(url));
        }
        return url;
    }

    @Override
    public boolean managedPrivileges() {
        return true;
    }

    @Override
    public MigrationLogin migrationLogin() {
        return login;
    }

    @Override
    public Connection connectForMigrations(String url) throws SQLException {
        return login.connect(url);
    }

    @Override
    public String createDatabase(String suffix) throws SQLException {
        return owned(server.createDatabase(suffix));
    }

    @Override
    public String copyDatabase(String suffix, String sourceUrl) throws SQLException {
        return owned(server.copyDatabase(suffix, sourceUrl));
    }

    @Override
    public void dropDatabase(String url) throws SQLException {
        server.dropDatabase(url);
    }

    @Override
    public DatabaseProvider provider() {
        return server.provider();
    }

    @Override
    public String jdbcUrl() {
        return server.jdbcUrl();
    }

    @Override
    public String user() {
        return server.user();
    }

    @Override
    public Secret password() {
        return server.password();
    }

    @Override
    public String serverVersion() {
        return server.serverVersion();
    }

    @Override
    public Connection connect(String url) throws SQLException {
        return server.connect(url);
    }

    @Override
    public void close() {
        server.close();
    }
}
