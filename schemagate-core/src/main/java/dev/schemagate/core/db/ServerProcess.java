package dev.schemagate.core.db;

import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Spawning, waiting for and stopping a postgres (or initdb) process. */
final class ServerProcess {
    private static final long POLL_MILLIS = 10;

    private ServerProcess() {
    }

    static Process spawn(List<String> command, Path logFile) {
        try {
            return new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile.toFile())).start();
        } catch (IOException e) {
            throw new SchemaGateException("Cannot run " + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    /** Runs a command to its end; a non-zero exit is an error quoting the log. */
    static void runToEnd(List<String> command, Path logFile, Duration timeout) {
        awaitExit(spawn(command, logFile), command.get(command.size() - 1), logFile, timeout);
    }

    /** Waits for a started process to end; a non-zero exit is an error quoting the log. */
    static void awaitExit(Process p, String label, Path logFile, Duration timeout) {
        try {
            if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                p.destroyForcibly();
                throw new SchemaGateException(label + " did not finish within " + timeout.toSeconds() + " s");
            }
        } catch (InterruptedException e) {
            p.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new SchemaGateException("Interrupted while running " + label, e);
        }
        if (p.exitValue() != 0) {
            throw new SchemaGateException(label + " failed (exit " + p.exitValue() + "). From "
                    + logFile + ":\n" + ProcessLog.tail(logFile, 15));
        }
    }

    /** Polls until the server answers a query; returns its version. */
    static String awaitReady(Process process, Connector connector, Duration timeout, Path logFile) {
        long deadline = System.nanoTime() + timeout.toNanos();
        SQLException last = null;
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new SchemaGateException("PostgreSQL exited during start (exit " + process.exitValue() + "). From "
                        + logFile + ":\n" + ProcessLog.tail(logFile, 15));
            }
            try {
                return EmbeddedPostgres.queryVersion(connector.connect());
            } catch (SQLException e) {
                last = e;
            }
            sleep(POLL_MILLIS);
        }
        throw new SchemaGateException("PostgreSQL did not accept connections within " + timeout.toSeconds() + " s ("
                + (last == null ? "no answer" : last.getMessage()) + "). See " + logFile);
    }

    /** Fast shutdown (SIGINT: ends sessions, no waiting for clients), then SIGKILL if it hangs. */
    static void stop(Process process) {
        if (process == null || !process.isAlive()) {
            return;
        }
        try {
            new ProcessBuilder("kill", "-INT", Long.toString(process.pid()))
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start().waitFor(5, TimeUnit.SECONDS);
            if (!process.waitFor(15, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
            }
        } catch (IOException e) {
            process.destroy();
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
    }

    interface Connector {
        Connection connect() throws SQLException;
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaGateException("Interrupted while waiting for PostgreSQL", e);
        }
    }
}
