package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.compat.CompatMode;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.Pointers;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** Responses, checked FORWARD: every response the new version sends must be understood by old clients. */
final class ResponseDiff {
    private ResponseDiff() {
    }

    static void compare(SpecComparator c, Operation o, Operation n) {
        JsonNode oldResponses = o.node().path("responses");
        JsonNode newResponses = n.node().path("responses");
        for (String status : oldResponses.propertyNames()) {
            if (status.startsWith("x-")) {
                continue; // a specification extension, not a status
            }
            String oldAt = Pointers.child(o.pointer() + "/responses", status);
            if (!newResponses.has(status) && !sameRange(newResponses, status).isEmpty()) {
                // 4XX made explicit (400, 409) or 404 folded into 4XX: the same statuses, compared where they went
                ApiSpec.Located was = c.before().resolve(oldAt);
                for (String replacement : sameRange(newResponses, status)) {
                    ApiSpec.Located is = c.after().resolve(Pointers.child(n.pointer() + "/responses", replacement));
                    if (was.node() != null && is.node() != null) {
                        content(c, o, replacement, was, is);
                    }
                }
                continue;
            }
            if (!newResponses.has(status)) {
                c.out().add(Rule.OPENAPI_RESPONSE_REMOVED, Severity.ERROR, o.label() + ": response " + status
                        + " was removed; old clients that rely on it break. Keep documenting it (and sending it where it"
                        + " applies), or publish the change as a new major API version", null, oldAt,
                        Map.of("operation", o.label(), "status", status));
                continue;
            }
            ApiSpec.Located was = c.before().resolve(oldAt);
            ApiSpec.Located is = c.after().resolve(Pointers.child(n.pointer() + "/responses", status));
            if (was.node() != null && is.node() != null) {
                content(c, o, status, was, is);
            }
        }
    }

    /**
     * The new responses that stand for a removed one's statuses: for a range (4XX) the explicit codes in it, for an
     * explicit code (404) the range that covers it. Empty when nothing does.
     */
    private static java.util.List<String> sameRange(JsonNode newResponses, String status) {
        String upper = status.toUpperCase(java.util.Locale.ROOT);
        java.util.List<String> out = new java.util.ArrayList<>();
        if (upper.matches("[1-5]XX")) {
            for (String code : newResponses.propertyNames()) {
                if (code.matches("[1-5][0-9][0-9]") && code.charAt(0) == upper.charAt(0)) {
                    out.add(code);
                }
            }
        } else if (upper.matches("[1-5][0-9][0-9]")) {
            for (String code : newResponses.propertyNames()) {
                if (code.toUpperCase(java.util.Locale.ROOT).equals(upper.charAt(0) + "XX")) {
                    out.add(code);
                }
            }
        }
        return out;
    }

    private static void content(SpecComparator c, Operation o, String status, ApiSpec.Located was, ApiSpec.Located is) {
        JsonNode oldContent = was.node().path("content");
        JsonNode newContent = is.node().path("content");
        for (String mediaType : oldContent.propertyNames()) {
            String oldAt = Pointers.child(was.pointer() + "/content", mediaType);
            Map<String, Object> extra = Map.of("operation", o.label(), "status", status, "mediaType", mediaType);
            if (!newContent.has(mediaType)) {
                c.out().add(Rule.OPENAPI_MEDIA_TYPE_REMOVED, Severity.ERROR, o.label() + " response " + status + ": media type "
                        + mediaType + " was removed; old clients ask for it and read it. Keep sending it until a new major"
                        + " API version", null, oldAt, extra);
                continue;
            }
            String newAt = Pointers.child(is.pointer() + "/content", mediaType);
            c.schemas(o.label() + " response " + status + " " + mediaType, oldAt + "/schema", newAt + "/schema",
                    CompatMode.FORWARD, Rule.OPENAPI_RESPONSE_INCOMPATIBLE, extra);
        }
    }
}
