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
        if (old != null && old.isString() && old.stringValue().length() < length) {
            String padded = padded(old.stringValue(), length, p.before().node());
            if (padded != null) {
                return JsonNodeFactory.instance.stringNode(padded);
            }
        }
        return JsonNodeFactory.instance.stringNode("a".repeat(length));
    }

    /**
     * The old schema's example grown to {@code length} so that it keeps its format and pattern: an email's
     * local part, a URI's path, or the text's end or start; null when no such place keeps the pattern.
     */
    private static String padded(String example, int length, JsonNode schema) {
        String fill = "a".repeat(length - example.length());
        String format = Side.text(schema.get("format"));
        int at = example.indexOf('@');
        java.util.List<String> candidates = new java.util.ArrayList<>();
        if ("email".equals(format) || "idn-email".equals(format)) {
            candidates.add(email(length));
        } else if (format != null && format.startsWith("uri") || "iri".equals(format) || "iri-reference".equals(format)) {
            candidates.add(example + fill);
        } else if (format != null && !format.isEmpty() && FIXED_FORMATS.contains(format)) {
            return null; // a date, a uuid or an address has no room to grow: the search finds another way
        } else {
            candidates.add(example + fill);
            candidates.add(fill + example);
        }
        String pattern = Side.text(schema.get("pattern"));
        for (String candidate : candidates) {
            if (candidate != null && (pattern == null || finds(pattern, candidate))) {
                return candidate;
            }
        }
        return null;
    }

    /** An address of exactly {@code length} characters within RFC 5321's limits (local part 64, labels 63). */
    static String email(int length) {
        if (length < 6 || length > 254) {
            return null;
        }
        int local = Math.min(64, length - 6);
        int rest = length - 1 - local - 3; // before the final "com": labels, each with its dot
        StringBuilder domain = new StringBuilder();
        while (rest > 0) {
            int label = Math.min(63, rest - 1);
            if (rest - (label + 1) == 1) {
                label--;
            }
            domain.append("b".repeat(label)).append('.');
            rest -= label + 1;
        }
        return "a".repeat(Math.max(1, local)) + "@" + domain + "com";
    }

    private static final java.util.Set<String> FIXED_FORMATS = java.util.Set.of("date", "date-time", "time", "uuid",
            "ipv4", "ipv6", "duration");

    private static boolean finds(String pattern, String text) {
        try {
            return java.util.regex.Pattern.compile(pattern).matcher(text).find();
        } catch (RuntimeException e) {
            return false;
        }
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
