package dev.schemagate.maven;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.openapi.client.ClientSettings;
import dev.schemagate.core.openapi.client.GeneratorOptions;

import java.io.File;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Turns the schema.client.* parameters into the core's ClientSettings (null when there is no spec). */
final class ClientParameters {
    static final String DEFAULT_SOURCE_FOLDER = "src/main/java";

    private ClientParameters() {
    }

    static ClientSettings settings(File basedir, File buildDirectory, String spec, Path specDir, File output,
                                   GeneratorOptions generator) {
        Path module = basedir.toPath();
        Path specFile = ClientSettings.findSpec(module, specDir, spec);
        if (specFile == null) {
            return null;
        }
        return new ClientSettings(module, specFile, output.toPath(), buildDirectory.toPath().resolve("schemagate-state"),
                generator);
    }

    /** openapi-generator-maven-plugin's {@code <additionalProperties>}: "key=value" entries (or comma-separated ones). */
    static Map<String, String> keyValues(List<String> entries, String element) {
        Map<String, String> map = new LinkedHashMap<>();
        if (entries == null) {
            return map;
        }
        for (String entry : entries) {
            for (String pair : entry.split(",")) {
                if (pair.isBlank()) {
                    continue;
                }
                int eq = pair.indexOf('=');
                if (eq <= 0) {
                    throw new ConfigurationException("<" + element + "> entry '" + pair.strip()
                            + "' is not key=value. Write it as name=value, e.g. dateLibrary=java8.");
                }
                map.put(pair.substring(0, eq).strip(), pair.substring(eq + 1).strip());
            }
        }
        return map;
    }

    /** The folder to compile: the output's sourceFolder (configOptions, default src/main/java). */
    static File sourceRoot(File output, Map<String, String> configOptions) {
        String folder = configOptions == null ? null : configOptions.get("sourceFolder");
        return new File(output, folder == null || folder.isBlank() ? DEFAULT_SOURCE_FOLDER : folder);
    }
}
