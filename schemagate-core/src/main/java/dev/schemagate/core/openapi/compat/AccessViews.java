package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.openapi.spec.Pointers;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A spec pair as requests or as responses see it. A {@code readOnly} property is not part of a
 * request, a {@code writeOnly} one not part of a response (OpenAPI 3.0 and 3.1): in that view the
 * property is not required and accepts anything. The flag counts on the property schema, on the local
 * component a {@code $ref} reaches (through chains of refs) and on any {@code allOf} member. Only
 * property schemas and {@code required} lists change, so every JSON pointer into a bundle stays valid.
 */
final class AccessViews {
    private static final int MAX_DEPTH = 200;

    private AccessViews() {
    }

    /** The old and the new bundle in one view. */
    record Pair(JsonNode before, JsonNode after) {
    }

    static Pair requests(JsonNode before, JsonNode after) {
        return pair(before, after, "readOnly");
    }

    static Pair responses(JsonNode before, JsonNode after) {
        return pair(before, after, "writeOnly");
    }

    private static Pair pair(JsonNode before, JsonNode after, String flag) {
        JsonNode b = before.deepCopy();
        JsonNode a = after.deepCopy();
        Map<String, Set<String>> hiddenBefore = new TreeMap<>();
        Map<String, Set<String>> hiddenAfter = new TreeMap<>();
        strip(b, b, "", flag, 0, hiddenBefore);
        strip(a, a, "", flag, 0, hiddenAfter);
        declare(b, hiddenAfter);
        declare(a, hiddenBefore);
        return new Pair(b, a);
    }

    private static void strip(JsonNode root, JsonNode node, String pointer, String flag, int depth,
                              Map<String, Set<String>> hidden) {
        if (depth > MAX_DEPTH || node == null) {
            return;
        }
        if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                strip(root, node.get(i), pointer + "/" + i, flag, depth + 1, hidden);
            }
            return;
        }
        if (!node.isObject()) {
            return;
        }
        ObjectNode object = (ObjectNode) node;
        JsonNode properties = object.get("properties");
        if (properties != null && properties.isObject()) {
            List<String> names = new ArrayList<>();
            for (Map.Entry<String, JsonNode> e : properties.properties()) {
                if (flagged(root, e.getValue(), flag, 0)) {
                    names.add(e.getKey());
                }
            }
            names.forEach(name -> ((ObjectNode) properties).set(name, JsonNodeFactory.instance.objectNode()));
            JsonNode required = object.get("required");
            if (!names.isEmpty() && required != null && required.isArray()) {
                ArrayNode kept = JsonNodeFactory.instance.arrayNode();
                required.values().forEach(r -> {
                    if (!names.contains(r.asString())) {
                        kept.add(r);
                    }
                });
                object.set("required", kept);
            }
            if (!names.isEmpty()) {
                hidden.computeIfAbsent(pointer, k -> new LinkedHashSet<>()).addAll(names);
            }
        }
        for (Map.Entry<String, JsonNode> e : object.properties()) {
            strip(root, e.getValue(), Pointers.child(pointer, e.getKey()), flag, depth + 1, hidden);
        }
    }

    /**
     * A property the other side hides that this side does not declare at the same place is declared here
     * as accepting anything: a closed object ({@code additionalProperties: false}) that gains or loses a
     * readOnly property is then no request change, and one that gains or loses a writeOnly property no
     * response change, while a flag dropped from a declared property still shows.
     */
    private static void declare(JsonNode bundle, Map<String, Set<String>> otherHidden) {
        for (Map.Entry<String, Set<String>> e : otherHidden.entrySet()) {
            JsonNode node = e.getKey().isEmpty() ? bundle : bundle.at(e.getKey());
            if (!node.isObject() || !node.path("properties").isObject()) {
                continue;
            }
            ObjectNode properties = (ObjectNode) node.get("properties");
            for (String name : e.getValue()) {
                if (!properties.has(name)) {
                    properties.set(name, JsonNodeFactory.instance.objectNode());
                }
            }
        }
    }

    /** The flag on the property schema itself, on the local component its $ref reaches, or on an allOf member. */
    private static boolean flagged(JsonNode root, JsonNode schema, String flag, int depth) {
        if (depth > 32 || schema == null || !schema.isObject()) {
            return false;
        }
        if (schema.path(flag).asBoolean(false)) {
            return true;
        }
        JsonNode ref = schema.get("$ref");
        if (ref != null && ref.isString() && ref.asString().startsWith("#/")
                && flagged(root, root.at(ref.asString().substring(1)), flag, depth + 1)) {
            return true;
        }
        JsonNode allOf = schema.get("allOf");
        if (allOf != null && allOf.isArray()) {
            for (JsonNode member : allOf.values()) {
                if (flagged(root, member, flag, depth + 1)) {
                    return true;
                }
            }
        }
        return false;
    }
}
