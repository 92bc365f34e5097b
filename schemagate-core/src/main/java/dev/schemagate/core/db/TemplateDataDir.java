package dev.schemagate.core.db;

import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/**
 * An initialised data directory, made once per binaries version and cached: each server starts
 * from a copy of it, which is much faster than running initdb every time.
 */
final class TemplateDataDir {
    private TemplateDataDir() {
    }

    static Path ensure(Path home, Path cacheDir, PrivilegeDrop drop, Path logFile, Log log) {
        Path template = cacheDir.resolve(home.getFileName() + "-template");
        if (Files.exists(template.resolve("PG_VERSION"))) {
            return template;
        }
        log.info("Initialising a PostgreSQL data directory (once per machine) in " + template);
        Path staging = null;
        try {
            staging = Files.createTempDirectory(cacheDir, "initdb-");
            drop.handOver(staging);
            Path data = staging.resolve("data");
            ServerProcess.runToEnd(drop.wrap(List.of(home.resolve("bin/initdb").toString(), "-D", data.toString(),
                    "-U", "postgres", "-A", "trust", "-E", "UTF8", "--locale=C", "--no-sync", "--no-instructions")),
                    logFile, Duration.ofMinutes(2));
            PostgresBinaries.moveIntoPlace(data, template);
            return template;
        } catch (IOException e) {
            throw new SchemaGateException("Cannot initialise " + template + ": " + e.getMessage(), e);
        } finally {
            FileTrees.delete(staging);
        }
    }
}
