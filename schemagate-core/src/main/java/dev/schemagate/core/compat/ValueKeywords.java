package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code enum} and {@code const}: a const is compared as a one-value enum. */
final class ValueKeywords {
    private ValueKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        List<JsonNode> before = allowed(p.before());
        List<JsonNode> after = allowed(p.after());
        if (before == null && after == null) {
            return;
        }
        String keyword = keyword(p.before(), p.after());
        Pair at = p.child(keyword);
        if (before == null) {
            c.report(at, Rule.JSONSCHEMA_ENUM_ADDED, Direction.NARROWS, keyword,
                    keyword + " introduced: only " + after + " is allowed now", Map.of("new", after),
                    () -> outside(c.oldRoot, p.before().node(), after));
            return;
        }
        if (after == null) {
            c.report(at, Rule.JSONSCHEMA_ENUM_REMOVED, Direction.WIDENS, keyword,
                    keyword + " " + before + " removed: any value is allowed now", Map.of("old", before), null);
            return;
        }
        if (onlyConst(p.before()) && onlyConst(p.after()) && !before.equals(after)) {
            JsonNode old = before.get(0);
            c.report(at, Rule.JSONSCHEMA_CONST_CHANGED, Direction.BOTH, "const",
                    "const changed from " + old + " to " + after.get(0), Map.of("old", old, "new", after.get(0)),
                    () -> old);
            return;
        }
        for (JsonNode value : before) {
            if (!after.contains(value)) {
                c.report(at, Rule.JSONSCHEMA_ENUM_VALUE_REMOVED, Direction.NARROWS, keyword,
                        keyword + " value " + value + " removed", Map.of("value", value), () -> value);
            }
        }
        for (JsonNode value : after) {
            if (!before.contains(value)) {
                c.report(at, Rule.JSONSCHEMA_ENUM_VALUE_ADDED, Direction.WIDENS, keyword,
                        keyword + " value " + value + " added", Map.of("value", value), null);
            }
        }
    }

    private static List<JsonNode> allowed(Side side) {
        JsonNode constant = side.get("const");
        if (constant != null) {
            return List.of(constant);
        }
        JsonNode values = side.get("enum");
        return values != null && values.isArray() ? new ArrayList<>(values.values()) : null;
    }

    private static boolean onlyConst(Side side) {
        return side.has("const");
    }

    private static String keyword(Side before, Side after) {
        return before.has("enum") || after.has("enum") ? "enum" : "const";
    }

    /** A value the old schema accepts and the new enum does not, if a simple one exists. */
    private static JsonNode outside(JsonNode root, JsonNode oldSchema, List<JsonNode> allowed) {
        JsonNodeFactory f = JsonNodeFactory.instance;
        List<JsonNode> candidates = List.of(ExampleBuilder.minimal(root, oldSchema),
                f.stringNode("not-in-enum"), f.numberNode(987654321), f.booleanNode(true), f.nullNode());
        return candidates.stream().filter(v -> !allowed.contains(v)).findFirst().orElse(null);
    }
}
