package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** {@code type}: narrowed, widened or changed; {@code integer} counts as part of {@code number}. */
final class TypeKeywords {
    private static final List<String> ALL = List.of("null", "boolean", "object", "array", "number", "string");

    private TypeKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        List<String> before = types(p.before().get("type"));
        List<String> after = types(p.after().get("type"));
        List<String> removed = uncovered(before, after);
        List<String> added = uncovered(after, before);
        if (removed.isEmpty() && added.isEmpty()) {
            return;
        }
        Pair at = p.child("type");
        Map<String, Object> details = Map.of("old", describe(before), "new", describe(after),
                "removed", removed, "added", added);
        String what = "type changed from " + describe(before) + " to " + describe(after);
        if (added.isEmpty()) {
            String witnessType = removed.get(0);
            c.report(at, CompatRules.TYPE_NARROWED, Direction.NARROWS, "type", what + " (no longer " + removed + ")",
                    details, () -> ExampleBuilder.ofType(c.oldRoot, p.before().node(), witnessType));
        } else if (removed.isEmpty()) {
            c.report(at, CompatRules.TYPE_WIDENED, Direction.WIDENS, "type", what + " (now also " + added + ")",
                    details, null);
        } else {
            String witnessType = removed.get(0);
            c.report(at, CompatRules.TYPE_CHANGED, Direction.BOTH, "type", what, details,
                    () -> ExampleBuilder.ofType(c.oldRoot, p.before().node(), witnessType));
        }
    }

    /** The listed types, or null when {@code type} is absent (every type). */
    static List<String> types(JsonNode type) {
        if (type == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (type.isString()) {
            out.add(type.asString());
        } else if (type.isArray()) {
            type.values().forEach(t -> out.add(t.asString()));
        }
        return out;
    }

    /** Types of {@code from} that {@code to} does not accept. */
    private static List<String> uncovered(List<String> from, List<String> to) {
        List<String> source = from == null ? ALL : from;
        List<String> out = new ArrayList<>();
        for (String t : source) {
            if (!covers(to, t)) {
                out.add(t);
            }
        }
        return out;
    }

    static boolean covers(List<String> types, String type) {
        return types == null || types.contains(type) || ("integer".equals(type) && types.contains("number"));
    }

    private static String describe(List<String> types) {
        return types == null ? "any" : String.join("|", types);
    }
}
