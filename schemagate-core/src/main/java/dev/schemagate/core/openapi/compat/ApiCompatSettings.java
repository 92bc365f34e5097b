package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.openapi.spec.SpecDir;
import dev.schemagate.core.rules.Severity;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What schema:api-compat checks.
 *
 * @param basedir the module folder; report paths are relative to it
 * @param specDir schema.openapi.specDir (default src/main/openapi)
 * @param unproven schema.compat.unproven: the severity of a request or response break no witness proves
 */
public record ApiCompatSettings(Path basedir, Path specDir, Severity unproven) {
    public ApiCompatSettings {
        basedir = Objects.requireNonNull(basedir, "basedir").toAbsolutePath().normalize();
        specDir = basedir.resolve(specDir == null ? Path.of(SpecDir.DEFAULT) : specDir).normalize();
        unproven = unproven == null ? Severity.WARNING : unproven;
    }

    public ApiCompatSettings(Path basedir, Path specDir) {
        this(basedir, specDir, Severity.WARNING);
    }

    public static ApiCompatSettings defaults(Path basedir) {
        return new ApiCompatSettings(basedir, null);
    }

    /** The spec folder relative to the module, with '/'. */
    public String relativeSpecDir() {
        return basedir.relativize(specDir).toString().replace('\\', '/');
    }
}
