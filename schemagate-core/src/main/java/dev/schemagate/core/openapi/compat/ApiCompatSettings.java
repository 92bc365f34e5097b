package dev.schemagate.core.openapi.compat;

import java.nio.file.Path;
import java.util.Objects;

/**
 * What schema:api-compat checks.
 *
 * @param basedir the module folder; report paths are relative to it
 * @param specDir schema.api.specDir (default src/main/openapi)
 */
public record ApiCompatSettings(Path basedir, Path specDir) {
    public static final String DEFAULT_SPEC_DIR = "src/main/openapi";

    public ApiCompatSettings {
        basedir = Objects.requireNonNull(basedir, "basedir").toAbsolutePath().normalize();
        specDir = basedir.resolve(specDir == null ? Path.of(DEFAULT_SPEC_DIR) : specDir).normalize();
    }

    public static ApiCompatSettings defaults(Path basedir) {
        return new ApiCompatSettings(basedir, null);
    }

    /** The spec folder relative to the module, with '/'. */
    public String relativeSpecDir() {
        return basedir.relativize(specDir).toString().replace('\\', '/');
    }
}
