package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.Objects;

/** {@code if}/{@code then}/{@code else} and assertions not compared yet: any change is a WARNING. */
final class UndecidableKeywords {
    private UndecidableKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        Side b = p.before();
        Side a = p.after();
        if (!Objects.equals(b.get("if"), a.get("if")) || !Objects.equals(b.get("then"), a.get("then"))
                || !Objects.equals(b.get("else"), a.get("else"))) {
            c.report(p.child(b.has("if") || a.has("if") ? "if" : "then"), Rule.JSONSCHEMA_UNDECIDABLE, Direction.UNKNOWN,
                    "if", "if/then/else changed; the engine cannot decide conditional schemas",
                    Map.of(), null);
        }
        for (String keyword : new String[] {"contentEncoding", "contentMediaType", "contentSchema"}) {
            if (!Objects.equals(b.get(keyword), a.get(keyword))) {
                c.report(p.child(keyword), Rule.JSONSCHEMA_CONTENT_CHANGED, Direction.UNKNOWN, keyword, keyword
                        + " changed from " + b.get(keyword) + " to " + a.get(keyword) + " (an annotation: validators do"
                        + " not decode content, but readers that do may now fail)", Map.of(), null);
            }
        }
        for (String keyword : new java.util.TreeSet<>(Keywords.notCompared())) {
            JsonNode before = b.get(keyword);
            JsonNode after = a.get(keyword);
            if (!Objects.equals(before, after)) {
                c.report(p.child(keyword), Rule.JSONSCHEMA_UNDECIDABLE, Direction.UNKNOWN, keyword,
                        keyword + " changed; the engine does not compare this keyword yet", Map.of(), null);
            }
        }
    }
}
