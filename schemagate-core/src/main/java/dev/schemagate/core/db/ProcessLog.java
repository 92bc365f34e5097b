package dev.schemagate.core.db;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Server output goes to target/schemagate/postgres.log; errors quote its last lines. */
final class ProcessLog {
    private ProcessLog() {
    }

    static Path prepare(Path logFile) {
        try {
            Files.createDirectories(logFile.getParent());
            return logFile;
        } catch (IOException e) {
            throw new dev.schemagate.core.SchemaGateException("Cannot create " + logFile.getParent() + ": " + e.getMessage(), e);
        }
    }

    static String tail(Path logFile, int lines) {
        try {
            List<String> all = Files.readAllLines(logFile, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}
