package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.Map;
import java.util.Objects;

/**
 * Arrays: {@code items}/{@code prefixItems} (and draft-7 array {@code items}/{@code additionalItems}),
 * {@code minItems}, {@code maxItems}, {@code uniqueItems}, {@code contains} with its bounds.
 */
final class ArrayKeywords {
    private ArrayKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        items(c, p);
        Bounds.count(c, p, "minItems", true, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_TIGHTENED, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_LOOSENED,
                size -> array(c, p.before(), size, false));
        Bounds.count(c, p, "maxItems", false, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_TIGHTENED, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_LOOSENED,
                size -> array(c, p.before(), size, false));
        unique(c, p);
        contains(c, p);
    }

    private static void items(Comparison c, Pair p) {
        Side oldPrefix = prefix(p.before());
        Side newPrefix = prefix(p.after());
        int oldCount = oldPrefix.node() == null ? 0 : oldPrefix.node().size();
        int newCount = newPrefix.node() == null ? 0 : newPrefix.node().size();
        for (int i = 0; i < Math.max(oldCount, newCount); i++) {
            Side before = i < oldCount ? oldPrefix.element(i) : rest(p.before());
            Side after = i < newCount ? newPrefix.element(i) : rest(p.after());
            SchemaComparator.compare(c, p.withSides(before, after, index(p, i)));
        }
        Side before = rest(p.before());
        Side after = rest(p.after());
        if (before.node() != null || after.node() != null) {
            SchemaComparator.compare(c, p.withSides(before, after, index(p, Math.max(oldCount, newCount))));
        }
    }

    private static InstancePath index(Pair p, int i) {
        return p.path() == null ? null : p.path().index(p.before().node(), i);
    }

    /** The tuple schemas: prefixItems, or draft-7 items given as an array. */
    private static Side prefix(Side side) {
        JsonNode items = side.get("items");
        return items != null && items.isArray() ? side.child("items") : side.child("prefixItems");
    }

    /** The schema for items after the tuple: items (2020-12) or additionalItems (draft 7). */
    private static Side rest(Side side) {
        JsonNode items = side.get("items");
        return items != null && items.isArray() ? side.child("additionalItems") : side.child("items");
    }

    private static void unique(Comparison c, Pair p) {
        boolean before = flag(p.before().get("uniqueItems"));
        boolean after = flag(p.after().get("uniqueItems"));
        if (before == after) {
            return;
        }
        Pair at = p.child("uniqueItems");
        if (after) {
            c.report(at, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_TIGHTENED, Direction.NARROWS, "uniqueItems",
                    "uniqueItems turned on: arrays with repeated items are rejected now", Map.of(),
                    () -> array(c, p.before(), Math.max(2, minItems(p.before())), true));
        } else {
            c.report(at, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_LOOSENED, Direction.WIDENS, "uniqueItems",
                    "uniqueItems turned off: repeated items are accepted now", Map.of(), null);
        }
    }

    private static void contains(Comparison c, Pair p) {
        JsonNode before = p.before().get("contains");
        JsonNode after = p.after().get("contains");
        if (before == null && after == null) {
            return;
        }
        Pair at = p.child("contains");
        if (before == null) {
            c.report(at, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_TIGHTENED, Direction.NARROWS, "contains",
                    "contains added: arrays must now hold a matching item", Map.of(),
                    () -> minItems(p.before()) == 0 ? JsonNodeFactory.instance.arrayNode() : null);
        } else if (after == null) {
            c.report(at, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_LOOSENED, Direction.WIDENS, "contains",
                    "contains removed", Map.of(), null);
        } else if (!Objects.equals(before, after)) {
            SchemaComparator.compare(c, at.noWitness());
        }
        if (before != null && after != null) {
            Bounds.count(c, p, "minContains", true, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_TIGHTENED, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_LOOSENED,
                    size -> null);
            Bounds.count(c, p, "maxContains", false, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_TIGHTENED, Rule.JSONSCHEMA_ARRAY_CONSTRAINT_LOOSENED,
                    size -> null);
        }
    }

    /** An array of {@code size} minimal old items (all equal when {@code repeat}), or null. */
    private static JsonNode array(Comparison c, Side old, int size, boolean repeat) {
        ArrayNode out = JsonNodeFactory.instance.arrayNode();
        for (int i = 0; i < size; i++) {
            JsonNode value = ExampleBuilder.minimal(c.oldRoot, itemSchema(old.node(), repeat ? 0 : i));
            out.add(value == null ? JsonNodeFactory.instance.nullNode() : value);
        }
        return out;
    }

    /** The schema for item {@code index} of an array schema node (null when none applies). */
    static JsonNode itemSchema(JsonNode arraySchema, int index) {
        Side side = new Side(arraySchema, "");
        Side prefix = prefix(side);
        return prefix.node() != null && index < prefix.node().size() ? prefix.node().get(index) : rest(side).node();
    }

    private static int minItems(Side side) {
        java.math.BigInteger min = Bounds.integer(side.get("minItems"));
        return min == null || min.bitLength() > 20 ? 0 : min.intValue();
    }

    private static boolean flag(JsonNode node) {
        return node != null && node.isBoolean() && node.booleanValue();
    }
}
