package dev.schemagate.core.db;

import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * An initialised data directory, made once per binaries version and cached: each server starts
 * from a copy of it, which is much faster than running initdb every time. Its pg_hba.conf admits
 * only the unix socket ({@code local all all trust}), whose folder is 0700 per run; no TCP line.
 */
final class TemplateDataDir {
    /** Part of the folder name: a template made by an older layout is never picked up. */
    static final String LAYOUT = "v2";
    static final String HBA = """
            # written by schemagate: the unix socket only; its folder (0700) admits the server's own uid and root
            local all all trust
            """;
    private static final Pattern HOST_TRUST = Pattern.compile("(?m)^\\s*host\\S*\\s.*\\btrust\\s*$");

    private TemplateDataDir() {
    }

    static Path ensure(Path home, Path cacheDir, PrivilegeDrop drop, Path logFile, Log log) {
        Path template = cacheDir.resolve(home.getFileName() + "-template-" + LAYOUT);
        if (Files.exists(template.resolve("PG_VERSION"))) {
            if (!hasHostTrust(template)) {
                return template;
            }
            log.info("Re-initialising " + template + ": its pg_hba.conf admits TCP connections without a password");
            discard(template, cacheDir);
        }
        log.info("Initialising a PostgreSQL data directory (once per machine) in " + template);
        Path staging = null;
        try {
            staging = Files.createTempDirectory(cacheDir, "initdb-");
            RunUser user = drop.initdbUser(drop.runUser());
            drop.handOver(staging, user);
            Path data = staging.resolve("data");
            List<String> initdb = new ArrayList<>(List.of(home.resolve("bin/initdb").toString(), "-D", data.toString(),
                    "-U", "postgres", "--auth-local=trust", "--auth-host=reject", "-E", "UTF8", "--locale=C",
                    "--no-sync"));
            if (majorOf(home) >= 14) { // older initdb has no such option
                initdb.add("--no-instructions");
            }
            ServerProcess.awaitExit(drop.spawnInitdb(initdb, user, logFile), "initdb", logFile, Duration.ofMinutes(2));
            Files.writeString(data.resolve("pg_hba.conf"), HBA);
            // the copy in the cache belongs to the build's user: no server (nor nobody) can change it
            drop.handOver(data, RunUser.current());
            PostgresBinaries.moveIntoPlace(data, template);
            return template;
        } catch (IOException e) {
            throw new SchemaGateException("Cannot initialise " + template + ": " + e.getMessage(), e);
        } finally {
            FileTrees.delete(staging);
        }
    }

    static boolean hasHostTrust(Path dataDir) {
        try {
            return HOST_TRUST.matcher(Files.readString(dataDir.resolve("pg_hba.conf"))).find();
        } catch (IOException e) {
            return true;
        }
    }

    /** Moves it aside first, so that a parallel build never copies half a folder. */
    private static void discard(Path template, Path cacheDir) {
        try {
            Path aside = Files.createTempDirectory(cacheDir, "discard-");
            Files.move(template, aside.resolve("data"));
            FileTrees.delete(aside);
        } catch (IOException e) {
            throw new SchemaGateException("Cannot remove " + template + " (it admits TCP connections without a"
                    + " password): " + e.getMessage() + ". Delete it by hand: rm -rf " + template, e);
        }
    }

    /** The major version in the binaries' folder name (pg-13.22.0); an unknown name counts as the newest. */
    static int majorOf(Path home) {
        java.util.regex.Matcher m = Pattern.compile("^pg-(\\d+)\\.").matcher(home.getFileName().toString());
        return m.find() ? Integer.parseInt(m.group(1)) : Integer.MAX_VALUE;
    }
}
