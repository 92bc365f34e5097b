package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A normal form of a schema in which the usual equivalent rewrites look the same, so the comparison can
 * skip them: annotations dropped; a type array split into an {@code anyOf} of single-type branches, each
 * keeping only the keywords of its type; {@code anyOf} members flattened and sorted; {@code allOf} members
 * merged into their parent where the merge is exact; {@code unevaluatedProperties} read as
 * {@code additionalProperties} once no applicator is left; integer bounds made inclusive; an integer
 * {@code enum} of consecutive values written as a range; {@code number} with {@code multipleOf: 1} as
 * {@code integer}; {@code oneOf} of provably disjoint branches as {@code anyOf}. Returns null for a schema
 * with a {@code $ref} (its target may differ between the two documents).
 */
final class Canonical {
    private static final JsonNodeFactory F = JsonNodeFactory.instance;
    private static final Set<String> STRING = Set.of("minLength", "maxLength", "pattern", "format");
    private static final Set<String> NUMBER = Set.of("minimum", "maximum", "exclusiveMinimum", "exclusiveMaximum",
            "multipleOf");
    private static final Set<String> ARRAY = Set.of("items", "prefixItems", "additionalItems", "minItems", "maxItems",
            "uniqueItems", "contains", "minContains", "maxContains", "unevaluatedItems");
    private static final Set<String> OBJECT = Set.of("properties", "additionalProperties", "patternProperties",
            "required", "minProperties", "maxProperties", "dependentRequired", "dependentSchemas", "propertyNames",
            "unevaluatedProperties", "dependencies");
    private static final Set<String> APPLICATORS = Set.of("allOf", "anyOf", "oneOf", "if", "then", "else",
            "dependentSchemas", "dependencies", "$ref", "$dynamicRef");
    private static final Set<String> SUBSCHEMA = Set.of("additionalProperties", "unevaluatedProperties", "items",
            "additionalItems", "contains", "not", "if", "then", "else", "propertyNames", "unevaluatedItems");
    private static final Set<String> SCHEMA_MAPS = Set.of("properties", "patternProperties", "dependentSchemas");
    private static final Set<String> SCHEMA_LISTS = Set.of("allOf", "anyOf", "oneOf", "prefixItems");
    private static final int MAX_DEPTH = 64;

    private Canonical() {
    }

    /** True when both schemas have the same normal form (so they accept the same documents). */
    static boolean equivalent(JsonNode a, JsonNode b, boolean formatAssertion) {
        return equivalent(a, b, formatAssertion, new Memo());
    }

    /** @param memo the forms computed so far in this comparison (the walk asks for every subschema's) */
    static boolean equivalent(JsonNode a, JsonNode b, boolean formatAssertion, Memo memo) {
        JsonNode x = form(a, formatAssertion, memo);
        return x != null && x.equals(form(b, formatAssertion, memo));
    }

    /** The normal form, or null when the schema holds a {@code $ref} or is too deep. */
    static JsonNode form(JsonNode schema, boolean formatAssertion) {
        return form(schema, formatAssertion, new Memo());
    }

    private static JsonNode form(JsonNode schema, boolean formatAssertion, Memo memo) {
        try {
            return canon(schema, formatAssertion, 0, memo);
        } catch (Unsupported e) {
            return null;
        }
    }

    /**
     * Normal forms by schema node (identity), for one comparison and one formatAssertion setting. The walk
     * asks for the form of every pair it visits and each form holds its children's, so without this a
     * schema's leaves were normalized once per ancestor. Forms are shared, so nothing here mutates a
     * form once it is built.
     */
    static final class Memo {
        private final java.util.IdentityHashMap<JsonNode, Entry> forms = new java.util.IdentityHashMap<>();

        /** @param form null when the schema is unsupported ($ref); depth the deepest start it succeeded at */
        private record Entry(JsonNode form, int depth) {
        }
    }

    private static final class Unsupported extends RuntimeException {
        static final Unsupported REF = new Unsupported();
        static final Unsupported DEEP = new Unsupported();

        private Unsupported() {
            super(null, null, false, false);
        }
    }

    private static JsonNode canon(JsonNode node, boolean fa, int depth, Memo memo) {
        if (depth > MAX_DEPTH) {
            throw Unsupported.DEEP;
        }
        if (node == null) {
            return F.booleanNode(true);
        }
        if (node.isBoolean()) {
            return node;
        }
        if (!node.isObject()) {
            throw Unsupported.REF;
        }
        Memo.Entry known = memo.forms.get(node);
        if (known != null && known.form() == null) {
            throw Unsupported.REF;
        }
        if (known != null && depth <= known.depth()) {
            return known.form(); // a form built deeper in the tree fits under the depth limit here too
        }
        try {
            JsonNode form = build((ObjectNode) node, fa, depth, memo);
            memo.forms.put(node, new Memo.Entry(form, depth));
            return form;
        } catch (Unsupported e) {
            if (e == Unsupported.REF) {
                memo.forms.put(node, new Memo.Entry(null, depth));
            }
            throw e;
        }
    }

    private static JsonNode build(ObjectNode node, boolean fa, int depth, Memo memo) {
        ObjectNode out = F.objectNode();
        for (Map.Entry<String, JsonNode> e : node.properties()) {
            String k = e.getKey();
            JsonNode v = e.getValue();
            if (k.equals("$ref") || k.equals("$dynamicRef") || k.equals("$recursiveRef")) {
                throw Unsupported.REF;
            }
            // format stays: when it is an annotation its change is still reported, as a WARNING
            if (Keywords.isAnnotation(k) && !k.startsWith("content")) {
                continue;
            }
            out.set(k, child(k, v, fa, depth, memo));
        }
        if (out.has("const")) {
            out.set("enum", F.arrayNode().add(out.remove("const")));
        }
        if (out.has("enum")) {
            out.set("enum", sortedUnique(out.get("enum")));
        }
        if (out.has("required")) {
            ArrayNode required = sortedUnique(out.get("required"));
            if (required.isEmpty()) {
                out.remove("required");
            } else {
                out.set("required", required);
            }
        }
        mergeAllOf(out);
        closeOver(out);
        return branches(out);
    }

    private static JsonNode child(String k, JsonNode v, boolean fa, int depth, Memo memo) {
        if (SUBSCHEMA.contains(k) && (v.isObject() || v.isBoolean())) {
            return canon(v, fa, depth + 1, memo);
        }
        if (SCHEMA_MAPS.contains(k) && v.isObject()) {
            ObjectNode map = F.objectNode();
            v.properties().forEach(p -> map.set(p.getKey(), canon(p.getValue(), fa, depth + 1, memo)));
            return map;
        }
        if (SCHEMA_LISTS.contains(k) && v.isArray()) {
            ArrayNode list = F.arrayNode();
            v.values().forEach(m -> list.add(canon(m, fa, depth + 1, memo)));
            return list;
        }
        if (NUMBER.contains(k) || k.startsWith("min") || k.startsWith("max")) {
            BigDecimal d = Numbers.decimal(v);
            return d == null ? v : Numbers.node(d.stripTrailingZeros());
        }
        return v;
    }

    /** allOf members whose keywords do not meet the parent's move into it: exact, as each keyword applies on its own. */
    private static void mergeAllOf(ObjectNode out) {
        JsonNode allOf = out.get("allOf");
        if (allOf == null || !allOf.isArray()) {
            return;
        }
        List<JsonNode> kept = new ArrayList<>();
        for (JsonNode member : allOf.values()) {
            if (member.isBoolean() && member.booleanValue()) {
                continue;
            }
            if (!member.isObject() || !mergeInto(out, (ObjectNode) member)) {
                kept.add(member);
            }
        }
        if (kept.isEmpty()) {
            out.remove("allOf");
        } else {
            kept.sort(Comparator.comparing(JsonNode::toString));
            ArrayNode list = F.arrayNode();
            kept.forEach(list::add);
            out.set("allOf", list);
        }
    }

    private static boolean mergeInto(ObjectNode out, ObjectNode member) {
        boolean openOut = !out.has("additionalProperties") && !out.has("patternProperties");
        boolean openMember = !member.has("additionalProperties") && !member.has("patternProperties");
        for (String k : member.propertyNames()) {
            JsonNode have = out.get(k);
            if (have == null || k.equals("unevaluatedProperties") || k.equals("unevaluatedItems")) {
                if (k.startsWith("unevaluated")) {
                    return false; // unevaluated* of a member sees only that member
                }
                continue;
            }
            if (k.equals("required")) {
                continue;
            }
            if (k.equals("properties") && openOut && openMember) {
                for (String name : member.get(k).propertyNames()) {
                    if (have.has(name)) {
                        return false;
                    }
                }
                continue;
            }
            if (!have.equals(member.get(k))) {
                return false;
            }
        }
        // additionalProperties and patternProperties look at the properties beside them: moving either changes that
        if (!openMember && (out.has("properties") || out.has("patternProperties") || out.has("additionalProperties"))) {
            return false;
        }
        if (!openOut && member.has("properties")) {
            return false;
        }
        for (Map.Entry<String, JsonNode> e : member.properties()) {
            String k = e.getKey();
            if (k.equals("required") && out.has("required")) {
                Set<String> all = new TreeSet<>(ObjectKeywords.strings(out.get("required")));
                all.addAll(ObjectKeywords.strings(e.getValue()));
                ArrayNode list = F.arrayNode();
                all.forEach(list::add);
                out.set("required", list);
            } else if (k.equals("properties") && out.has("properties")) {
                // a new map: the one in out may be an earlier member's form, which others share
                out.set("properties", F.objectNode().setAll((ObjectNode) out.get("properties"))
                        .setAll((ObjectNode) e.getValue()));
            } else {
                out.set(k, e.getValue());
            }
        }
        return true;
    }

    /** With no applicator left, unevaluated* sees exactly what additionalProperties / items would. */
    private static void closeOver(ObjectNode out) {
        if (APPLICATORS.stream().anyMatch(out::has)) {
            return;
        }
        JsonNode up = out.get("unevaluatedProperties");
        if (up != null && !out.has("additionalProperties")) {
            out.set("additionalProperties", out.remove("unevaluatedProperties"));
        }
        JsonNode ui = out.get("unevaluatedItems");
        if (ui != null) {
            if (out.has("items")) {
                out.remove("unevaluatedItems");
            } else {
                out.set("items", out.remove("unevaluatedItems"));
            }
        }
    }

    /** Splits by type and flattens anyOf; one branch is returned as itself. */
    private static JsonNode branches(ObjectNode out) {
        JsonNode oneOf = out.get("oneOf");
        if (oneOf != null && oneOf.isArray() && !out.has("anyOf") && pairwiseDisjoint(oneOf)) {
            out.set("anyOf", out.remove("oneOf"));
        }
        List<String> types = TypeKeywords.types(out.get("type"));
        JsonNode anyOf = out.get("anyOf");
        boolean onlyAnyOf = anyOf != null && anyOf.isArray() && out.size() == 1;
        if (!onlyAnyOf && (types == null || types.size() <= 1)) {
            return single(out, types == null || types.isEmpty() ? null : types.get(0));
        }
        List<JsonNode> parts = new ArrayList<>();
        if (onlyAnyOf) {
            for (JsonNode member : anyOf.values()) {
                if (member.isObject() && member.size() == 1 && member.has("anyOf")) {
                    member.get("anyOf").values().forEach(parts::add);
                } else {
                    parts.add(member);
                }
            }
        } else if (anyOf == null) {
            for (String type : types) {
                ObjectNode branch = out.deepCopy();
                branch.put("type", type);
                parts.add(single(branch, type));
            }
        } else {
            return single(out, null);
        }
        Set<String> seen = new LinkedHashSet<>();
        List<JsonNode> unique = new ArrayList<>();
        for (JsonNode p : parts) {
            if (p.isBoolean() && !p.booleanValue()) {
                continue;
            }
            if (seen.add(p.toString())) {
                unique.add(p);
            }
        }
        if (unique.size() == 1) {
            return unique.get(0);
        }
        unique.sort(Comparator.comparing(JsonNode::toString));
        ArrayNode list = F.arrayNode();
        unique.forEach(list::add);
        return F.objectNode().set("anyOf", list);
    }

    /** One branch of one type (or of any type): other types' keywords dropped, integers normalized. */
    private static JsonNode single(ObjectNode out, String type) {
        if (type != null) {
            out.put("type", type);
            for (String k : new ArrayList<>(out.propertyNames())) {
                boolean foreign = (STRING.contains(k) && !type.equals("string"))
                        || (NUMBER.contains(k) && !type.equals("number") && !type.equals("integer"))
                        || (ARRAY.contains(k) && !type.equals("array"))
                        || (OBJECT.contains(k) && !type.equals("object"));
                if (foreign) {
                    out.remove(k);
                }
            }
        }
        BigDecimal step = Numbers.decimal(out.get("multipleOf"));
        if ("number".equals(type) && step != null && step.compareTo(BigDecimal.ONE) == 0) {
            out.put("type", "integer");
            type = "integer";
        }
        if ("integer".equals(type)) {
            integerBounds(out);
        }
        integerEnum(out, type);
        return out;
    }

    private static void integerBounds(ObjectNode out) {
        BigDecimal step = Numbers.decimal(out.get("multipleOf"));
        if (step != null && step.compareTo(BigDecimal.ONE) == 0) {
            out.remove("multipleOf");
        }
        BigDecimal lo = ceil(Numbers.decimal(out.remove("minimum")), false);
        BigDecimal xlo = Numbers.decimal(out.remove("exclusiveMinimum"));
        if (xlo != null) {
            BigDecimal l = xlo.setScale(0, RoundingMode.FLOOR).add(BigDecimal.ONE);
            lo = lo == null ? l : lo.max(l);
        }
        BigDecimal hi = ceil(Numbers.decimal(out.remove("maximum")), true);
        BigDecimal xhi = Numbers.decimal(out.remove("exclusiveMaximum"));
        if (xhi != null) {
            BigDecimal h = xhi.setScale(0, RoundingMode.CEILING).subtract(BigDecimal.ONE);
            hi = hi == null ? h : hi.min(h);
        }
        if (lo != null) {
            out.set("minimum", Numbers.node(lo));
        }
        if (hi != null) {
            out.set("maximum", Numbers.node(hi));
        }
    }

    private static BigDecimal ceil(BigDecimal v, boolean floor) {
        return v == null ? null : v.setScale(0, floor ? RoundingMode.FLOOR : RoundingMode.CEILING);
    }

    /** {@code enum: [1, 2, 3]} (and nothing else) is the integer range 1..3. */
    private static void integerEnum(ObjectNode out, String type) {
        JsonNode values = out.get("enum");
        if (values == null || values.size() < 1 || (type != null && !type.equals("integer") && !type.equals("number"))) {
            return;
        }
        if (out.propertyNames().stream().anyMatch(k -> !k.equals("enum") && !k.equals("type"))) {
            return;
        }
        TreeSet<BigDecimal> ints = new TreeSet<>();
        for (JsonNode v : values.values()) {
            BigDecimal d = v.isNumber() ? v.decimalValue() : null;
            if (d == null || d.stripTrailingZeros().scale() > 0) {
                return;
            }
            ints.add(d.setScale(0, RoundingMode.UNNECESSARY));
        }
        if (ints.last().subtract(ints.first()).intValueExact() != ints.size() - 1) {
            return;
        }
        out.remove("enum");
        out.put("type", "integer");
        out.set("minimum", Numbers.node(ints.first()));
        out.set("maximum", Numbers.node(ints.last()));
    }

    private static ArrayNode sortedUnique(JsonNode values) {
        TreeSet<String> seen = new TreeSet<>();
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode v : values.values()) {
            JsonNode n = v.isNumber() ? Numbers.node(v.decimalValue().stripTrailingZeros()) : v;
            if (seen.add(n.toString())) {
                out.add(n);
            }
        }
        out.sort(Comparator.comparing(JsonNode::toString));
        ArrayNode list = F.arrayNode();
        out.forEach(list::add);
        return list;
    }

    /** True when no document can match two members: different single types, or disjoint values. */
    static boolean pairwiseDisjoint(JsonNode members) {
        List<JsonNode> list = new ArrayList<>();
        members.values().forEach(list::add);
        for (int i = 0; i < list.size(); i++) {
            for (int j = i + 1; j < list.size(); j++) {
                if (!disjoint(list.get(i), list.get(j))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static boolean disjoint(JsonNode a, JsonNode b) {
        if (!a.isObject() || !b.isObject()) {
            return (a.isBoolean() && !a.booleanValue()) || (b.isBoolean() && !b.booleanValue());
        }
        List<String> ta = TypeKeywords.types(a.get("type"));
        List<String> tb = TypeKeywords.types(b.get("type"));
        if (ta != null && tb != null && !ta.isEmpty() && !tb.isEmpty()
                && ta.stream().noneMatch(t -> tb.stream().anyMatch(u -> overlap(t, u)))) {
            return true;
        }
        if (disjointValues(a, b)) {
            return true;
        }
        JsonNode pa = a.path("properties");
        JsonNode pb = b.path("properties");
        for (String name : ObjectKeywords.strings(a.get("required"))) {
            if (ObjectKeywords.strings(b.get("required")).contains(name) && pa.has(name) && pb.has(name)
                    && disjointValues(pa.get(name), pb.get(name))) {
                return true;
            }
        }
        return false;
    }

    private static boolean overlap(String t, String u) {
        return t.equals(u) || (t.equals("integer") && u.equals("number")) || (t.equals("number") && u.equals("integer"));
    }

    private static boolean disjointValues(JsonNode a, JsonNode b) {
        Set<String> va = values(a);
        Set<String> vb = values(b);
        return va != null && vb != null && va.stream().noneMatch(vb::contains);
    }

    private static Set<String> values(JsonNode schema) {
        if (schema == null || !schema.isObject()) {
            return null;
        }
        JsonNode values = schema.has("const") ? F.arrayNode().add(schema.get("const")) : schema.get("enum");
        if (values == null || !values.isArray()) {
            return null;
        }
        Set<String> out = new TreeSet<>();
        values.values().forEach(v -> out.add(v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString()
                : v.toString()));
        return out;
    }
}
