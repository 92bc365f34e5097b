package dev.schemagate.core;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Lists the files of a module's input folder (migrations, schemas, specs). A symbolic link whose
 * target leaves the module is refused before anything reads it, unless schema.followSymlinks is set.
 */
public final class ModuleFiles {
    private ModuleFiles() {
    }

    /** The regular files under {@code dir}, sorted by path; an outside link is a {@link ConfigurationException}. */
    public static List<Path> walk(Path basedir, Path dir, boolean followSymlinks) {
        List<Path> files = new ArrayList<>();
        FileVisitOption[] options = followSymlinks ? new FileVisitOption[] {FileVisitOption.FOLLOW_LINKS}
                : new FileVisitOption[0];
        if (!followSymlinks) {
            refuseOutside(basedir, dir);
        }
        try (Stream<Path> walk = Files.walk(dir, options)) {
            walk.forEach(p -> {
                if (!followSymlinks) {
                    refuseOutside(basedir, p);
                }
                if (Files.isRegularFile(p)) {
                    files.add(p);
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + dir, e);
        }
        files.sort(Comparator.comparing(Path::toString));
        return List.copyOf(files);
    }

    /** Checks every link under {@code dir} (when it exists) without reading any file. */
    public static void check(Path basedir, Path dir, boolean followSymlinks) {
        if (!followSymlinks && Files.exists(dir)) {
            walk(basedir, dir, false);
        }
    }

    /**
     * Fails when {@code path} is a symbolic link whose target is outside {@code basedir}. Only links
     * count: a location outside the module named as such (../shared/migrations) is the user's choice.
     */
    static void refuseOutside(Path basedir, Path path) {
        if (!Files.isSymbolicLink(path)) {
            return;
        }
        Path module;
        Path target;
        try {
            module = basedir.toRealPath();
            target = path.toRealPath();
        } catch (IOException e) {
            return; // a dangling link: there is nothing to read, and the loaders skip it
        }
        if (target.startsWith(module)) {
            return;
        }
        Path abs = path.toAbsolutePath().normalize();
        Path base = basedir.toAbsolutePath().normalize();
        String shown = (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
        throw new ConfigurationException(shown + " is a symbolic link to " + target + ", outside the module; it was"
                + " not read. Put the file itself in the module, or set " + SchemaProperties.FOLLOW_SYMLINKS
                + "=true (-D" + SchemaProperties.FOLLOW_SYMLINKS + "=true) to follow links out of the module.");
    }
}
