package dev.schemagate.core.openapi.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A spec bundle as requests or as responses see it. A {@code readOnly} property is not part of a
 * request, a {@code writeOnly} one not part of a response (OpenAPI 3.0 and 3.1): in that view the
 * property is not required and accepts anything. Only property schemas and {@code required} lists
 * change, so every JSON pointer into the bundle stays valid.
 */
final class AccessViews {
    private AccessViews() {
    }

    static JsonNode requests(JsonNode bundle) {
        return view(bundle, "readOnly");
    }

    static JsonNode responses(JsonNode bundle) {
        return view(bundle, "writeOnly");
    }

    private static JsonNode view(JsonNode bundle, String flag) {
        JsonNode copy = bundle.deepCopy();
        strip(copy, copy, flag, 0);
        return copy;
    }

    private static void strip(JsonNode root, JsonNode node, String flag, int depth) {
        if (depth > 200 || node == null) {
            return;
        }
        if (node.isArray()) {
            node.values().forEach(v -> strip(root, v, flag, depth + 1));
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode properties = object.get("properties");
        if (properties != null && properties.isObject()) {
            List<String> hidden = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : properties.properties()) {
                if (flagged(root, e.getValue(), flag)) {
                    hidden.add(e.getKey());
                }
            }
            hidden.forEach(name -> ((ObjectNode) properties).set(name, JsonNodeFactory.instance.objectNode()));
            JsonNode required = object.get("required");
            if (!hidden.isEmpty() && required != null && required.isArray()) {
                ArrayNode kept = JsonNodeFactory.instance.arrayNode();
                required.values().forEach(r -> {
                    if (!hidden.contains(r.asString())) {
                        kept.add(r);
                    }
                });
                object.set("required", kept);
            }
        }
        object.values().forEach(v -> strip(root, v, flag, depth + 1));
    }

    /** The flag on the property schema itself, or on the local component it is a $ref to. */
    private static boolean flagged(JsonNode root, JsonNode schema, String flag) {
        if (schema == null || !schema.isObject()) {
            return false;
        }
        if (schema.path(flag).asBoolean(false)) {
            return true;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString() && ref.asString().startsWith("#/")) {
            JsonNode target = root.at(ref.asString().substring(1));
            return target.isObject() && target.path(flag).asBoolean(false);
        }
        return false;
    }
}
