package dev.schemagate.core.db;

import dev.schemagate.core.support.Secret;
import dev.schemagate.core.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Who migrations connect as, per provider and schema.db.privileges, on a real server. */
class ManagedRoleIT {
    @TempDir
    Path work;

    private static String query(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }

    private static void assertManaged(Database db, String sessionUser) throws SQLException {
        assertThat(db.managedPrivileges()).isTrue();
        String copy = db.createDatabase("managed_it");
        for (String url : new String[] {db.jdbcUrl(), copy}) {
            try (Connection c = db.connectForMigrations(url); Statement s = c.createStatement()) {
                assertThat(query(c, "SELECT current_user")).isEqualTo(ManagedRole.NAME);
                assertThat(query(c, "SELECT session_user")).isEqualTo(sessionUser);
                assertThat(query(c, "SELECT pg_get_userbyid(datdba) FROM pg_database WHERE datname = current_database()"))
                        .isEqualTo(ManagedRole.NAME);
                assertThat(query(c, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user")).isEqualTo("false");
                s.execute("CREATE EXTENSION pgcrypto");
                s.execute("CREATE TABLE t (id int)");
                assertThat(query(c, "SELECT pg_get_userbyid(relowner) FROM pg_class WHERE relname = 't'"))
                        .isEqualTo(ManagedRole.NAME);
                assertThatThrownBy(() -> s.execute("CREATE EXTENSION file_fdw"))
                        .isInstanceOfSatisfying(SQLException.class, e -> assertThat(e.getSQLState()).isEqualTo("42501"));
            }
        }
        try (Connection c = db.connect()) {
            assertThat(query(c, "SELECT rolsuper::text FROM pg_roles WHERE rolname = current_user"))
                    .as("the tool's own connection stays superuser").isEqualTo("true");
        }
        db.dropDatabase(copy);
    }

    @Test
    void embeddedMigrationsLogInAsTheManagedRole() throws SQLException {
        try (Database db = Databases.start(DatabaseSettings.embedded(work), Log.silent())) {
            assertManaged(db, ManagedRole.NAME);
        }
    }

    @Test
    void onAnExternalServerTheToolsUserTakesTheRole() throws SQLException {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(DatabaseSettings.embedded(work.resolve("server")),
                Log.silent(), PrivilegeDrop.detect(), EmbeddedPostgres.Listen.LOOPBACK_PASSWORD);
             Database db = Databases.start(DatabaseSettings.embedded(work).withProvider(DatabaseProvider.EXTERNAL)
                     .withExternal(server.jdbcUrl(), "postgres", server.password()), Log.silent())) {
            assertThat(db.migrationLogin().role()).isEqualTo(ManagedRole.NAME);
            assertManaged(db, "postgres");
        }
    }

    @Test
    void superuserPrivilegesKeepTheToolsUser() throws SQLException {
        try (Database db = Databases.start(DatabaseSettings.embedded(work).withPrivileges(Privileges.SUPERUSER),
                Log.silent()); Connection c = db.connectForMigrations(db.jdbcUrl())) {
            assertThat(db.managedPrivileges()).isFalse();
            assertThat(query(c, "SELECT current_user")).isEqualTo("postgres");
        }
    }

    @Test
    void aToolUserWithoutSuperuserRunsTheMigrationsItself() throws SQLException {
        try (EmbeddedPostgres server = EmbeddedPostgres.start(DatabaseSettings.embedded(work.resolve("server")),
                Log.silent(), PrivilegeDrop.detect(), EmbeddedPostgres.Listen.LOOPBACK_PASSWORD)) {
            try (Connection c = server.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE ROLE deployer LOGIN CREATEDB PASSWORD 'deployer-pw-1'");
            }
            StringBuilder warnings = new StringBuilder();
            Log log = new Log() {
                @Override
                public void info(String message) {
                }

                @Override
                public void warn(String message) {
                    warnings.append(message).append('\n');
                }

                @Override
                public void debug(String message) {
                }
            };
            try (Database db = Databases.start(DatabaseSettings.embedded(work).withProvider(DatabaseProvider.EXTERNAL)
                    .withExternal(server.jdbcUrl(), "deployer", Secret.of("deployer-pw-1")), log);
                 Connection c = db.connectForMigrations(db.jdbcUrl())) {
                assertThat(db.managedPrivileges()).isFalse();
                assertThat(query(c, "SELECT current_user")).isEqualTo("deployer");
            }
            assertThat(warnings.toString()).contains("deployer is no superuser").contains("schema.db.privileges=managed");
        }
    }
}
