package dev.schemagate.core.openapi.spec;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * Turns an OpenAPI 3.0 Schema Object into JSON Schema 2020-12, in place: {@code nullable: true} adds
 * "null" to {@code type} (and to {@code enum}); boolean {@code exclusiveMinimum}/{@code exclusiveMaximum}
 * become the numeric form; {@code $ref} siblings are dropped (3.0 ignores them); {@code example},
 * {@code discriminator}, {@code xml}, {@code externalDocs} and {@code x-} keys are dropped (annotations).
 * What 3.0 forbids (a type list, a non-boolean nullable) is reported, not converted.
 */
final class SchemaConversion {
    private SchemaConversion() {
    }

    /** @param problems receives (pointer, message) for what is not valid OpenAPI 3.0 */
    static void convert30(JsonNode schema, String pointer, BiConsumer<String, String> problems) {
        SpecSchemas.subschemas(schema, pointer, (at, node) -> convertOne((ObjectNode) node, at, problems));
    }

    private static void convertOne(ObjectNode node, String at, BiConsumer<String, String> problems) {
        if (node.path("$ref").isString()) {
            node.retain("$ref");
            return;
        }
        List<String> drop = new ArrayList<>();
        node.propertyNames().forEach(k -> {
            if (k.startsWith("x-") || k.equals("example") || k.equals("discriminator") || k.equals("xml")
                    || k.equals("externalDocs")) {
                drop.add(k);
            }
        });
        node.remove(drop);
        JsonNode type = node.get("type");
        if (type != null && !type.isString()) {
            problems.accept(at + "/type", "type must be one type name in OpenAPI 3.0 (a list of types is 3.1);"
                    + " use nullable: true for null, or oneOf for several types");
        }
        exclusive(node, at, "exclusiveMinimum", "minimum", problems);
        exclusive(node, at, "exclusiveMaximum", "maximum", problems);
        JsonNode nullable = node.remove("nullable");
        if (nullable != null && !nullable.isBoolean()) {
            problems.accept(at + "/nullable", "nullable must be true or false");
        } else if (nullable != null && nullable.booleanValue()) {
            if (type != null && type.isString()) {
                ArrayNode types = node.putArray("type");
                types.add(type.asString());
                types.add("null");
            }
            JsonNode values = node.get("enum");
            if (values != null && values.isArray() && !contains(values)) {
                ((ArrayNode) values).addNull();
            }
        }
    }

    private static boolean contains(JsonNode values) {
        for (JsonNode v : values) {
            if (v.isNull()) {
                return true;
            }
        }
        return false;
    }

    private static void exclusive(ObjectNode node, String at, String keyword, String bound,
                                  BiConsumer<String, String> problems) {
        JsonNode flag = node.get(keyword);
        if (flag == null) {
            return;
        }
        if (!flag.isBoolean()) {
            problems.accept(at + "/" + keyword, keyword + " must be true or false in OpenAPI 3.0 (the number form is 3.1);"
                    + " write " + bound + ": <n> with " + keyword + ": true");
            return;
        }
        node.remove(keyword);
        JsonNode limit = node.get(bound);
        if (flag.booleanValue() && limit != null && limit.isNumber()) {
            node.remove(bound);
            node.set(keyword, limit);
        }
    }
}
