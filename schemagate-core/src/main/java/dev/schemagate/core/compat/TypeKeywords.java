package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
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
        if (hasValues(p.before()) && hasValues(p.after())) {
            return;
        }
        List<String> before = effective(p.before());
        List<String> after = effective(p.after());
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
            c.report(at, Rule.JSONSCHEMA_TYPE_NARROWED, Direction.NARROWS, "type", what + " (no longer " + removed + ")",
                    details, () -> ExampleBuilder.ofType(c.oldRoot, p.before().node(), witnessType));
        } else if (removed.isEmpty()) {
            c.report(at, Rule.JSONSCHEMA_TYPE_WIDENED, Direction.WIDENS, "type", what + " (now also " + added + ")",
                    details, null);
        } else {
            String witnessType = removed.get(0);
            c.report(at, Rule.JSONSCHEMA_TYPE_CHANGED, Direction.BOTH, "type", what, details,
                    () -> ExampleBuilder.ofType(c.oldRoot, p.before().node(), witnessType));
        }
    }

    /** With enum/const on both sides, the value comparison already says everything the types would. */
    private static boolean hasValues(Side side) {
        return side.has("const") || (side.get("enum") != null && side.get("enum").isArray());
    }

    /** The declared types, narrowed to the types of the enum/const values when there are any. */
    private static List<String> effective(Side side) {
        List<String> declared = types(side.get("type"));
        JsonNode values = side.has("const") ? side.get("const") : side.get("enum");
        if (values == null || (side.has("enum") && !side.has("const") && !values.isArray())) {
            return declared;
        }
        List<String> out = new ArrayList<>();
        for (JsonNode value : side.has("const") ? List.of(values) : values.values()) {
            String type = ExampleBuilder.typeOf(value);
            String listed = "integer".equals(type) && !covers(declared, "integer") ? "number" : type;
            if (covers(declared, type) && !out.contains(listed)) {
                out.add(listed);
            }
        }
        return out.stream().sorted(java.util.Comparator.comparingInt(t -> ALL.indexOf("integer".equals(t) ? "number" : t)))
                .toList();
    }

    /** The listed types, or null when {@code type} is absent (every type). */
    static List<String> types(JsonNode type) {
        if (type == null) {
            return null;
        }
        List<String> out = new ArrayList<>();
        if (type.isString()) {
            out.add(type.stringValue());
        } else if (type.isArray()) {
            type.values().stream().map(Side::text).filter(java.util.Objects::nonNull).forEach(out::add);
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
