package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.Pointers;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One operation of a bundled spec. Operations match across versions by method and path with the
 * parameter names blanked ({@code GET /pets/{}}), so renaming a path parameter is not a removal.
 *
 * @param label   e.g. "GET /pets/{id}"
 * @param pointer the operation object's pointer in the bundle
 * @param params  "in:name" (path parameters "path:#index") to the parameter, path-level ones overridden
 *                by the operation's
 */
record Operation(String key, String label, String pointer, JsonNode node, Map<String, Parameter> params) {
    private static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

    /** A parameter with the pointer of its (resolved) parameter object. */
    record Parameter(String name, String in, boolean required, String pointer, JsonNode node) {
        String label() {
            return name + " (in: " + in + ")";
        }
    }

    /** Every operation, by key, sorted. */
    static Map<String, Operation> of(ApiSpec spec) {
        Map<String, Operation> operations = new TreeMap<>();
        JsonNode paths = spec.bundle().path("paths");
        for (Map.Entry<String, JsonNode> path : paths.properties()) {
            if (path.getKey().startsWith("x-")) {
                continue; // a specification extension, not a path
            }
            ApiSpec.Located item = spec.resolve(Pointers.child("/paths", path.getKey()));
            if (item.node() == null) {
                continue;
            }
            List<String> names = pathNames(path.getKey());
            Map<String, Parameter> shared = parameters(spec, item.pointer() + "/parameters", item.node().get("parameters"), names);
            for (String method : METHODS) {
                JsonNode op = item.node().get(method);
                if (op == null || !op.isObject()) {
                    continue;
                }
                String pointer = Pointers.child(item.pointer(), method);
                Map<String, Parameter> params = new LinkedHashMap<>(shared);
                params.putAll(parameters(spec, pointer + "/parameters", op.get("parameters"), names));
                String upper = method.toUpperCase(java.util.Locale.ROOT);
                operations.put(upper + " " + normalized(path.getKey()),
                        new Operation(upper + " " + normalized(path.getKey()), upper + " " + path.getKey(), pointer, op, params));
            }
        }
        return operations;
    }

    static String normalized(String template) {
        return template.replaceAll("\\{[^}/]+}", "{}");
    }

    private static List<String> pathNames(String template) {
        List<String> names = new java.util.ArrayList<>();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("\\{([^}/]+)}").matcher(template);
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static final java.util.Set<String> IGNORED_HEADERS = java.util.Set.of("accept", "content-type", "authorization");

    /**
     * Keys are "in:name"; path parameters are keyed by their place in the template ("path:#0"), headers by their
     * name in lower case (HTTP header names are case-insensitive: X-Request-Id and x-request-id are one header).
     */
    private static Map<String, Parameter> parameters(ApiSpec spec, String pointer, JsonNode list, List<String> pathNames) {
        Map<String, Parameter> params = new TreeMap<>();
        if (list == null || !list.isArray()) {
            return params;
        }
        for (int i = 0; i < list.size(); i++) {
            ApiSpec.Located p = spec.resolve(pointer + "/" + i);
            if (p.node() != null) {
                String name = p.node().path("name").asString("");
                String in = p.node().path("in").asString("");
                if (in.equals("header") && IGNORED_HEADERS.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                    continue; // OpenAPI: such a parameter definition SHALL be ignored (media types and security say it)
                }
                String key = in.equals("path") && pathNames.contains(name) ? "path:#" + pathNames.indexOf(name)
                        : in.equals("header") ? "header:" + name.toLowerCase(java.util.Locale.ROOT) : in + ":" + name;
                params.put(key, new Parameter(name, in, p.node().path("required").asBoolean(false),
                        p.pointer(), p.node()));
            }
        }
        return params;
    }
}
