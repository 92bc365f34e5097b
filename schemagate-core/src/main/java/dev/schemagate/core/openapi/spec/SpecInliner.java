package dev.schemagate.core.openapi.spec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;

/**
 * A spec for a page that cannot fetch files (a browser opening it from disk): its bundle with every
 * {@code $ref} into another file replaced by a copy of the target, so no file name is left. References
 * inside the spec itself ({@code #/components/...}) stay as they are. A cycle through other files keeps
 * its {@code $ref}, and then the copies of the other files stay in the document for it to resolve.
 */
public final class SpecInliner {
    private static final String INTO_FILES = "#/" + ApiSpec.FILES + "/";

    private SpecInliner() {
    }

    public static JsonNode inline(ApiSpec spec) {
        if (!(spec.bundle() instanceof ObjectNode bundle)) {
            return spec.bundle();
        }
        ObjectNode copy = bundle.deepCopy();
        JsonNode files = copy.remove(ApiSpec.FILES);
        if (files == null) {
            return copy;
        }
        boolean[] kept = {false};
        resolve(copy, bundle, new ArrayDeque<>(), kept);
        if (kept[0]) {
            copy.set(ApiSpec.FILES, files);
        }
        return copy;
    }

    /** {@code node} with its refs into other files inlined; {@code kept[0]} is set when one stays. */
    private static JsonNode resolve(JsonNode node, JsonNode bundle, Deque<String> stack, boolean[] kept) {
        if (node instanceof ObjectNode object) {
            JsonNode ref = object.get("$ref");
            if (ref != null && ref.isString() && ref.asString().startsWith(INTO_FILES)) {
                String pointer = URLDecoder.decode(ref.asString().substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
                JsonNode target = stack.contains(pointer) ? null : at(bundle, pointer);
                if (target == null) {
                    kept[0] = true;
                    return object;
                }
                stack.push(pointer);
                try {
                    return resolve(target.deepCopy(), bundle, stack, kept);
                } finally {
                    stack.pop();
                }
            }
            for (Map.Entry<String, JsonNode> e : object.properties()) {
                e.setValue(resolve(e.getValue(), bundle, stack, kept));
            }
            return object;
        }
        if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                array.set(i, resolve(array.get(i), bundle, stack, kept));
            }
        }
        return node;
    }

    private static JsonNode at(JsonNode bundle, String pointer) {
        try {
            JsonNode found = bundle.at(pointer);
            return found.isMissingNode() ? null : found;
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
