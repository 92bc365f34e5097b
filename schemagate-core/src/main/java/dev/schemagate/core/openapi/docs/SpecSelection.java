package dev.schemagate.core.openapi.docs;

import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which files of the spec folder are specs: OpenAPI documents (a top-level {@code openapi} or
 * {@code swagger} key) that no other file of the folder references. A components-only document
 * ({@code openapi: 3.0.3}, {@code paths: {}}) that the spec {@code $ref}s is a part, not a page.
 */
final class SpecSelection {
    private SpecSelection() {
    }

    static List<Path> specs(List<Path> files, SpecReader reader) {
        Set<Path> referenced = new HashSet<>();
        for (Path file : files) {
            collectRefs(reader.read(file), file.toAbsolutePath().normalize(), referenced);
        }
        List<Path> documents = files.stream().filter(f -> SpecReader.isSpec(reader.read(f))).toList();
        List<Path> roots = documents.stream().filter(f -> !referenced.contains(f.toAbsolutePath().normalize())).toList();
        return roots.isEmpty() ? documents : roots; // files that only reference each other: all of them
    }

    private static void collectRefs(JsonNode node, Path file, Set<Path> referenced) {
        if (node.isObject()) {
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isString()) {
                String path = ref.asString().split("#", 2)[0];
                if (!path.isEmpty() && !path.contains("://")) {
                    Path target = file.getParent().resolve(path).normalize();
                    if (!target.equals(file)) {
                        referenced.add(target);
                    }
                }
            }
            for (Map.Entry<String, JsonNode> e : node.properties()) {
                collectRefs(e.getValue(), file, referenced);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) {
                collectRefs(item, file, referenced);
            }
        }
    }
}
