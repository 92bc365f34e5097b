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
        update(sha, "schemagate " + ToolVersion.get() + "\nopenapi-generator " + ClientGenerator.generatorVersion()
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

    /** True when the last generation into this output had the same key and its files are still there. */
    static boolean isFresh(ClientSettings settings, String key) {
        Path state = stateFile(settings);
        try {
            return Files.isRegularFile(state) && Files.readString(state).strip().equals(key)
                    && Files.isRegularFile(settings.output().resolve(ClientFiles.FILES_LIST));
        } catch (IOException e) {
            return false;
        }
    }

    static void store(ClientSettings settings, String key) {
        Path state = stateFile(settings);
        try {
            Files.createDirectories(state.getParent());
            Files.writeString(state, key + "\n");
        } catch (IOException e) {
            throw new SchemaGateException("Cannot write the client cache state " + state + ": " + e.getMessage(), e);
        }
    }

    static Path stateFile(ClientSettings settings) {
        MessageDigest sha = sha256();
        update(sha, settings.output().toString());
        return settings.stateDir().resolve("client-" + HexFormat.of().formatHex(sha.digest()).substring(0, 16) + ".sha256");
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
