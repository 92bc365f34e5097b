package dev.schemagate.core.db;

import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.support.Secret;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;
import org.newsclub.net.unix.AFUNIXSocket;
import org.postgresql.PGConnection;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A real PostgreSQL server in a process of its own, from binaries on Maven Central. Starts from a
 * cached, already initialised data directory (initdb runs once per machine). It listens on a unix
 * socket only, in a 0700 folder of its run folder; as root it runs as a uid of its own
 * ({@link PrivilegeDrop}). Its whole folder is deleted when it stops, and a {@link Watchdog} stops
 * it when the build's JVM dies without cleaning up.
 */
final class EmbeddedPostgres implements Database {
    /** The socket file is named after the port; the folder is per run, so any fixed port does. */
    private static final int SOCKET_PORT = 5432;
    private static final int START_ATTEMPTS = 3;
    /** sun_path holds 108 bytes with the final NUL. */
    private static final int MAX_SOCKET_PATH = 107;

    /**
     * How clients reach the server. {@code LOOPBACK_PASSWORD} also listens on 127.0.0.1, with
     * scram-sha-256 and a random password per run held only in memory (set through the socket
     * before the TCP line is read): for tests that need a server reachable over TCP, like the one
     * a GitLab {@code services:} container gives.
     */
    enum Listen { UNIX_SOCKET, LOOPBACK_PASSWORD }

    private final Path runDir;
    private final Listen listen;
    private final ServerShutdown shutdown;
    private Process process;
    private Watchdog watchdog;
    private int port = SOCKET_PORT;
    private Secret password = Secret.none();
    private String version;

    private EmbeddedPostgres(Path runDir, Listen listen) {
        this.runDir = runDir;
        this.listen = listen;
        this.shutdown = new ServerShutdown(this::stopAndDelete);
    }

    static EmbeddedPostgres start(DatabaseSettings settings, Log log) {
        return start(settings, log, PrivilegeDrop.detect(), Listen.UNIX_SOCKET);
    }

    static EmbeddedPostgres start(DatabaseSettings settings, Log log, PrivilegeDrop drop, Listen listen) {
        Path tmp = runsRoot();
        Path closed = drop.firstClosed(tmp);
        if (closed != null) {
            log.info("PostgreSQL's run folder goes in /tmp: it runs as an unprivileged uid, which cannot enter " + closed
                    + " on the way to java.io.tmpdir (" + tmp + ").");
            tmp = Path.of("/tmp");
        }
        StaleRuns.sweep(tmp);
        Path logFile = ProcessLog.prepare(settings.logFile());
        Path home = PostgresBinaries.install(settings.cacheDir(), settings.binaries());
        drop.requireReachable(home, SchemaProperties.DB_CACHE_DIR);
        Path template = TemplateDataDir.ensure(home, settings.cacheDir(), drop, logFile, log);
        EmbeddedPostgres server;
        try {
            server = new EmbeddedPostgres(Files.createTempDirectory(tmp, StaleRuns.PREFIX), listen);
        } catch (IOException e) {
            throw new SchemaGateException("Cannot create a folder for PostgreSQL in " + tmp + ": " + e.getMessage(), e);
        }
        try {
            server.launch(home, template, drop, logFile, settings);
            return server;
        } catch (RuntimeException e) {
            server.close();
            throw e;
        }
    }

    /** java.io.tmpdir, unless it is too long for a socket path inside it; then /tmp. */
    static Path runsRoot() {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath();
        int longest = tmp.resolve(StaleRuns.PREFIX + Long.MAX_VALUE).resolve("s/.s.PGSQL." + SOCKET_PORT).toString().length();
        return longest <= MAX_SOCKET_PATH ? tmp : Path.of("/tmp");
    }

    private void launch(Path home, Path template, PrivilegeDrop drop, Path logFile, DatabaseSettings settings) {
        Path data = runDir.resolve("data");
        RunUser user = drop.runUser();
        try {
            StaleRuns.markOwned(runDir);
            FileTrees.copy(template, data);
            Files.createDirectory(socketDir());
            for (Path dir : List.of(runDir, data, socketDir())) {
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
            drop.handOver(runDir, user);
        } catch (IOException e) {
            throw new SchemaGateException("Cannot prepare the data directory " + data + ": " + e.getMessage(), e);
        }
        for (int attempt = 1; ; attempt++) {
            if (listen == Listen.LOOPBACK_PASSWORD) {
                port = freePort();
            }
            process = ServerProcess.spawn(drop.asUser(user, serverCommand(home, data)), logFile);
            watchdog = Watchdog.guard(process.pid(), runDir);
            try {
                version = ServerProcess.awaitReady(process, this::connectThroughSocket, settings.startTimeout(), logFile);
                if (listen == Listen.LOOPBACK_PASSWORD) {
                    openLoopback(data);
                }
                return;
            } catch (SchemaGateException e) {
                stop();
                if (attempt == START_ATTEMPTS || !ProcessLog.tail(logFile, 20).contains("could not bind")) {
                    throw e;
                }
            }
        }
    }

    private Path socketDir() {
        return runDir.resolve("s");
    }

    Path socketFile() {
        return socketDir().resolve(".s.PGSQL." + port);
    }

    private List<String> serverCommand(Path home, Path data) {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port)));
        String tcp = listen == Listen.LOOPBACK_PASSWORD ? "127.0.0.1" : "";
        // a throwaway server: durability settings off; clients come through the 0700 socket folder
        for (String setting : List.of("listen_addresses=" + tcp, "unix_socket_directories=" + socketDir(),
                "unix_socket_permissions=0700", "fsync=off", "synchronous_commit=off", "full_page_writes=off",
                "max_connections=40", "jit=off")) {
            cmd.add("-c");
            cmd.add(setting);
        }
        return cmd;
    }

    /** Sets a random password (the driver sends only its SCRAM verifier), then admits TCP with it. */
    private void openLoopback(Path data) {
        Secret fresh = Secret.of(HexFormat.of().formatHex(new SecureRandom().generateSeed(24)));
        try (Connection c = connectThroughSocket(); Statement s = c.createStatement()) {
            c.unwrap(PGConnection.class).alterUserPassword("postgres", fresh.reveal().toCharArray(), "scram-sha-256");
            Files.writeString(data.resolve("pg_hba.conf"), TemplateDataDir.HBA + "host all all 127.0.0.1/32 scram-sha-256\n");
            s.execute("SELECT pg_reload_conf()");
        } catch (SQLException | IOException e) {
            throw new SchemaGateException("Cannot set the embedded server's password: " + e.getMessage(), e);
        }
        password = fresh;
    }

    private Connection connectThroughSocket() throws SQLException {
        if (!AFUNIXSocket.isSupported()) {
            throw new SchemaGateException("The embedded PostgreSQL listens on a unix socket only, and junixsocket cannot"
                    + " load its native library here (is " + System.getProperty("java.io.tmpdir") + " mounted noexec?)."
                    + " Point it to another folder with MAVEN_OPTS=-Dorg.newsclub.net.unix.library.tmpdir=/some/exec/dir,"
                    + " or use -D" + SchemaProperties.DB_PROVIDER + "=testcontainers or external.");
        }
        return Database.super.connect(JdbcUrls.unixSocket(socketFile(), "postgres"));
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new SchemaGateException("No free TCP port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    static String queryVersion(Connection c) throws SQLException {
        try (c; Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SHOW server_version")) {
            rs.next();
            return rs.getString(1).split(" ")[0];
        }
    }

    @Override
    public DatabaseProvider provider() {
        return DatabaseProvider.EMBEDDED;
    }

    @Override
    public String jdbcUrl() {
        return listen == Listen.LOOPBACK_PASSWORD ? "jdbc:postgresql://127.0.0.1:" + port + "/postgres"
                : JdbcUrls.unixSocket(socketFile(), "postgres");
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public Secret password() {
        return password;
    }

    @Override
    public String serverVersion() {
        return version;
    }

    Path runDir() {
        return runDir;
    }

    long pid() {
        return process == null ? -1 : process.pid();
    }

    long watchdogPid() {
        return watchdog == null ? -1 : watchdog.pid();
    }

    private synchronized void stop() {
        if (watchdog != null) {
            watchdog.dismiss();
            watchdog = null;
        }
        ServerProcess.stop(process);
        process = null;
    }

    private void stopAndDelete() {
        try {
            stop();
        } finally {
            FileTrees.delete(runDir);
        }
    }

    @Override
    public void close() {
        shutdown.run();
    }
}
