package dev.schemagate.core.baseline;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;

/**
 * The previous release's files, laid out like the module's own folder. Closing it deletes what
 * was extracted for it (a dir: baseline is never touched).
 *
 * @param root        where the module's folder of that release is
 * @param description e.g. "git:v1.4.0" or "dir:baseline"
 */
public record BaselineFiles(Path root, String description, Path extractedTo) implements AutoCloseable {

    public Path resolve(Path relativeToModule) {
        return root.resolve(relativeToModule.toString());
    }

    @Override
    public void close() {
        if (extractedTo == null || !Files.exists(extractedTo)) {
            return;
        }
        try {
            Files.walkFileTree(extractedTo, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.delete(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException exc) throws IOException {
                    Files.delete(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + extractedTo, e);
        }
    }
}
