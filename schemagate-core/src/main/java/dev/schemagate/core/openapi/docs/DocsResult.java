package dev.schemagate.core.openapi.docs;

import java.nio.file.Path;
import java.util.List;

/**
 * What schema:docs wrote.
 *
 * @param versionDir the folder of this version ({@code api-docs/<version>/})
 * @param pages      one HTML page per spec, in spec order
 * @param specs      the specs, by their path under the spec folder
 * @param versions   every version now in the site index, newest first
 */
public record DocsResult(Path versionDir, List<Path> pages, List<String> specs, List<String> versions) {
    public DocsResult {
        pages = List.copyOf(pages);
        specs = List.copyOf(specs);
        versions = List.copyOf(versions);
    }
}
