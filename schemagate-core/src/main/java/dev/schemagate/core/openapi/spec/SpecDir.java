package dev.schemagate.core.openapi.spec;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * The one folder of the OpenAPI specs, for every goal that reads it (api-compat, client, docs,
 * gitlab-release, attach): {@code schema.openapi.specDir}, default {@value #DEFAULT}. The three names
 * it replaces still work, each with a warning that names the new one; two names set to different
 * folders are an error, since one folder is read.
 */
@SuppressWarnings("deprecation")
public final class SpecDir {
    public static final String DEFAULT = "src/main/openapi";
    /** The names {@link SchemaProperties#OPENAPI_SPEC_DIR} replaces, in the order they are read. */
    public static final List<String> DEPRECATED = List.of(SchemaProperties.API_SPEC_DIR,
            SchemaProperties.CLIENT_SPEC_DIR, SchemaProperties.DOCS_SPEC_DIR);
    /** Every name of the folder: the current one first. */
    public static final List<String> NAMES = List.of(SchemaProperties.OPENAPI_SPEC_DIR, SchemaProperties.API_SPEC_DIR,
            SchemaProperties.CLIENT_SPEC_DIR, SchemaProperties.DOCS_SPEC_DIR);

    private SpecDir() {
    }

    /**
     * @param basedir the module; a relative folder is relative to it
     * @param values  property name to value as the user set it (a missing, null or blank value is not set):
     *                {@code schema.openapi.specDir} and the {@link #DEPRECATED} names
     * @return the folder, absolute and normalized
     * @throws ConfigurationException when two of the names are set to different folders
     */
    public static Path resolve(Path basedir, Map<String, String> values, Log log) {
        Path module = basedir.toAbsolutePath().normalize();
        String chosenName = null;
        Path chosen = null;
        String current = values.get(SchemaProperties.OPENAPI_SPEC_DIR);
        if (isSet(current)) {
            chosenName = SchemaProperties.OPENAPI_SPEC_DIR;
            chosen = module.resolve(current.strip()).normalize();
        }
        for (String old : DEPRECATED) {
            String value = values.get(old);
            if (!isSet(value)) {
                continue;
            }
            log.warn(old + " is deprecated: set " + SchemaProperties.OPENAPI_SPEC_DIR + " instead (one folder for"
                    + " api-compat, client, docs and attach). " + old + " still works for now.");
            Path folder = module.resolve(value.strip()).normalize();
            if (chosen == null) {
                chosen = folder;
                chosenName = old;
            } else if (!chosen.equals(folder)) {
                throw new ConfigurationException(chosenName + " (" + shown(module, chosen) + ") and " + old + " ("
                        + shown(module, folder) + ") name different folders, but every OpenAPI goal reads one folder."
                        + " Set " + SchemaProperties.OPENAPI_SPEC_DIR + " to the folder of your specs and remove " + old
                        + (chosenName.equals(SchemaProperties.OPENAPI_SPEC_DIR) ? "" : " and " + chosenName) + ".");
            }
        }
        return chosen == null ? module.resolve(DEFAULT).normalize() : chosen;
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }

    private static String shown(Path module, Path folder) {
        return (folder.startsWith(module) ? module.relativize(folder) : folder).toString().replace('\\', '/');
    }
}
