package dev.schemagate.core.db;

import dev.schemagate.core.support.FileTrees;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Every embedded server lives in a folder {@code schemagate-pg-*} that names the JVM owning it.
 * A JVM killed with SIGKILL cannot clean up; the next run finds such folders, stops their server
 * and deletes them, so nothing is left behind for long.
 */
final class StaleRuns {
    static final String PREFIX = "schemagate-pg-";
    static final String OWNER_FILE = "owner.pid";

    private StaleRuns() {
    }

    static void markOwned(Path runDir) throws IOException {
        Files.writeString(runDir.resolve(OWNER_FILE), Long.toString(ProcessHandle.current().pid()));
    }

    static void sweep(Path root) {
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(root, PREFIX + "*")) {
            for (Path dir : dirs) {
                if (isAbandoned(dir)) {
                    serverPid(dir).flatMap(ProcessHandle::of)
                            .filter(p -> commandLineMentions(p.pid(), dir))
                            .ifPresent(ProcessHandle::destroyForcibly);
                    FileTrees.delete(dir);
                }
            }
        } catch (IOException | RuntimeException e) {
            // best effort: a folder we cannot read belongs to someone else
        }
    }

    private static boolean isAbandoned(Path dir) throws IOException {
        Path owner = dir.resolve(OWNER_FILE);
        if (!Files.exists(owner)) {
            Instant created = Files.getLastModifiedTime(dir).toInstant();
            return created.isBefore(Instant.now().minus(Duration.ofMinutes(10)));
        }
        long pid = Long.parseLong(Files.readString(owner).trim());
        return ProcessHandle.of(pid).map(p -> !p.isAlive()).orElse(true);
    }

    private static Optional<Long> serverPid(Path dir) {
        try {
            String first = Files.readAllLines(dir.resolve("data/postmaster.pid"), StandardCharsets.UTF_8).get(0);
            return Optional.of(Long.parseLong(first.trim()));
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    private static boolean commandLineMentions(long pid, Path dir) {
        try {
            byte[] cmd = Files.readAllBytes(Path.of("/proc", Long.toString(pid), "cmdline"));
            return new String(cmd, StandardCharsets.UTF_8).contains(dir.toString());
        } catch (IOException e) {
            return false;
        }
    }
}
