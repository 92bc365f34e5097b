package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;

/** A schema node and its JSON pointer in its document. A null node means "absent" (acts as true). */
record Side(JsonNode node, String pointer) {

    Side child(String keyword) {
        JsonNode value = node != null && node.isObject() ? node.get(keyword) : null;
        return new Side(value, pointer + "/" + escape(keyword));
    }

    Side element(int index) {
        JsonNode value = node != null && node.isArray() ? node.get(index) : null;
        return new Side(value, pointer + "/" + index);
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

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
