package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Visits every subschema of a schema document with its JSON pointer, following the keywords that
 * hold schemas (drafts 4 to 2020-12). Values of examples, default, const and enum are not entered.
 */
public final class SchemaWalk {
    private static final Set<String> SCHEMA = Set.of("additionalProperties", "not", "if", "then", "else",
            "contains", "propertyNames", "unevaluatedItems", "unevaluatedProperties", "additionalItems", "items",
            "contentSchema");
    private static final Set<String> SCHEMA_MAP = Set.of("properties", "patternProperties", "$defs", "definitions",
            "dependentSchemas", "dependencies");
    private static final Set<String> SCHEMA_LIST = Set.of("allOf", "anyOf", "oneOf", "prefixItems", "items");

    private SchemaWalk() {
    }

    /** Visits {@code schema} and each subschema in it with its JSON pointer relative to {@code schema}. */
    public static void subschemas(JsonNode schema, BiConsumer<String, JsonNode> visitor) {
        walk(schema, "", visitor);
    }

    private static void walk(JsonNode node, String pointer, BiConsumer<String, JsonNode> visitor) {
        if (node == null || !node.isObject()) {
            return;
        }
        visitor.accept(pointer, node);
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String key = e.getKey();
            JsonNode value = e.getValue();
            String at = pointer + "/" + escape(key);
            if (SCHEMA.contains(key) && value.isObject()) {
                walk(value, at, visitor);
            } else if (SCHEMA_LIST.contains(key) && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    walk(value.get(i), at + "/" + i, visitor);
                }
            } else if (SCHEMA_MAP.contains(key) && value.isObject()) {
                for (Map.Entry<String, JsonNode> member : value.properties()) {
                    walk(member.getValue(), at + "/" + escape(member.getKey()), visitor);
                }
            }
        }
    }

    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
