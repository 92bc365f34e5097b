package dev.schemagate.core.db;

import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.support.Secret;
import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The external provider against a real, password-protected server (started by the embedded provider). */
class ScratchDatabaseIT {
    private static final String PASSWORD = "s3cret-Pw-4711";
    private static Path work;
    private static Database server;

    @BeforeAll
    static void passwordProtectedServer() throws Exception {
        work = Files.createTempDirectory("scratch-it");
        server = EmbeddedPostgres.start(DatabaseSettings.embedded(work), Log.silent(), PrivilegeDrop.detect(),
                EmbeddedPostgres.Listen.LOOPBACK_PASSWORD);
        try (Connection c = server.connect(); Statement s = c.createStatement()) {
            s.execute("ALTER ROLE postgres PASSWORD '" + PASSWORD + "'");
            s.execute("CREATE DATABASE keep_me");
            ResultSet rs = s.executeQuery("SHOW hba_file");
            rs.next();
            Files.writeString(Path.of(rs.getString(1)), "host all all 127.0.0.1/32 scram-sha-256\n");
            s.execute("SELECT pg_reload_conf()");
        }
    }

    @AfterAll
    static void stop() {
        server.close();
        FileTrees.delete(work);
    }

    private static DatabaseSettings external(String url, String password) {
        return DatabaseSettings.embedded(work).withProvider(DatabaseProvider.EXTERNAL)
                .withExternal(url, "postgres", Secret.of(password));
    }

    @Test
    void worksInAScratchDatabaseAndDropsIt() throws Exception {
        String name;
        try (Database scratch = Databases.start(external(server.jdbcUrl(), PASSWORD), Log.silent())) {
            name = ((ScratchDatabase) ManagedRole.unwrap(scratch)).name();
            assertThat(scratch.jdbcUrl()).endsWith("/" + name);
            try (Connection c = scratch.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE t (id int)");
                ResultSet rs = s.executeQuery("SELECT current_database()");
                rs.next();
                assertThat(rs.getString(1)).isEqualTo(name);
            }
        }
        assertThat(databases()).doesNotContain(name).contains("keep_me", "postgres");
    }

    @Test
    void wrongPasswordFailsFastAndNeverShowsThePassword() {
        String wrong = "not-the-Pw-9";
        long start = System.nanoTime();
        assertThatThrownBy(() -> Databases.start(external(server.jdbcUrl() + "?password=" + wrong, wrong), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("Cannot log in")
                .hasMessageContaining("schema.db.user")
                .hasMessageNotContaining(wrong)
                .hasMessageNotContaining(PASSWORD);
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(15);
    }

    @Test
    void wrongPortFailsFastNamingTheUrlProperty() throws Exception {
        int closedPort;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> Databases.start(external("jdbc:postgresql://127.0.0.1:" + closedPort + "/postgres",
                PASSWORD), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.db.url")
                .hasMessageNotContaining(PASSWORD);
        assertThat((System.nanoTime() - start) / 1_000_000_000).isLessThan(15);
    }

    @Test
    void notAPostgresUrlIsRejected() {
        assertThatThrownBy(() -> Databases.start(external("jdbc:mysql://h/db", PASSWORD), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("jdbc:postgresql://");
    }

    private static List<String> databases() throws Exception {
        List<String> names = new ArrayList<>();
        DatabaseSettings admin = external(server.jdbcUrl(), PASSWORD);
        try (Connection c = ScratchDatabase.open(admin, server.jdbcUrl());
             ResultSet rs = c.createStatement().executeQuery("SELECT datname FROM pg_database")) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
