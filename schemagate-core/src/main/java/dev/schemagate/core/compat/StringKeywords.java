package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.util.Map;
import java.util.Objects;

/** {@code minLength}, {@code maxLength}, {@code pattern}, {@code format}. */
final class StringKeywords {
    private StringKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        Bounds.count(c, p, "minLength", true, CompatRules.STRING_TIGHTENED, CompatRules.STRING_LOOSENED,
                size -> string(c, p, size));
        Bounds.count(c, p, "maxLength", false, CompatRules.STRING_TIGHTENED, CompatRules.STRING_LOOSENED,
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
            c.report(at, CompatRules.STRING_TIGHTENED, Direction.NARROWS, "pattern",
                    "pattern " + after + " added", Map.of("new", after), () -> notMatching(c, p, after));
        } else if (after == null) {
            c.report(at, CompatRules.STRING_LOOSENED, Direction.WIDENS, "pattern",
                    "pattern " + before + " removed", Map.of("old", before), null);
        } else {
            c.report(at, CompatRules.UNDECIDABLE, Direction.UNKNOWN, "pattern",
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
        String note = " (format is an assertion only where the validator enables format assertion)";
        if (before == null) {
            c.report(at, CompatRules.STRING_TIGHTENED, Direction.NARROWS, "format",
                    "format " + after + " added" + note, Map.of("new", after), null);
        } else if (after == null) {
            c.report(at, CompatRules.STRING_LOOSENED, Direction.WIDENS, "format",
                    "format " + before + " removed" + note, Map.of("old", before), null);
        } else {
            c.report(at, CompatRules.STRING_CHANGED, Direction.BOTH, "format",
                    "format changed from " + before + " to " + after + note, Map.of("old", before, "new", after),
                    null);
        }
    }
}
