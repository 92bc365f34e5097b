package dev.schemagate.core.baseline;

import dev.schemagate.core.support.FileTrees;

import java.nio.file.Path;

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
        FileTrees.delete(extractedTo);
    }
}
