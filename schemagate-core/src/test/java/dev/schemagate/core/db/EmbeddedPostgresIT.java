package dev.schemagate.core.db;

import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

class EmbeddedPostgresIT {
    @TempDir
    Path work;

    private DatabaseSettings settings() {
        return DatabaseSettings.embedded(work);
    }

    @Test
    void startsAnswersAndLeavesNothingBehind() throws Exception {
        EmbeddedPostgres db = EmbeddedPostgres.start(settings(), Log.silent());
        Path runDir = db.runDir();
        long pid = db.pid();
        try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT 40 + 2")) {
            rs.next();
            assertThat(rs.getInt(1)).isEqualTo(42);
        }
        assertThat(db.serverVersion()).startsWith("17.");
        assertThat(db.jdbcUrl()).startsWith("jdbc:postgresql://localhost/postgres?socketFactory=");
        db.close();
        assertThat(runDir).doesNotExist();
        assertThat(ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false)).isFalse();
        assertThat(Files.readString(work.resolve("postgres.log"))).contains("database system is shut down");
    }

    @Test
    void twoServersRunSideBySide() {
        try (EmbeddedPostgres a = EmbeddedPostgres.start(settings(), Log.silent());
             EmbeddedPostgres b = EmbeddedPostgres.start(settings(), Log.silent())) {
            assertThat(a.jdbcUrl()).isNotEqualTo(b.jdbcUrl());
            assertThat(a.runDir()).isNotEqualTo(b.runDir());
        }
    }

    /** The path GitLab runner containers take: root, and no user namespaces. */
    @Test
    void asRootWithoutUserNamespacesRunsAsAnUnprivilegedUid() throws Exception {
        boolean root = PrivilegeDrop.currentUid() == 0;
        if (Boolean.parseBoolean(System.getenv("CI")) && !root) {
            fail("CI must run as root to test the setpriv fallback");
        }
        assumeTrue(root, "only root drops privileges");
        // a fresh cache, so that unpacking and initdb (as nobody) take the setpriv path too
        Path cache = Files.createTempDirectory(Path.of(System.getProperty("java.io.tmpdir")), "sg-setpriv-cache-");
        Files.setPosixFilePermissions(cache, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
        DatabaseSettings fresh = settings().withCacheDir(cache);
        try (EmbeddedPostgres db = EmbeddedPostgres.start(fresh, Log.silent(), PrivilegeDrop.SETPRIV,
                EmbeddedPostgres.Listen.UNIX_SOCKET)) {
            String status = Files.readString(Path.of("/proc", Long.toString(db.pid()), "status"));
            assertThat(status).containsPattern("Uid:\\s+2\\d{9}\\s");
            try (Connection c = db.connect(); ResultSet rs = c.createStatement().executeQuery("SELECT 1")) {
                assertThat(rs.next()).isTrue();
            }
        } finally {
            FileTrees.delete(cache);
        }
    }

    @Test
    void setprivRefusesACacheThatNobodyCannotEnter(@TempDir Path privateDir) throws Exception {
        Files.setPosixFilePermissions(privateDir, java.nio.file.attribute.PosixFilePermissions.fromString("rwx------"));
        Path home = Files.createDirectories(privateDir.resolve("pg"));
        assertThatThrownBy(() -> PrivilegeDrop.SETPRIV.requireReachable(home, "schema.db.cacheDir"))
                .isInstanceOf(dev.schemagate.core.SchemaGateException.class)
                .hasMessageContaining("-Dschema.db.cacheDir=");
    }

    @Test
    void aRunLeftByAKilledBuildIsSweptAtTheNextStart() throws Exception {
        Process dead = new ProcessBuilder("true").start();
        dead.waitFor(5, TimeUnit.SECONDS);
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        Path stale = Files.createTempDirectory(tmp, StaleRuns.PREFIX);
        Files.createDirectories(stale.resolve("data"));
        Files.writeString(stale.resolve(StaleRuns.OWNER_FILE), Long.toString(dead.pid()));
        try (EmbeddedPostgres db = EmbeddedPostgres.start(settings(), Log.silent())) {
            assertThat(stale).doesNotExist();
            assertThat(db.runDir()).exists();
        }
    }
}
