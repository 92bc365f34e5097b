package dev.schemagate.core.openapi.spec;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * One parsed file of an API: the spec itself or a file its {@code $ref}s name.
 *
 * @param name  the path relative to the spec folder, with '/'
 * @param file  the absolute path
 * @param tree  the parsed document
 * @param lines the line of each pointer
 */
public record SpecFile(String name, Path file, JsonNode tree, LineIndex lines) {
}
