package dev.schemagate.core.openapi.docs;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What schema:docs builds.
 *
 * @param specDir   folder of the OpenAPI specs (schema.openapi.specDir, {@code src/main/openapi}); which of its files
 *                  are specs and which are parts: {@link dev.schemagate.core.openapi.spec.SpecLoader}
 * @param outputDir the docs site root ({@code target/schemagate/api-docs}): {@code <version>/} and {@code index.html}
 * @param version   the folder name of this version (the project version, or {@code schema.docs.version})
 * @param title     the heading of the version index (the project name)
 * @param baseDir   the module folder, for relative file names in messages
 */
public record DocsOptions(Path specDir, Path outputDir, String version, String title, Path baseDir) {
    public DocsOptions {
        Objects.requireNonNull(specDir, "specDir");
        Objects.requireNonNull(outputDir, "outputDir");
        Objects.requireNonNull(version, "version");
        title = title == null || title.isBlank() ? "API docs" : title;
        baseDir = baseDir == null ? specDir : baseDir;
    }

    /** A file name relative to the module, for messages. */
    String relative(Path file) {
        Path abs = file.toAbsolutePath().normalize();
        Path base = baseDir.toAbsolutePath().normalize();
        return (abs.startsWith(base) ? base.relativize(abs) : abs).toString().replace('\\', '/');
    }
}
