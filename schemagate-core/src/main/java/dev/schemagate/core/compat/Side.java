package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;

/**
 * A schema node and its JSON pointer in its document. A null node means "absent" (acts as true).
 * The pointer is built on first use: most children are looked at and never reported.
 */
final class Side {
    private final JsonNode node;
    private final Side parent;
    private final String token;
    private String pointer;

    Side(JsonNode node, String pointer) {
        this(node, null, null);
        this.pointer = pointer;
    }

    private Side(JsonNode node, Side parent, String token) {
        this.node = node;
        this.parent = parent;
        this.token = token;
    }

    JsonNode node() {
        return node;
    }

    String pointer() {
        if (pointer == null) {
            pointer = parent.pointer() + "/" + escape(token);
        }
        return pointer;
    }

    Side child(String keyword) {
        JsonNode value = node != null && node.isObject() ? node.get(keyword) : null;
        return new Side(value, this, keyword);
    }

    Side element(int index) {
        JsonNode value = node != null && node.isArray() ? node.get(index) : null;
        return new Side(value, this, Integer.toString(index));
    }

    JsonNode get(String keyword) {
        return node != null && node.isObject() ? node.get(keyword) : null;
    }

    boolean has(String keyword) {
        return get(keyword) != null;
    }

    boolean isFalse() {
        if (node == null) {
            return false;
        }
        if (node.isBoolean()) {
            return !node.booleanValue();
        }
        JsonNode not = node.isObject() && node.size() == 1 ? node.get("not") : null;
        return not != null && ((not.isObject() && not.isEmpty()) || (not.isBoolean() && not.booleanValue()));
    }

    /** True when the schema accepts everything: absent, true, or {} (annotations ignored). */
    boolean isTrivial() {
        if (node == null || (node.isBoolean() && node.booleanValue())) {
            return true;
        }
        return node.isObject() && node.propertyNames().stream().allMatch(Keywords::isAnnotation);
    }

    /** A node's text when it is a string, else null (never coerces objects). */
    static String text(JsonNode node) {
        return node != null && node.isString() ? node.stringValue() : null;
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
