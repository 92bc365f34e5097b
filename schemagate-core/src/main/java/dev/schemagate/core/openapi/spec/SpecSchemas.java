package dev.schemagate.core.openapi.spec;

import dev.schemagate.core.compat.SchemaWalk;
import tools.jackson.databind.JsonNode;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;

/**
 * Finds every Schema Object of a bundled spec: {@code components/schemas/*}, each {@code schema} of a
 * parameter, header or media type, and every target of a {@code $ref} inside a schema.
 */
final class SpecSchemas {
    private SpecSchemas() {
    }

    /** The pointers of the schema roots, sorted; nested subschemas are not listed. */
    static Set<String> roots(JsonNode bundle) {
        Set<String> roots = new TreeSet<>();
        find(bundle, "", null, roots);
        Deque<String> todo = new ArrayDeque<>(roots);
        while (!todo.isEmpty()) {
            String root = todo.pop();
            subschemas(bundle.at(root), root, (pointer, node) -> {
                JsonNode ref = node.get("$ref");
                if (ref != null && ref.isString() && ref.asString().startsWith("#/")) {
                    String target = java.net.URLDecoder.decode(ref.asString().substring(1).replace("+", "%2B"),
                            java.nio.charset.StandardCharsets.UTF_8);
                    if (!bundle.at(target).isMissingNode() && !covered(roots, target) && roots.add(target)) {
                        todo.push(target);
                    }
                }
            });
        }
        return roots;
    }

    private static boolean covered(Set<String> roots, String target) {
        return roots.stream().anyMatch(r -> target.equals(r) || target.startsWith(r + "/"));
    }

    private static void find(JsonNode node, String pointer, String key, Set<String> roots) {
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                find(node.get(i), pointer + "/" + i, null, roots);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String k = e.getKey();
            String at = Pointers.child(pointer, k);
            if ((k.startsWith("x-") && !k.equals(ApiSpec.FILES)) || k.equals("example") || k.equals("examples")) {
                continue;
            }
            if (k.equals("schema") && e.getValue().isObject()) {
                roots.add(at);
            } else if (k.equals("schemas") && "components".equals(key) && e.getValue().isObject()) {
                e.getValue().properties().forEach(s -> roots.add(Pointers.child(at, s.getKey())));
            } else {
                find(e.getValue(), at, k, roots);
            }
        }
    }

    /** Visits a schema and every subschema in it, with pointers in the bundle (the JSON Schema walk of schema:compat). */
    static void subschemas(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        SchemaWalk.subschemas(node, (at, schema) -> visitor.accept(pointer + at, schema));
    }
}
