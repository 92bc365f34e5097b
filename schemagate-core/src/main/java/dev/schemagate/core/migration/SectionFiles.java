package dev.schemagate.core.migration;

import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The up or down section of a goose, dbmate or diesel migration, written as a script of its own for
 * Flyway. Each line keeps its number in the user's file (the other section and the marker lines are
 * blank), and every finding shows the user's file: {@link #original} maps a section back to it.
 */
final class SectionFiles {
    private static final Map<Path, Path> ORIGINALS = new ConcurrentHashMap<>();
    private final Path dir;
    private final Charset encoding;

    private SectionFiles(Path dir, Charset encoding) {
        this.dir = dir;
        this.encoding = encoding;
    }

    /** A scratch folder for one run's sections, removed when the JVM ends. */
    static SectionFiles create(Charset encoding) {
        try {
            Path dir = Files.createTempDirectory("schemagate-sections-");
            dir.toFile().deleteOnExit();
            return new SectionFiles(dir, encoding);
        } catch (IOException e) {
            throw new SchemaGateException("Cannot create a scratch folder for the migration sections: " + e.getMessage(), e);
        }
    }

    /**
     * Writes one section as {@code name} (never a Flyway name, so Flyway's own scan never takes it for
     * a script); without a transaction, a {@code .conf} beside it says executeInTransaction=false.
     */
    Path write(Path original, String name, String text, boolean inTransaction) {
        Path file = dir.resolve(name);
        try {
            Files.writeString(file, text, encoding);
            file.toFile().deleteOnExit();
            if (!inTransaction) {
                Path conf = file.resolveSibling(name + ".conf");
                Files.writeString(conf, "executeInTransaction=false\n", encoding);
                conf.toFile().deleteOnExit();
            }
        } catch (IOException e) {
            throw new SchemaGateException("Cannot write the section " + file + " of " + original + ": " + e.getMessage(), e);
        }
        ORIGINALS.put(key(file), original);
        return file;
    }

    /** The user's file a section was taken from, or the file itself. */
    static Path original(Path file) {
        return file == null ? null : ORIGINALS.getOrDefault(key(file), file);
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }
}
