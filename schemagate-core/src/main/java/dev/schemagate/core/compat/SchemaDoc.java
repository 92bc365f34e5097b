package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * One parsed schema file.
 *
 * @param name   its path inside the schemas folder, with '/' (how baselines are matched)
 * @param file   the file itself
 * @param schema its content (YAML files are read into the same tree as JSON)
 */
record SchemaDoc(String name, Path file, JsonNode schema) {

    /** The file name without its extension: the samples folder of this schema. */
    String baseName() {
        String fileName = file.getFileName().toString();
        return fileName.substring(0, fileName.lastIndexOf('.'));
    }
}
