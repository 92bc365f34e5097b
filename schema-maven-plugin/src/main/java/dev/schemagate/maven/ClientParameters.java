package dev.schemagate.maven;

import java.io.File;
import java.util.Map;

/** What only the Maven client goal needs of the schema.client.* parameters (core's options build the settings). */
final class ClientParameters {
    static final String DEFAULT_SOURCE_FOLDER = "src/main/java";

    private ClientParameters() {
    }

    /** The folder to compile: the output's sourceFolder (configOptions, default src/main/java). */
    static File sourceRoot(File output, Map<String, String> configOptions) {
        String folder = configOptions == null ? null : configOptions.get("sourceFolder");
        return new File(output, folder == null || folder.isBlank() ? DEFAULT_SOURCE_FOLDER : folder);
    }
}
