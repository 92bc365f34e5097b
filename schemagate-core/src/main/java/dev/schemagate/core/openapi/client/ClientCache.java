package dev.schemagate.core.openapi.client;

import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.ToolVersion;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * Skips a generation when nothing it depends on changed. The key is a SHA-256 of the fully
 * resolved spec (the bytes of every file it reaches through $refs), the generator options and the
 * versions of openapi-generator and schemagate. The state file lives under target/, one per output
 * folder, so a clean build always generates.
 */
final class ClientCache {
    private ClientCache() {
    }

    static String key(ClientSettings settings, List<Path> specFiles) {
        MessageDigest sha = sha256();
        update(sha, "schemagate " + ToolVersion.get() + "\nopenapi-generator " + generatorVersion()
                + "\n" + settings.generator().canonical());
        for (Path file : specFiles) {
            update(sha, "file " + settings.relative(file) + "\n");
            try {
                sha.update(Files.readAllBytes(file));
            } catch (IOException e) {
                throw new SchemaGateException("Cannot read " + file + ": " + e.getMessage(), e);
            }
        }
        return HexFormat.of().formatHex(sha.digest());
    }

    /**
     * The number of spec files when the last generation into this output had the same key (computed
     * from the files that generation resolved, so nothing is parsed) and its files are still there;
     * -1 otherwise. A new $ref changes the file that holds it, so the file list cannot go stale.
     */
    static int freshSpecFiles(ClientSettings settings) {
        Path state = stateFile(settings);
        try {
            if (!Files.isRegularFile(state) || !Files.isRegularFile(settings.output().resolve(ClientFiles.FILES_LIST))) {
                return -1;
            }
            List<String> lines = Files.readAllLines(state);
            List<Path> files = lines.stream().skip(1).map(settings.basedir()::resolve).toList();
            if (files.isEmpty() || !files.stream().allMatch(Files::isRegularFile)) {
                return -1;
            }
            return lines.get(0).equals(key(settings, files)) ? files.size() : -1;
        } catch (IOException e) {
            return -1;
        }
    }

    static void store(ClientSettings settings, String key, List<Path> specFiles) {
        Path state = stateFile(settings);
        StringBuilder text = new StringBuilder(key).append('\n');
        specFiles.forEach(f -> text.append(settings.relative(f)).append('\n'));
        try {
            Files.createDirectories(state.getParent());
            Files.writeString(state, text);
        } catch (IOException e) {
            throw new SchemaGateException("Cannot write the client cache state " + state + ": " + e.getMessage(), e);
        }
    }

    static Path stateFile(ClientSettings settings) {
        MessageDigest sha = sha256();
        update(sha, settings.output().toString());
        return settings.stateDir().resolve("client-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16) + ".sha256");
    }

    /** The version of the generator library, part of the cache key; read from a file written at build time (cheap). */
    static String generatorVersion() {
        try (java.io.InputStream in = ClientCache.class.getResourceAsStream("generator.properties")) {
            java.util.Properties p = new java.util.Properties();
            if (in != null) {
                p.load(in);
            }
            return p.getProperty("version", "unknown");
        } catch (java.io.IOException e) {
            return "unknown";
        }
    }

    private static void update(MessageDigest sha, String text) {
        sha.update(text.getBytes(StandardCharsets.UTF_8));
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
