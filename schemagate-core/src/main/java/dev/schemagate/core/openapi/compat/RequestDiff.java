package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.compat.CompatMode;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.Pointers;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/** Request bodies, checked BACKWARD: every request an old client sends must still be accepted. */
final class RequestDiff {
    private RequestDiff() {
    }

    static void compare(SpecComparator c, Operation o, Operation n) {
        ApiSpec.Located was = c.before().resolve(o.pointer() + "/requestBody");
        ApiSpec.Located is = c.after().resolve(n.pointer() + "/requestBody");
        Map<String, Object> extra = Map.of("operation", o.label());
        if (is.node() == null) {
            return; // a body old clients send is ignored now: not a break
        }
        boolean required = is.node().path("required").asBoolean(false);
        if (required && (was.node() == null || !was.node().path("required").asBoolean(false))) {
            c.out().add(Rule.OPENAPI_REQUEST_INCOMPATIBLE, Severity.ERROR, o.label() + ": the request body is required now;"
                    + " old clients may send none. Keep it optional (required: false), or publish the change as a new"
                    + " major API version", is.pointer() + "/required", was.pointer(), extra);
        }
        if (was.node() == null) {
            return;
        }
        JsonNode oldContent = was.node().path("content");
        JsonNode newContent = is.node().path("content");
        for (String mediaType : oldContent.propertyNames()) {
            String oldAt = Pointers.child(was.pointer() + "/content", mediaType);
            String accepting = accepting(newContent, mediaType);
            if (accepting == null) {
                c.out().add(Rule.OPENAPI_MEDIA_TYPE_REMOVED, Severity.ERROR, o.label() + ": request media type " + mediaType
                        + " was removed; old clients still send it. Keep accepting it until a new major API version",
                        null, oldAt, Map.of("operation", o.label(), "mediaType", mediaType));
                continue;
            }
            String newAt = Pointers.child(is.pointer() + "/content", accepting);
            c.schemas(o.label() + " request body " + mediaType, oldAt + "/schema", newAt + "/schema",
                    CompatMode.BACKWARD, Rule.OPENAPI_REQUEST_INCOMPATIBLE, Map.of("operation", o.label(), "mediaType", mediaType));
        }
    }

    /**
     * The new content key that takes what old clients send as {@code mediaType}: the same key, else the same media
     * type written with other parameters or case ({@code application/json; charset=utf-8}), else a range that
     * covers it ({@code application/*}, then {@code *}{@code /*}); null when none does.
     */
    static String accepting(JsonNode newContent, String mediaType) {
        if (newContent.has(mediaType)) {
            return mediaType;
        }
        String essence = essence(mediaType);
        String range = essence.contains("/") ? essence.substring(0, essence.indexOf('/')) + "/*" : null;
        for (String wanted : java.util.Arrays.asList(essence, range, "*/*")) {
            for (String key : newContent.propertyNames()) {
                if (wanted != null && essence(key).equals(wanted)) {
                    return key;
                }
            }
        }
        return null;
    }

    private static String essence(String mediaType) {
        int semicolon = mediaType.indexOf(';');
        return (semicolon < 0 ? mediaType : mediaType.substring(0, semicolon)).trim().toLowerCase(java.util.Locale.ROOT);
    }
}
