package dev.schemagate.core.openapi.docs;

import dev.schemagate.core.ConfigurationException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * Inlines every {@code $ref} that points into another file ({@code common.yaml#/components/schemas/Error}),
 * so that the page needs no file access: the browser cannot fetch files next to a page opened from disk.
 * References inside the spec itself ({@code #/components/...}) stay as they are. Within an inlined file,
 * its own {@code #/...} references are resolved against that file. A cycle through other files keeps
 * its {@code $ref} (the page then shows it as unresolved) instead of looping.
 */
final class SpecBundler {
    private final SpecReader reader;
    private final DocsOptions options;
    private final Deque<String> stack = new ArrayDeque<>();

    SpecBundler(SpecReader reader, DocsOptions options) {
        this.reader = reader;
        this.options = options;
    }

    JsonNode bundle(Path spec) {
        JsonNode root = reader.read(spec).deepCopy();
        return resolve(root, spec, true, "");
    }

    /** @param home whether {@code file} is the spec itself (its {@code #/...} refs are kept) */
    private JsonNode resolve(JsonNode node, Path file, boolean home, String pointer) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString()) {
                JsonNode replaced = follow(ref.asString(), file, home, pointer);
                if (replaced != null) {
                    return replaced;
                }
            }
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                e.setValue(resolve(e.getValue(), file, home, pointer + "/" + escape(e.getKey())));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolve(array.get(i), file, home, pointer + "/" + i));
            }
        }
        return node;
    }

    /** The inlined target, or null to keep the $ref as it is. */
    private JsonNode follow(String ref, Path file, boolean home, String pointer) {
        int hash = ref.indexOf('#');
        String path = hash < 0 ? ref : ref.substring(0, hash);
        String fragment = hash < 0 ? "" : ref.substring(hash + 1);
        if (path.contains("://")) {
            return null; // a remote reference: the browser resolves it, when online
        }
        if (path.isEmpty() && home) {
            return null;
        }
        Path target = path.isEmpty() ? file : file.toAbsolutePath().getParent().resolve(path).normalize();
        if (!Files.isRegularFile(target)) {
            throw new ConfigurationException(options.relative(file) + " at " + (pointer.isEmpty() ? "/" : pointer)
                    + ": $ref '" + ref + "' points to " + options.relative(target) + ", which does not exist."
                    + " Fix the path (it is relative to " + options.relative(file) + ") or add the file.");
        }
        String key = target + "#" + fragment;
        if (stack.contains(key)) {
            return null;
        }
        JsonNode found = reader.read(target).at(fragment.isEmpty() ? "" : decode(fragment));
        if (found.isMissingNode()) {
            throw new ConfigurationException(options.relative(file) + " at " + (pointer.isEmpty() ? "/" : pointer)
                    + ": $ref '" + ref + "' names " + fragment + ", which " + options.relative(target)
                    + " does not have. Fix the JSON pointer after '#'.");
        }
        stack.push(key);
        try {
            return resolve(found.deepCopy(), target, false, pointer);
        } finally {
            stack.pop();
        }
    }

    private static String decode(String fragment) {
        return URLDecoder.decode(fragment.replace("+", "%2B"), StandardCharsets.UTF_8);
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }
}
