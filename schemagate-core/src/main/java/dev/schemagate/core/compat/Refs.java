package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Follows local {@code $ref}s ({@code #}, {@code #/$defs/x}, {@code #/definitions/x}). A schema
 * whose {@code $ref} cannot be followed (remote, anchor, missing, or a chain of refs only) is
 * returned with its {@code $ref} still in place; {@link #isUnresolved} tells.
 */
final class Refs {
    private static final int MAX_HOPS = 64;

    private Refs() {
    }

    static Side resolve(JsonNode root, Side side) {
        Side current = side;
        for (int hops = 0; hops < MAX_HOPS && hasRef(current.node()); hops++) {
            Side target = target(root, current.node().get("$ref").stringValue());
            if (target == null) {
                return current;
            }
            current = onlyAnnotationsBeside(current.node()) ? target : merge(target, current);
        }
        return current;
    }

    static boolean isUnresolved(Side side) {
        return hasRef(side.node());
    }

    static JsonNode resolveNode(JsonNode root, JsonNode node) {
        return resolve(root, new Side(node, "")).node();
    }

    private static boolean onlyAnnotationsBeside(JsonNode node) {
        return node.propertyNames().stream().allMatch(k -> k.equals("$ref") || Keywords.isAnnotation(k));
    }

    private static boolean hasRef(JsonNode node) {
        return node != null && node.isObject() && node.has("$ref") && node.get("$ref").isString();
    }

    private static Side target(JsonNode root, String ref) {
        if (!ref.startsWith("#") || (ref.length() > 1 && ref.charAt(1) != '/')) {
            return null;
        }
        String pointer = URLDecoder.decode(ref.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        JsonNode target = root.at(pointer);
        return target == null || target.isMissingNode() ? null : new Side(target, pointer);
    }

    /** $ref beside other keywords (2019-09+): both apply; siblings win on the same keyword. */
    private static Side merge(Side target, Side referrer) {
        if (!target.node().isObject()) {
            return referrer;
        }
        ObjectNode merged = ((ObjectNode) target.node()).deepCopy();
        for (Map.Entry<String, JsonNode> e : referrer.node().properties()) {
            if (!e.getKey().equals("$ref") && !Keywords.isAnnotation(e.getKey())) {
                merged.set(e.getKey(), e.getValue());
            }
        }
        return new Side(merged, referrer.pointer());
    }
}
