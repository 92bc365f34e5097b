package dev.schemagate.core.openapi.docs;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;

/**
 * The page of one OpenAPI spec of the spec folder.
 *
 * @param name    its path under the spec folder, with forward slashes ({@code incubator-api.yaml})
 * @param file    the file
 * @param bundled the spec with every external {@code $ref} inlined, ready for the browser
 */
public record DocsPage(String name, Path file, JsonNode bundled) {

    /** The HTML page of this spec: its name without extension, folders joined by '_'. */
    public String pageName() {
        String base = name.replaceFirst("\\.(ya?ml|json)$", "");
        return base.replace('/', '_') + ".html";
    }

    public String title() {
        String t = bundled.path("info").path("title").asString("");
        return t.isBlank() ? name : t;
    }

    public String apiVersion() {
        return bundled.path("info").path("version").asString("");
    }
}
