package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.Pointers;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Security requirements: an old client meets one of the old alternatives (a set of schemes with
 * scopes); the change breaks it when no new alternative asks for a subset of that. A security
 * scheme whose type, location, name or HTTP scheme changed breaks every client using it.
 */
final class SecurityDiff {
    private static final List<String> SCHEME_FIELDS = List.of("type", "in", "name", "scheme");

    private SecurityDiff() {
    }

    static void operation(ApiSpec before, ApiSpec after, Operation o, Operation n, ApiFindings out) {
        List<Map<String, Set<String>>> was = effective(before, o);
        List<Map<String, Set<String>>> is = effective(after, n);
        List<Map<String, Set<String>>> broken = was.stream()
                .filter(old -> is.stream().noneMatch(now -> satisfiedBy(before, old, after, now))).toList();
        if (!broken.isEmpty()) {
            String newPointer = n.node().has("security") ? n.pointer() + "/security" : after.bundle().has("security") ? "/security" : n.pointer();
            String oldPointer = o.node().has("security") ? o.pointer() + "/security" : before.bundle().has("security") ? "/security" : o.pointer();
            out.add(Rule.OPENAPI_SECURITY_CHANGED, Severity.ERROR, o.label() + ": security changed from " + show(was) + " to "
                    + show(is) + "; clients authorised with " + show(broken) + " are refused now. Keep accepting the old"
                    + " credentials (add the old requirement as an alternative), or publish the change as a new major API version",
                    newPointer, oldPointer, Map.of("operation", o.label()));
        }
    }

    static void schemes(ApiSpec before, ApiSpec after, ApiFindings out) {
        JsonNode oldSchemes = before.bundle().path("components").path("securitySchemes");
        JsonNode newSchemes = after.bundle().path("components").path("securitySchemes");
        for (String name : new TreeSet<>(oldSchemes.propertyNames())) {
            JsonNode was = before.resolve(Pointers.child("/components/securitySchemes", name)).node();
            ApiSpec.Located is = after.resolve(Pointers.child("/components/securitySchemes", name));
            if (was == null || is.node() == null) {
                continue; // removed: the operations that used it report the change
            }
            List<String> changed = new ArrayList<>();
            for (String field : SCHEME_FIELDS) {
                String a = was.path(field).asString("");
                String b = is.node().path(field).asString("");
                if (!a.equalsIgnoreCase(b)) {
                    changed.add(field + " " + (a.isEmpty() ? "(none)" : a) + " -> " + (b.isEmpty() ? "(none)" : b));
                }
            }
            if (!changed.isEmpty()) {
                out.add(Rule.OPENAPI_SECURITY_CHANGED, Severity.ERROR, "security scheme " + name + " changed ("
                        + String.join(", ", changed) + "); clients send their credentials the old way. Add a new scheme"
                        + " beside the old one instead", is.pointer(), Pointers.child("/components/securitySchemes", name),
                        Map.of("securityScheme", name));
            }
        }
    }

    /** The operation's requirements, else the spec's; none is one empty alternative (anonymous). */
    private static List<Map<String, Set<String>>> effective(ApiSpec spec, Operation op) {
        JsonNode list = op.node().has("security") ? op.node().get("security") : spec.bundle().path("security");
        List<Map<String, Set<String>>> alternatives = new ArrayList<>();
        for (JsonNode requirement : list) {
            Map<String, Set<String>> schemes = new TreeMap<>();
            requirement.properties().forEach(e -> {
                Set<String> scopes = new TreeSet<>();
                e.getValue().forEach(s -> scopes.add(s.asString("")));
                schemes.put(e.getKey(), scopes);
            });
            alternatives.add(schemes);
        }
        if (alternatives.isEmpty()) {
            alternatives.add(Map.of());
        }
        return alternatives;
    }

    /**
     * What a client sends for the named scheme: its type with the HTTP scheme, the API key's place and name, or the
     * OAuth flows' and OpenID Connect URLs; the name itself where the scheme is not defined.
     */
    private static String credentials(ApiSpec spec, String name) {
        JsonNode scheme = spec.resolve(Pointers.child("/components/securitySchemes", name)).node();
        if (scheme == null || !scheme.isObject()) {
            return "name:" + name;
        }
        String type = scheme.path("type").asString("");
        return switch (type) {
            case "http" -> "http:" + scheme.path("scheme").asString("").toLowerCase(java.util.Locale.ROOT);
            case "apiKey" -> {
                String in = scheme.path("in").asString("");
                String key = scheme.path("name").asString("");
                yield "apiKey:" + in + ":" + (in.equals("header") ? key.toLowerCase(java.util.Locale.ROOT) : key);
            }
            case "oauth2" -> "oauth2:" + scheme.path("flows");
            case "openIdConnect" -> "openIdConnect:" + scheme.path("openIdConnectUrl").asString("");
            default -> "name:" + name;
        };
    }

    /**
     * True when every scheme {@code now} asks for is in {@code old} with no scope more: the same name (a changed
     * definition is reported by {@link #schemes}), or another name for the same credentials (a renamed scheme).
     */
    private static boolean satisfiedBy(ApiSpec before, Map<String, Set<String>> old, ApiSpec after, Map<String, Set<String>> now) {
        return now.entrySet().stream().allMatch(e -> old.entrySet().stream().anyMatch(o -> o.getValue().containsAll(e.getValue())
                && (o.getKey().equals(e.getKey()) || credentials(before, o.getKey()).equals(credentials(after, e.getKey())))));
    }

    private static String show(List<Map<String, Set<String>>> alternatives) {
        return alternatives.stream().map(a -> a.isEmpty() ? "none" : a.entrySet().stream()
                .map(e -> e.getKey() + (e.getValue().isEmpty() ? "" : e.getValue().toString())).reduce((x, y) -> x + " + " + y).orElse(""))
                .reduce((x, y) -> x + " or " + y).map(s -> "[" + s + "]").orElse("[none]");
    }
}
