package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.Map;
import java.util.Objects;

/** {@code minLength}, {@code maxLength}, {@code pattern}, {@code format}. */
final class StringKeywords {
    private StringKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        Bounds.count(c, p, "minLength", true, Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED, Rule.JSONSCHEMA_STRING_CONSTRAINT_LOOSENED,
                size -> string(c, p, size));
        Bounds.count(c, p, "maxLength", false, Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED, Rule.JSONSCHEMA_STRING_CONSTRAINT_LOOSENED,
                size -> string(c, p, size));
        pattern(c, p);
        format(c, p);
    }

    private static JsonNode string(Comparison c, Pair p, int length) {
        JsonNode old = ExampleBuilder.ofType(c.oldRoot, p.before().node(), "string");
        if (old != null && old.isString() && old.stringValue().length() == length) {
            return old;
        }
        return JsonNodeFactory.instance.stringNode("a".repeat(length));
    }

    private static void pattern(Comparison c, Pair p) {
        JsonNode before = p.before().get("pattern");
        JsonNode after = p.after().get("pattern");
        if (Objects.equals(before, after)) {
            return;
        }
        Pair at = p.child("pattern");
        if (before == null) {
            c.report(at, Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED, Direction.NARROWS, "pattern",
                    "pattern " + after + " added", Map.of("new", after), () -> notMatching(c, p, after));
        } else if (after == null) {
            c.report(at, Rule.JSONSCHEMA_STRING_CONSTRAINT_LOOSENED, Direction.WIDENS, "pattern",
                    "pattern " + before + " removed", Map.of("old", before), null);
        } else {
            c.report(at, Rule.JSONSCHEMA_UNDECIDABLE, Direction.UNKNOWN, "pattern",
                    "pattern changed from " + before + " to " + after
                            + "; whether one language contains the other is not decided", Map.of("old", before,
                            "new", after), null);
        }
    }

    /** A string the old schema builds that the new pattern does not match (Java regex; the checker confirms). */
    private static JsonNode notMatching(Comparison c, Pair p, JsonNode pattern) {
        String regex = Side.text(pattern);
        if (regex == null) {
            return null;
        }
        try {
            java.util.regex.Pattern compiled = java.util.regex.Pattern.compile(regex);
            JsonNode old = ExampleBuilder.ofType(c.oldRoot, p.before().node(), "string");
            String example = old != null && old.isString() ? old.stringValue() : "";
            int n = Math.max(1, example.length());
            for (String candidate : new String[] {example, "~".repeat(n), " ".repeat(n), "0".repeat(n), "A".repeat(n)}) {
                if (!compiled.matcher(candidate).find()) {
                    return JsonNodeFactory.instance.stringNode(candidate);
                }
            }
        } catch (java.util.regex.PatternSyntaxException e) {
            return null;
        }
        return null;
    }

    private static void format(Comparison c, Pair p) {
        JsonNode before = p.before().get("format");
        JsonNode after = p.after().get("format");
        if (Objects.equals(before, after)) {
            return;
        }
        Pair at = p.child("format");
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("old", before == null ? "none" : before);
        details.put("new", after == null ? "none" : after);
        String what = before == null ? "format " + after + " added" : after == null ? "format " + before + " removed"
                : "format changed from " + before + " to " + after;
        if (!c.options.formatAssertion()) {
            c.report(at, Rule.JSONSCHEMA_FORMAT_CHANGED, Direction.UNKNOWN, "format", what + " (an annotation under"
                    + " draft 2020-12 unless schema.compat.formatAssertion=true; producers that enforce it may still reject"
                    + " values)", details, null);
        } else if (before == null) {
            c.report(at, Rule.JSONSCHEMA_STRING_CONSTRAINT_TIGHTENED, Direction.NARROWS, "format", what, details,
                    () -> notFormatted(c, p));
        } else if (after == null) {
            c.report(at, Rule.JSONSCHEMA_STRING_CONSTRAINT_LOOSENED, Direction.WIDENS, "format", what, details, null);
        } else {
            c.report(at, Rule.JSONSCHEMA_STRING_CONSTRAINT_CHANGED, Direction.BOTH, "format", what, details,
                    () -> ExampleBuilder.ofType(c.oldRoot, p.before().node(), "string"));
        }
    }

    /** A string the old schema accepts that is no well-formed value of any common format. */
    private static JsonNode notFormatted(Comparison c, Pair p) {
        JsonNode old = ExampleBuilder.ofType(c.oldRoot, p.before().node(), "string");
        String text = old != null && old.isString() ? old.stringValue() : "";
        return JsonNodeFactory.instance.stringNode(text.isEmpty() ? "not a formatted value" : text + " !");
    }
}
