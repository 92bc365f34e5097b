package dev.schemagate.core.db;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * A real PostgreSQL server in a process of its own, from binaries on Maven Central. Starts from a
 * cached, already initialised data directory (initdb runs once per machine), on a random free
 * port, listening on 127.0.0.1 only; its whole folder is deleted when it stops.
 */
final class EmbeddedPostgres implements Database {
    private static final int START_ATTEMPTS = 3;

    private final Path runDir;
    private final ServerShutdown shutdown;
    private Process process;
    private int port;
    private String version;

    private EmbeddedPostgres(Path runDir) {
        this.runDir = runDir;
        this.shutdown = new ServerShutdown(this::stopAndDelete);
    }

    static EmbeddedPostgres start(DatabaseSettings settings, Log log) {
        return start(settings, log, PrivilegeDrop.detect());
    }

    static EmbeddedPostgres start(DatabaseSettings settings, Log log, PrivilegeDrop drop) {
        Path tmp = Path.of(System.getProperty("java.io.tmpdir"));
        StaleRuns.sweep(tmp);
        Path logFile = ProcessLog.prepare(settings.logFile());
        Path home = PostgresBinaries.install(settings.cacheDir(), settings.binaries());
        drop.requireReachable(home, SchemaProperties.DB_CACHE_DIR);
        Path template = TemplateDataDir.ensure(home, settings.cacheDir(), drop, logFile, log);
        EmbeddedPostgres server;
        try {
            server = new EmbeddedPostgres(Files.createTempDirectory(tmp, StaleRuns.PREFIX));
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

    private void launch(Path home, Path template, PrivilegeDrop drop, Path logFile, DatabaseSettings settings) {
        Path data = runDir.resolve("data");
        try {
            StaleRuns.markOwned(runDir);
            Files.setPosixFilePermissions(runDir, PosixFilePermissions.fromString("rwxr-xr-x"));
            FileTrees.copy(template, data);
            Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwx------"));
            drop.handOver(data);
        } catch (IOException e) {
            throw new SchemaGateException("Cannot prepare the data directory " + data + ": " + e.getMessage(), e);
        }
        for (int attempt = 1; ; attempt++) {
            port = freePort();
            process = ServerProcess.spawn(drop.wrap(serverCommand(home, data, port)), logFile);
            try {
                version = ServerProcess.awaitReady(process, this, settings.startTimeout(), logFile);
                return;
            } catch (SchemaGateException e) {
                stop();
                if (attempt == START_ATTEMPTS || !ProcessLog.tail(logFile, 20).contains("could not bind")) {
                    throw e;
                }
            }
        }
    }

    private static List<String> serverCommand(Path home, Path data, int port) {
        List<String> cmd = new ArrayList<>(List.of(home.resolve("bin/postgres").toString(), "-D", data.toString(),
                "-p", Integer.toString(port)));
        // a throwaway server: durability settings off, TCP on loopback only, no unix socket
        for (String setting : List.of("listen_addresses=127.0.0.1", "unix_socket_directories=", "fsync=off",
                "synchronous_commit=off", "full_page_writes=off", "max_connections=40", "jit=off")) {
            cmd.add("-c");
            cmd.add(setting);
        }
        return cmd;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new SchemaGateException("No free TCP port on 127.0.0.1: " + e.getMessage(), e);
        }
    }

    static String queryVersion(Database db) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SHOW server_version")) {
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
        return "jdbc:postgresql://127.0.0.1:" + port + "/postgres";
    }

    @Override
    public String user() {
        return "postgres";
    }

    @Override
    public Secret password() {
        return Secret.none();
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

    private synchronized void stop() {
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
