package dev.schemagate.core.compat;

import com.github.curiousoddman.rgxgen.RgxGen;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Generates documents a schema is meant to accept: one random choice per branch point ({@code anyOf},
 * {@code oneOf}, {@code if}, types, optional properties), strings from {@code pattern}s (RgxGen),
 * numbers at and around every bound, every sibling keyword honoured where it can be (allOf members are
 * merged into their parent first). Best effort: callers validate what it returns. Seeded, so a run is
 * reproducible. Used by the witness search and by the soundness test.
 */
final class DocumentGenerator {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final int MAX_DEPTH = 8;
    private static final List<String> TYPES = List.of("null", "boolean", "object", "array", "number", "string", "integer");
    private static final Map<String, List<String>> FORMATS = Map.of(
            "date", List.of("2024-01-31", "1999-12-01"),
            "date-time", List.of("2024-01-31T12:00:00Z", "2001-02-03T04:05:06+01:00"),
            "time", List.of("12:00:00Z", "23:59:59+02:00"),
            "email", List.of("a@example.com", "first.last@example.org"),
            "uri", List.of("https://example.com/a", "urn:isbn:0451450523"),
            "uuid", List.of("00000000-0000-4000-8000-000000000000", "123e4567-e89b-42d3-a456-426614174000"),
            "ipv4", List.of("192.0.2.1", "10.0.0.255"),
            "ipv6", List.of("2001:db8::1", "::1"),
            "hostname", List.of("example.com", "a-b.example.org"));
    private static final String[] WORDS = {"", "a", "x1", "hello", "A_b", "0", "-", "zz zz", "émoji", "2024-01-31"};

    private final JsonNode root;
    private final Random random;
    private final Map<String, RgxGen> regexes = new HashMap<>();

    DocumentGenerator(JsonNode root, long seed) {
        this.root = root;
        this.random = new Random(seed);
    }

    /** One generated document for {@code schema}, or null where generation gave up (false schema, too deep). */
    JsonNode generate(JsonNode schema) {
        try {
            return value(schema, 0);
        } catch (RuntimeException e) {
            return null; // a pattern RgxGen cannot read, a huge bound: this candidate is skipped
        }
    }

    /**
     * The documents that differ from {@code document} in one place: each property dropped, an unknown
     * property added, each value retyped, each number moved to its neighbours, each array grown or shrunk.
     */
    static List<JsonNode> mutations(JsonNode document, int limit) {
        List<JsonNode> out = new ArrayList<>();
        mutate(document, out, limit, 0);
        return out;
    }

    private static void mutate(JsonNode document, List<JsonNode> out, int limit, int depth) {
        if (out.size() >= limit || depth > 3 || document == null) {
            return;
        }
        for (JsonNode other : neighbours(document)) {
            add(out, other, limit);
        }
        if (document.isObject()) {
            ObjectNode unknown = ((ObjectNode) document).deepCopy();
            unknown.put("zzUnknown", "x");
            add(out, unknown, limit);
            for (String name : new ArrayList<>(document.propertyNames())) {
                if (out.size() >= limit) {
                    break; // full: each further copy of the document would be dropped
                }
                ObjectNode dropped = ((ObjectNode) document).deepCopy();
                dropped.remove(name);
                add(out, dropped, limit);
                List<JsonNode> inner = new ArrayList<>();
                mutate(document.get(name), inner, limit - out.size(), depth + 1);
                for (JsonNode changed : inner) {
                    ObjectNode copy = ((ObjectNode) document).deepCopy();
                    copy.set(name, changed);
                    add(out, copy, limit);
                }
            }
        } else if (document.isArray()) {
            ArrayNode array = (ArrayNode) document;
            if (!array.isEmpty()) {
                ArrayNode shorter = array.deepCopy();
                shorter.remove(shorter.size() - 1);
                add(out, shorter, limit);
                ArrayNode longer = array.deepCopy();
                longer.add(array.get(0).deepCopy());
                add(out, longer, limit);
                for (int i = 0; i < array.size() && i < 4 && out.size() < limit; i++) {
                    List<JsonNode> inner = new ArrayList<>();
                    mutate(array.get(i), inner, limit - out.size(), depth + 1);
                    for (JsonNode changed : inner) {
                        ArrayNode copy = array.deepCopy();
                        copy.set(i, changed);
                        add(out, copy, limit);
                    }
                }
            } else {
                add(out, F.arrayNode().add(F.nullNode()), limit);
            }
        }
    }

    /** The same place with another value: other types, and nearby numbers and strings. */
    private static List<JsonNode> neighbours(JsonNode value) {
        List<JsonNode> out = new ArrayList<>();
        if (value.isNumber()) {
            BigDecimal v = value.decimalValue();
            for (String delta : new String[] {"1", "-1", "0.5", "-0.5", "0.001", "-0.001"}) {
                out.add(Numbers.node(v.add(new BigDecimal(delta))));
            }
            out.add(Numbers.node(v.negate()));
            out.add(Numbers.node(v.multiply(BigDecimal.TEN)));
            out.add(F.stringNode(value.toString()));
        } else if (value.isString()) {
            String s = value.stringValue();
            out.add(F.stringNode(""));
            out.add(F.stringNode(s + "a"));
            out.add(F.stringNode(s.isEmpty() ? " " : s.substring(1)));
            out.add(F.stringNode(s + "!#"));
            out.add(F.numberNode(1));
        } else if (value.isBoolean()) {
            out.add(F.booleanNode(!value.booleanValue()));
            out.add(F.stringNode("true"));
        } else if (value.isNull()) {
            out.add(F.stringNode(""));
            out.add(F.numberNode(0));
        } else if (value.isObject() || value.isArray()) {
            out.add(F.nullNode());
            out.add(F.stringNode("x"));
        }
        out.add(F.nullNode());
        return out;
    }

    private static void add(List<JsonNode> out, JsonNode candidate, int limit) {
        if (out.size() < limit) {
            out.add(candidate);
        }
    }

    private JsonNode value(JsonNode raw, int depth) {
        JsonNode node = Refs.resolveNode(root, raw);
        if (node == null || node.isBoolean()) {
            return node != null && !node.booleanValue() ? null : any(depth);
        }
        if (!node.isObject() || depth > MAX_DEPTH) {
            return depth > MAX_DEPTH ? F.nullNode() : any(depth);
        }
        ObjectNode schema = flatten((ObjectNode) node, depth);
        if (schema.has("const")) {
            return schema.get("const");
        }
        JsonNode enumValues = schema.get("enum");
        if (enumValues != null && enumValues.isArray() && !enumValues.isEmpty()) {
            return enumValues.get(random.nextInt(enumValues.size()));
        }
        String type = pickType(schema);
        return switch (type) {
            case "object" -> object(schema, depth);
            case "array" -> array(schema, depth);
            case "string" -> string(schema);
            case "integer" -> number(schema, true);
            case "number" -> number(schema, random.nextInt(3) == 0);
            case "boolean" -> F.booleanNode(random.nextBoolean());
            default -> F.nullNode();
        };
    }

    /**
     * The schema with one branch chosen: allOf members and the chosen anyOf/oneOf member and if/then or
     * else merged in, so that the siblings constrain what the branch builds.
     */
    private ObjectNode flatten(ObjectNode node, int depth) {
        ObjectNode schema = node.deepCopy();
        for (int round = 0; round < 6; round++) {
            boolean changed = false;
            JsonNode allOf = schema.remove("allOf");
            if (allOf != null && allOf.isArray()) {
                allOf.values().forEach(m -> merge(schema, m));
                changed = true;
            }
            for (String keyword : new String[] {"anyOf", "oneOf"}) {
                JsonNode members = schema.remove(keyword);
                if (members != null && members.isArray() && !members.isEmpty()) {
                    merge(schema, members.get(random.nextInt(members.size())));
                    changed = true;
                }
            }
            JsonNode condition = schema.remove("if");
            JsonNode then = schema.remove("then");
            JsonNode otherwise = schema.remove("else");
            if (condition != null) {
                if (random.nextBoolean()) {
                    merge(schema, condition);
                    merge(schema, then);
                } else {
                    merge(schema, otherwise);
                }
                changed = true;
            }
            if (!changed) {
                break;
            }
        }
        return schema;
    }

    /** Adds {@code member}'s keywords to {@code into}: required and properties join, bounds take the tighter side. */
    private void merge(ObjectNode into, JsonNode raw) {
        JsonNode member = Refs.resolveNode(root, raw);
        if (member == null || !member.isObject()) {
            return;
        }
        for (Map.Entry<String, JsonNode> e : member.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            JsonNode have = into.get(k);
            if (k.equals("$ref") || k.equals("$defs") || k.equals("definitions")) {
                continue;
            }
            if (have == null) {
                into.set(k, v.deepCopy());
            } else if (k.equals("required") && have.isArray() && v.isArray()) {
                Set<String> all = new LinkedHashSet<>(ObjectKeywords.strings(have));
                all.addAll(ObjectKeywords.strings(v));
                ArrayNode list = F.arrayNode();
                all.forEach(list::add);
                into.set(k, list);
            } else if ((k.equals("properties") || k.equals("patternProperties") || k.equals("dependentRequired"))
                    && have.isObject() && v.isObject()) {
                ObjectNode props = ((ObjectNode) have).deepCopy();
                for (Map.Entry<String, JsonNode> p : v.properties()) {
                    JsonNode before = props.get(p.getKey());
                    props.set(p.getKey(), before == null || k.equals("dependentRequired") ? p.getValue()
                            : F.objectNode().set("allOf", F.arrayNode().add(before).add(p.getValue())));
                }
                into.set(k, props);
            } else if (k.equals("type")) {
                List<String> a = types(have);
                List<String> b = types(v);
                List<String> both = new ArrayList<>();
                for (String t : a) {
                    if (b.contains(t)) {
                        both.add(t);
                    } else if (t.equals("number") && b.contains("integer")) {
                        both.add("integer");
                    } else if (t.equals("integer") && b.contains("number")) {
                        both.add("integer");
                    }
                }
                ArrayNode list = F.arrayNode();
                (both.isEmpty() ? a : both).forEach(list::add);
                into.set(k, list);
            } else if (k.startsWith("min") || k.equals("exclusiveMinimum")) {
                into.set(k, larger(have, v));
            } else if (k.startsWith("max") || k.equals("exclusiveMaximum")) {
                into.set(k, larger(v, have) == v ? have : v);
            } else if (k.equals("allOf") && have.isArray() && v.isArray()) {
                ((ArrayNode) have).addAll((ArrayNode) v);
            } else if (k.equals("anyOf") || k.equals("oneOf") || k.equals("if") || k.equals("then") || k.equals("else")) {
                // a second branch point: keep it as one more allOf member, chosen on the next round
                ArrayNode allOf = into.has("allOf") && into.get("allOf").isArray() ? (ArrayNode) into.get("allOf")
                        : into.putArray("allOf");
                allOf.add(F.objectNode().set(k, v));
            } else if (v.isObject() && have.isObject()) {
                into.set(k, F.objectNode().set("allOf", F.arrayNode().add(have).add(v)));
            }
        }
    }

    private static JsonNode larger(JsonNode a, JsonNode b) {
        BigDecimal x = Numbers.decimal(a);
        BigDecimal y = Numbers.decimal(b);
        if (x == null) {
            return b;
        }
        return y == null || x.compareTo(y) >= 0 ? a : b;
    }

    private static List<String> types(JsonNode type) {
        List<String> t = TypeKeywords.types(type);
        return t == null ? List.of() : t;
    }

    private String pickType(ObjectNode schema) {
        List<String> declared = types(schema.get("type"));
        if (!declared.isEmpty()) {
            return declared.get(random.nextInt(declared.size()));
        }
        List<String> implied = new ArrayList<>();
        for (String k : schema.propertyNames()) {
            String t = switch (k) {
                case "properties", "required", "additionalProperties", "patternProperties", "minProperties",
                     "maxProperties", "dependentRequired", "dependentSchemas", "propertyNames", "dependencies",
                     "unevaluatedProperties" -> "object";
                case "items", "prefixItems", "minItems", "maxItems", "contains", "uniqueItems", "unevaluatedItems",
                     "additionalItems" -> "array";
                case "minLength", "maxLength", "pattern", "format" -> "string";
                case "minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum", "multipleOf" -> "number";
                default -> null;
            };
            if (t != null && !implied.contains(t)) {
                implied.add(t);
            }
        }
        if (!implied.isEmpty() && random.nextInt(8) != 0) {
            return implied.get(random.nextInt(implied.size()));
        }
        return TYPES.get(random.nextInt(TYPES.size()));
    }

    private JsonNode any(int depth) {
        return switch (random.nextInt(depth > 2 ? 5 : 7)) {
            case 0 -> F.nullNode();
            case 1 -> F.booleanNode(random.nextBoolean());
            case 2 -> F.numberNode(random.nextInt(200) - 100);
            case 3 -> F.numberNode(new BigDecimal(random.nextInt(2000) - 1000).movePointLeft(2));
            case 4 -> F.stringNode(WORDS[random.nextInt(WORDS.length)]);
            case 5 -> F.objectNode().put("k" + random.nextInt(3), random.nextInt(5));
            default -> F.arrayNode().add(random.nextInt(5));
        };
    }

    private JsonNode string(ObjectNode schema) {
        int min = count(schema.get("minLength"), 0);
        int max = count(schema.get("maxLength"), min + 12);
        max = Math.max(min, Math.min(max, min + 40));
        String pattern = Side.text(schema.get("pattern"));
        List<String> formats = FORMATS.get(String.valueOf(Side.text(schema.get("format"))));
        String text;
        if (pattern != null && random.nextInt(10) != 0) {
            text = regex(pattern).generate(random);
        } else if (formats != null && random.nextInt(10) != 0) {
            text = formats.get(random.nextInt(formats.size()));
        } else {
            int length = switch (random.nextInt(4)) {
                case 0 -> min;
                case 1 -> max;
                default -> min + random.nextInt(max - min + 1);
            };
            StringBuilder s = new StringBuilder();
            String alphabet = "abcXYZ019_- .@";
            for (int i = 0; i < length; i++) {
                s.append(alphabet.charAt(random.nextInt(alphabet.length())));
            }
            text = s.toString();
        }
        return F.stringNode(text);
    }

    private RgxGen regex(String pattern) {
        return regexes.computeIfAbsent(pattern, p -> RgxGen.parse(stripAnchors(p)));
    }

    /** JSON Schema patterns are searched, not matched: RgxGen builds a full match, which is found too. */
    private static String stripAnchors(String p) {
        String s = p.startsWith("^") ? p.substring(1) : p;
        return s.endsWith("$") && !s.endsWith("\\$") ? s.substring(0, s.length() - 1) : s;
    }

    /** A string matching {@code pattern} (RgxGen), or null when RgxGen cannot read the pattern. */
    String fromPattern(String pattern) {
        try {
            return regex(pattern).generate(random);
        } catch (RuntimeException e) {
            return null;
        }
    }

    private JsonNode number(ObjectNode schema, boolean integer) {
        BigDecimal lo = Numbers.decimal(schema.get("minimum"));
        BigDecimal hi = Numbers.decimal(schema.get("maximum"));
        BigDecimal xlo = Numbers.decimal(schema.get("exclusiveMinimum"));
        BigDecimal xhi = Numbers.decimal(schema.get("exclusiveMaximum"));
        BigDecimal step = Numbers.decimal(schema.get("multipleOf"));
        BigDecimal eps = new BigDecimal("0.001");
        BigDecimal low = max(lo, xlo == null ? null : xlo.add(integer ? BigDecimal.ONE : eps));
        BigDecimal high = min(hi, xhi == null ? null : xhi.subtract(integer ? BigDecimal.ONE : eps));
        if (integer) {
            low = low == null ? null : low.setScale(0, RoundingMode.CEILING);
            high = high == null ? null : high.setScale(0, RoundingMode.FLOOR);
        }
        BigDecimal from = low != null ? low : high != null ? high.subtract(BigDecimal.valueOf(100)) : BigDecimal.valueOf(-100);
        BigDecimal to = high != null ? high : from.add(BigDecimal.valueOf(200));
        if (to.compareTo(from) < 0) {
            to = from;
        }
        BigDecimal value = switch (random.nextInt(5)) {
            case 0 -> from;
            case 1 -> to;
            default -> {
                BigDecimal span = to.subtract(from);
                BigDecimal r = span.multiply(BigDecimal.valueOf(random.nextDouble()));
                yield from.add(integer ? r.setScale(0, RoundingMode.FLOOR) : r.setScale(3, RoundingMode.HALF_UP));
            }
        };
        if (step != null && step.signum() > 0) {
            BigInteger k = value.divide(step, 0, RoundingMode.CEILING).toBigInteger();
            value = step.multiply(new BigDecimal(k));
            if (high != null && value.compareTo(high) > 0) {
                value = value.subtract(step);
            }
        }
        if (value.compareTo(from) < 0 && step == null) {
            value = from;
        }
        return Numbers.node(integer ? value.setScale(0, RoundingMode.FLOOR) : value);
    }

    private static BigDecimal max(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.max(b);
    }

    private static BigDecimal min(BigDecimal a, BigDecimal b) {
        return a == null ? b : b == null ? a : a.min(b);
    }

    private static int count(JsonNode node, int otherwise) {
        BigInteger v = Bounds.integer(node);
        return v == null || v.signum() < 0 ? otherwise : v.bitLength() > 12 ? 4096 : v.intValue();
    }

    private JsonNode array(ObjectNode schema, int depth) {
        int min = count(schema.get("minItems"), 0);
        int max = Math.max(min, Math.min(count(schema.get("maxItems"), min + 3), min + 3));
        int size = min + random.nextInt(max - min + 1);
        ArrayNode out = F.arrayNode();
        boolean unique = schema.path("uniqueItems").asBoolean(false);
        for (int i = 0, tries = 0; out.size() < size && tries < size * 4 + 4; tries++) {
            JsonNode item = value(ArrayKeywords.itemSchema(schema, out.size()), depth + 1);
            if (item == null) {
                return null;
            }
            if (!unique || !contains(out, item)) {
                out.add(item);
                i++;
            }
        }
        JsonNode contains = schema.get("contains");
        if (contains != null) {
            int needed = Math.max(1, count(schema.get("minContains"), 1));
            for (int i = 0; i < needed && out.size() < Math.max(max, needed); i++) {
                JsonNode item = value(contains, depth + 1);
                if (item != null) {
                    out.insert(random.nextInt(out.size() + 1), item);
                }
            }
        }
        return out;
    }

    private static boolean contains(ArrayNode array, JsonNode item) {
        for (JsonNode v : array.values()) {
            if (v.equals(item)) {
                return true;
            }
        }
        return false;
    }

    private JsonNode object(ObjectNode schema, int depth) {
        ObjectNode out = F.objectNode();
        JsonNode properties = schema.path("properties");
        Set<String> required = new LinkedHashSet<>(ObjectKeywords.strings(schema.get("required")));
        int maxProps = count(schema.get("maxProperties"), Integer.MAX_VALUE);
        for (String name : required) {
            put(out, schema, name, depth);
        }
        if (properties.isObject()) {
            for (String name : properties.propertyNames()) {
                if (!out.has(name) && out.size() < maxProps && random.nextInt(3) != 0) {
                    put(out, schema, name, depth);
                }
            }
        }
        JsonNode patterns = schema.path("patternProperties");
        if (patterns.isObject()) {
            for (String pattern : patterns.propertyNames()) {
                String key = random.nextBoolean() ? fromPattern(pattern) : null;
                if (key != null && !out.has(key) && out.size() < maxProps) {
                    put(out, schema, key, depth);
                }
            }
        }
        boolean closed = isFalse(schema.get("additionalProperties")) || isFalse(schema.get("unevaluatedProperties"));
        int minProps = count(schema.get("minProperties"), 0);
        for (int i = 0; !closed && (out.size() < minProps || (i == 0 && random.nextInt(4) == 0)) && i < minProps + 2; i++) {
            String key = extraKey(schema, i);
            if (key != null && !out.has(key)) {
                put(out, schema, key, depth);
            }
        }
        dependents(out, schema, depth);
        return out;
    }

    private String extraKey(ObjectNode schema, int i) {
        JsonNode names = schema.get("propertyNames");
        if (names != null && names.isObject()) {
            JsonNode generated = value(names, MAX_DEPTH);
            return generated != null && generated.isString() ? generated.stringValue() : null;
        }
        return "extra" + i;
    }

    /** dependentRequired, dependentSchemas and draft-07 dependencies of the properties present. */
    private void dependents(ObjectNode out, ObjectNode schema, int depth) {
        for (String keyword : new String[] {"dependentRequired", "dependencies", "dependentSchemas"}) {
            JsonNode deps = schema.path(keyword);
            if (!deps.isObject()) {
                continue;
            }
            for (String trigger : deps.propertyNames()) {
                if (!out.has(trigger)) {
                    continue;
                }
                JsonNode dep = deps.get(trigger);
                if (dep.isArray()) {
                    for (String name : ObjectKeywords.strings(dep)) {
                        if (!out.has(name)) {
                            put(out, schema, name, depth);
                        }
                    }
                } else {
                    JsonNode part = value(dep, depth + 1);
                    if (part != null && part.isObject()) {
                        part.properties().forEach(e -> {
                            if (!out.has(e.getKey())) {
                                out.set(e.getKey(), e.getValue());
                            }
                        });
                    }
                }
            }
        }
    }

    private void put(ObjectNode out, ObjectNode schema, String name, int depth) {
        JsonNode value = value(PropertyKeywords.governing(new Side(schema, ""), name).node(), depth + 1);
        out.set(name, value == null ? F.nullNode() : value);
    }

    private static boolean isFalse(JsonNode node) {
        return node != null && node.isBoolean() && !node.booleanValue();
    }
}
