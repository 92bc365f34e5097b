package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * Follows local {@code $ref}s ({@code #}, {@code #/$defs/x}, {@code #/definitions/x}), plain-name
 * anchors ({@code #address}: {@code $anchor}, {@code $dynamicAnchor}, or a fragment {@code $id}/{@code id})
 * and refs that name the root's own {@code $id} ({@code https://example.com/tree.json#/$defs/node}, or
 * {@code tree.json#/...} when the id ends with that file name). A schema
 * whose {@code $ref} cannot be followed (remote, missing, or a chain of refs only) is
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
        String local = local(root, ref);
        if (local == null) {
            return null;
        }
        String fragment = URLDecoder.decode(local.substring(1).replace("+", "%2B"), StandardCharsets.UTF_8);
        if (!fragment.isEmpty() && fragment.charAt(0) != '/') {
            return anchor(root, fragment);
        }
        JsonNode target;
        try {
            target = root.at(fragment);
        } catch (IllegalArgumentException e) {
            return null;
        }
        return target == null || target.isMissingNode() ? null : new Side(target, fragment);
    }

    /** The ref's fragment ("#..."), when it points into this document; null for another document. */
    private static String local(JsonNode root, String ref) {
        if (ref.startsWith("#")) {
            return ref;
        }
        int hash = ref.indexOf('#');
        String base = hash < 0 ? ref : ref.substring(0, hash);
        String id = rootId(root);
        if (id == null || base.isEmpty() || !(id.equals(base) || id.endsWith("/" + base))) {
            return null;
        }
        return hash < 0 ? "#" : ref.substring(hash);
    }

    private static String rootId(JsonNode root) {
        JsonNode id = root.isObject() ? root.has("$id") ? root.get("$id") : root.get("id") : null;
        if (id == null || !id.isString()) {
            return null;
        }
        String text = id.asString();
        return text.endsWith("#") ? text.substring(0, text.length() - 1) : text;
    }

    private static Side anchor(JsonNode root, String name) {
        Side[] found = {null};
        SchemaWalk.subschemas(root, (pointer, node) -> {
            if (found[0] == null && (name.equals(text(node.get("$anchor"))) || name.equals(text(node.get("$dynamicAnchor")))
                    || ("#" + name).equals(text(node.get("$id"))) || ("#" + name).equals(text(node.get("id"))))) {
                found[0] = new Side(node, pointer);
            }
        });
        return found[0];
    }

    private static String text(JsonNode node) {
        return node != null && node.isString() ? node.asString() : null;
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
