package dev.schemagate.core.openapi.spec;

import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI structure that breaking-change checks and generators rely on: version, info, paths,
 * operations, parameters, request bodies and responses. Schema Objects are checked separately
 * against the JSON Schema metaschema ({@link SpecLoader}).
 */
final class SpecStructure {
    static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static final Set<String> LOCATIONS = Set.of("query", "header", "path", "cookie");
    private static final Pattern STATUS = Pattern.compile("default|[1-5](\\d\\d|XX)");
    private static final Pattern TEMPLATE = Pattern.compile("\\{([^}/]+)}");

    private final ApiSpec spec;
    private final List<SpecProblem> problems = new ArrayList<>();
    private final Map<String, String> operationIds = new HashMap<>();

    private SpecStructure(ApiSpec spec) {
        this.spec = spec;
    }

    static List<SpecProblem> check(ApiSpec spec) {
        SpecStructure s = new SpecStructure(spec);
        s.root(spec.bundle());
        return List.copyOf(s.problems);
    }

    private void root(JsonNode root) {
        if (root.has("swagger")) {
            problem("/swagger", "is a Swagger 2.0 document; only OpenAPI 3.0 and 3.1 are supported. Convert it"
                    + " (for example with swagger-converter) and set openapi: 3.0.3");
            return;
        }
        String version = root.path("openapi").isString() ? root.get("openapi").asString() : null;
        if (version == null || !version.matches("3\\.[01]\\.\\d+(-.+)?")) {
            problem(root.has("openapi") ? "/openapi" : "", "openapi must name the OpenAPI version, 3.0.x or 3.1.x"
                    + (version == null ? "" : " (it is " + version + ")"));
            return;
        }
        JsonNode info = root.get("info");
        if (info == null || !info.isObject() || !info.path("title").isString() || !info.path("version").isString()) {
            problem(info == null ? "" : "/info", "info must be an object with a title and a version (both strings)");
        }
        JsonNode paths = root.get("paths");
        if (paths == null) {
            if (version.startsWith("3.0")) {
                problem("", "paths is required in OpenAPI 3.0; add paths: {} for an API without operations");
            }
            return;
        }
        if (!paths.isObject()) {
            problem("/paths", "paths must be an object of path templates such as /pets/{id}");
            return;
        }
        paths.properties().stream().filter(e -> !isExtension(e.getKey()))
                .forEach(e -> path(e.getKey(), Pointers.child("/paths", e.getKey())));
    }

    private void path(String template, String pointer) {
        if (!template.startsWith("/")) {
            problem(pointer, "the path \"" + template + "\" must start with /");
        }
        ApiSpec.Located item = spec.resolve(pointer);
        if (item.node() == null || !item.node().isObject()) {
            problem(pointer, "a path item must be an object of operations (get, post, ...)");
            return;
        }
        Map<String, String> shared = parameters(item.pointer() + "/parameters", item.node().get("parameters"));
        for (String method : METHODS) {
            JsonNode operation = item.node().get(method);
            if (operation == null) {
                continue;
            }
            String at = Pointers.child(item.pointer(), method);
            if (!operation.isObject()) {
                problem(at, "an operation must be an object");
                continue;
            }
            operation(template, method, at, operation, shared);
        }
    }

    private void operation(String template, String method, String pointer, JsonNode operation, Map<String, String> shared) {
        JsonNode id = operation.get("operationId");
        if (id != null && id.isString()) {
            String before = operationIds.putIfAbsent(id.asString(), method.toUpperCase() + " " + template);
            if (before != null) {
                problem(pointer + "/operationId", "operationId " + id.asString() + " is used by " + before
                        + " too; operationIds must be unique");
            }
        }
        Map<String, String> params = new HashMap<>(shared);
        params.putAll(parameters(pointer + "/parameters", operation.get("parameters")));
        Matcher m = TEMPLATE.matcher(template);
        while (m.find()) {
            if (!params.containsKey("path:" + m.group(1))) {
                problem(pointer, method.toUpperCase() + " " + template + " has no path parameter \"" + m.group(1)
                        + "\"; declare it under parameters with in: path and required: true");
            }
        }
        JsonNode body = operation.get("requestBody");
        if (body != null) {
            ApiSpec.Located b = spec.resolve(pointer + "/requestBody");
            if (b.node() == null || !b.node().path("content").isObject()) {
                problem(b.pointer(), "a request body needs content, a map of media types such as application/json");
            }
        }
        JsonNode responses = operation.get("responses");
        if (responses == null || !responses.isObject() || responses.isEmpty()) {
            if (responses != null || spec.isOpenApi30()) {
                problem(responses == null ? pointer : pointer + "/responses",
                        method.toUpperCase() + " " + template + " needs responses with at least one status code");
            }
            return;
        }
        responses.properties().stream().filter(e -> !isExtension(e.getKey())).forEach(e -> {
            String at = Pointers.child(pointer + "/responses", e.getKey());
            if (!STATUS.matcher(e.getKey()).matches()) {
                problem(at, "\"" + e.getKey() + "\" is not a status code; use 200, 4XX or default");
            }
            ApiSpec.Located r = spec.resolve(at);
            if (r.node() == null || !r.node().isObject() || !r.node().path("description").isString()) {
                problem(r.pointer(), "a response needs a description");
            }
        });
    }

    /** The Paths and Responses objects may carry specification extensions (x-...) beside paths and status codes. */
    static boolean isExtension(String key) {
        return key.startsWith("x-");
    }

    /** Checks a parameters list; returns "in:name" to pointer. */
    private Map<String, String> parameters(String pointer, JsonNode list) {
        Map<String, String> seen = new HashMap<>();
        if (list == null) {
            return seen;
        }
        if (!list.isArray()) {
            problem(pointer, "parameters must be a list");
            return seen;
        }
        Set<String> duplicates = new HashSet<>();
        for (int i = 0; i < list.size(); i++) {
            ApiSpec.Located p = spec.resolve(pointer + "/" + i);
            JsonNode node = p.node();
            if (node == null || !node.isObject() || !node.path("name").isString() || !LOCATIONS.contains(node.path("in").asString(""))) {
                problem(p.pointer(), "a parameter needs a name and in: query, header, path or cookie");
                continue;
            }
            String key = node.get("in").asString() + ":" + node.get("name").asString();
            if (seen.putIfAbsent(key, p.pointer()) != null && duplicates.add(key)) {
                problem(p.pointer(), "parameter " + node.get("name").asString() + " (in: " + node.get("in").asString()
                        + ") is declared twice");
            }
            if (node.get("in").asString().equals("path") && !node.path("required").asBoolean(false)) {
                problem(p.pointer(), "path parameter " + node.get("name").asString() + " must have required: true");
            }
            if (!node.has("schema") && !node.has("content")) {
                problem(p.pointer(), "parameter " + node.get("name").asString() + " needs a schema (or content)");
            }
        }
        return seen;
    }

    private void problem(String pointer, String what) {
        ApiSpec.Where where = spec.where(pointer);
        problems.add(new SpecProblem(where.file(), where.line(), null, where.pointer(), where.file()
                + (where.line() == null ? "" : ":" + where.line()) + " at " + Pointers.display(where.pointer())
                + ": " + what + "."));
    }
}
