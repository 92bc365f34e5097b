package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;

/**
 * Builds a small document that a schema accepts: required properties only, minimal lengths and
 * counts, the first enum value. Best effort: the witness checker has the last word. Returns null
 * where it gives up (false schema, too deep).
 */
final class ExampleBuilder {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 24;
    private static final Map<String, String> FORMATS = Map.of("date", "2024-01-31", "date-time",
            "2024-01-31T12:00:00Z", "time", "12:00:00Z", "email", "a@example.com", "uri", "https://example.com/a",
            "uuid", "00000000-0000-4000-8000-000000000000", "ipv4", "192.0.2.1", "hostname", "example.com");

    private ExampleBuilder() {
    }

    static JsonNode minimal(JsonNode root, JsonNode schema) {
        return build(root, schema, null, 0);
    }

    /** A value of {@code type} that the schema's other keywords accept, or null. */
    static JsonNode ofType(JsonNode root, JsonNode schema, String type) {
        return build(root, schema, type, 0);
    }

    /** An object with exactly {@code size} properties, or null. */
    static JsonNode objectOfSize(JsonNode root, JsonNode schema, int size) {
        JsonNode base = build(root, schema, "object", 0);
        if (base == null || !base.isObject() || base.size() > size) {
            return null;
        }
        ObjectNode object = (ObjectNode) base;
        JsonNode resolved = Refs.resolveNode(root, schema);
        JsonNode properties = resolved == null ? null : resolved.get("properties");
        if (properties != null && properties.isObject()) {
            for (String name : new java.util.TreeSet<>(properties.propertyNames())) {
                if (object.size() < size && !object.has(name)) {
                    JsonNode value = build(root, properties.get(name), null, 1);
                    object.set(name, value == null ? F.nullNode() : value);
                }
            }
        }
        for (int i = 1; object.size() < size; i++) {
            object.set("p" + i, F.nullNode());
        }
        return object;
    }

    static JsonNode build(JsonNode root, JsonNode schema, String forced, int depth) {
        JsonNode node = Refs.resolveNode(root, schema);
        if (depth > MAX_DEPTH || (node != null && node.isBoolean() && !node.booleanValue())) {
            return null;
        }
        if (node == null || !node.isObject() || node.isEmpty()) {
            return forced == null ? F.nullNode() : simple(forced);
        }
        if (node.has("const")) {
            return node.get("const");
        }
        if (node.has("enum") && node.get("enum").isArray() && !node.get("enum").isEmpty()) {
            for (JsonNode value : node.get("enum").values()) {
                if (forced == null || typeOf(value).equals(forced)
                        || ("number".equals(forced) && value.isNumber())) {
                    return value;
                }
            }
            return null;
        }
        String type = forced != null ? forced : firstType(node);
        return switch (type) {
            case "object" -> object(root, node, depth);
            case "array" -> array(root, node, depth);
            case "string" -> string(node);
            case "integer" -> Numbers.example(node, true, false);
            case "number" -> Numbers.example(node, false, forced != null);
            case "boolean" -> F.booleanNode(false);
            default -> F.nullNode();
        };
    }

    private static JsonNode object(JsonNode root, JsonNode node, int depth) {
        ObjectNode out = F.objectNode();
        JsonNode allOf = node.get("allOf");
        if (allOf != null && allOf.isArray()) {
            for (JsonNode member : allOf.values()) {
                JsonNode part = build(root, member, "object", depth + 1);
                if (part != null && part.isObject()) {
                    out.setAll((ObjectNode) part);
                }
            }
        }
        Side side = new Side(node, "");
        for (String name : ObjectKeywords.strings(node.get("required"))) {
            Side child = side.child("properties").child(name);
            Side schema = child.node() != null ? child : PropertyKeywords.governing(side, name);
            JsonNode value = build(root, schema.node(), null, depth + 1);
            if (value == null) {
                return null;
            }
            out.set(name, value);
        }
        return out;
    }

    private static JsonNode array(JsonNode root, JsonNode node, int depth) {
        ArrayNode out = F.arrayNode();
        java.math.BigInteger min = Bounds.integer(node.get("minItems"));
        int count = min == null || min.bitLength() > 10 ? 0 : min.intValue();
        for (int i = 0; i < count; i++) {
            JsonNode value = build(root, ArrayKeywords.itemSchema(node, i), null, depth + 1);
            if (value == null) {
                return null;
            }
            out.add(value);
        }
        return out;
    }

    private static JsonNode string(JsonNode node) {
        java.math.BigInteger min = Bounds.integer(node.get("minLength"));
        int length = min == null || min.bitLength() > 16 ? 0 : min.intValue();
        JsonNode format = node.get("format");
        String text = FORMATS.getOrDefault(String.valueOf(Side.text(format)), "");
        text = text.length() >= length ? text : text + "a".repeat(length - text.length());
        String pattern = Side.text(node.get("pattern"));
        if (pattern != null && !matches(pattern, text)) {
            String generated = fromPattern(pattern, length, Bounds.integer(node.get("maxLength")));
            text = generated == null ? text : generated;
        }
        return F.stringNode(text);
    }

    /** JSON Schema patterns are searched (ECMA 262); Java's regex reads the patterns real schemas use alike. */
    private static boolean matches(String pattern, String text) {
        try {
            return java.util.regex.Pattern.compile(pattern).matcher(text).find();
        } catch (RuntimeException e) {
            return false;
        }
    }

    /**
     * The shortest of a few strings RgxGen builds for {@code pattern} that also meet the length bounds (a
     * Kubernetes name pattern with maxLength 63, say), or null when RgxGen cannot read the pattern.
     */
    private static String fromPattern(String pattern, int min, java.math.BigInteger max) {
        String best = null;
        DocumentGenerator generator = new DocumentGenerator(F.objectNode(), 1);
        for (int i = 0; i < 24; i++) {
            String candidate = generator.fromPattern(pattern);
            if (candidate != null && candidate.length() >= min
                    && (max == null || java.math.BigInteger.valueOf(candidate.length()).compareTo(max) <= 0)
                    && matches(pattern, candidate) && (best == null || candidate.length() < best.length())) {
                best = candidate;
            }
        }
        return best;
    }

    private static JsonNode simple(String type) {
        return switch (type) {
            case "object" -> F.objectNode();
            case "array" -> F.arrayNode();
            case "string" -> F.stringNode("");
            case "integer" -> F.numberNode(0);
            case "number" -> F.numberNode(new java.math.BigDecimal("0.5"));
            case "boolean" -> F.booleanNode(false);
            default -> F.nullNode();
        };
    }

    private static String firstType(JsonNode node) {
        List<String> types = TypeKeywords.types(node.get("type"));
        if (types != null && !types.isEmpty()) {
            return types.get(0);
        }
        if (node.has("properties") || node.has("required") || node.has("additionalProperties")) {
            return "object";
        }
        if (node.has("items") || node.has("prefixItems") || node.has("minItems")) {
            return "array";
        }
        if (node.has("minLength") || node.has("maxLength") || node.has("pattern") || node.has("format")) {
            return "string";
        }
        if (node.has("minimum") || node.has("maximum") || node.has("multipleOf")) {
            return "number";
        }
        return node.has("allOf") ? "object" : "null";
    }

    static String typeOf(JsonNode value) {
        if (value.isNumber()) {
            return value.isIntegralNumber() ? "integer" : "number";
        }
        return value.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    }
}
