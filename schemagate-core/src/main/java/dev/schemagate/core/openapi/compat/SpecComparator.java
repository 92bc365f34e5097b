package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.compat.CompatFinding;
import dev.schemagate.core.compat.CompatMode;
import dev.schemagate.core.compat.CompatPolicy;
import dev.schemagate.core.compat.CompatRules;
import dev.schemagate.core.compat.SchemaComparator;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.Pointers;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares one API spec with the same spec of the baseline: paths, operations, parameters, request
 * bodies (BACKWARD: old clients' requests must still be accepted), responses (FORWARD: old clients
 * must understand new responses) and security. Every schema goes through the JSON Schema engine.
 */
final class SpecComparator {
    private final ApiSpec before;
    private final ApiSpec after;
    private final ApiFindings out;
    private final BundleWitnessChecker witnesses;
    private final Map<String, List<CompatFinding>> comparisons = new java.util.HashMap<>();
    private final Map<String, SchemaDifference> groups = new LinkedHashMap<>();

    private SpecComparator(ApiSpec before, ApiSpec after, ApiFindings out) {
        this.before = before;
        this.after = after;
        this.out = out;
        this.witnesses = new BundleWitnessChecker(before.bundle(), after.bundle());
    }

    /** @return the number of operations compared */
    static int compare(ApiSpec before, ApiSpec after, ApiFindings out) {
        return new SpecComparator(before, after, out).run();
    }

    private int run() {
        Map<String, Operation> old = Operation.of(before);
        Map<String, Operation> now = Operation.of(after);
        Set<String> newPaths = new TreeSet<>();
        now.values().forEach(o -> newPaths.add(o.key().substring(o.key().indexOf(' ') + 1)));
        Map<String, List<Operation>> removedPaths = new LinkedHashMap<>();
        int compared = 0;
        for (Operation o : old.values()) {
            Operation n = now.get(o.key());
            String path = o.key().substring(o.key().indexOf(' ') + 1);
            if (n != null) {
                operation(o, n);
                compared++;
            } else if (!newPaths.contains(path)) {
                removedPaths.computeIfAbsent(o.label().substring(o.label().indexOf(' ') + 1), p -> new java.util.ArrayList<>()).add(o);
            } else {
                out.add(Rule.OPENAPI_OPERATION_REMOVED, Severity.ERROR, o.label() + " was removed; clients calling it break."
                        + " Restore it (mark it deprecated: true for a release first), or publish the change as a new major API version",
                        null, o.pointer(), Map.of("operation", o.label()));
            }
        }
        removedPaths.forEach((path, ops) -> out.add(Rule.OPENAPI_PATH_REMOVED, Severity.ERROR, "path " + path
                + " was removed with " + String.join(", ", ops.stream().map(o -> o.label().substring(0, o.label().indexOf(' '))).toList())
                + "; clients calling it break. Restore it (deprecate it first), or publish the change as a new major API version",
                null, Pointers.child("/paths", path), Map.of("path", path)));
        now.values().stream().filter(n -> !old.containsKey(n.key())).forEach(n -> out.add(Rule.OPENAPI_OPERATION_ADDED,
                Severity.INFO, n.label() + " is new", n.pointer(), null, Map.of("operation", n.label())));
        SecurityDiff.schemes(before, after, out);
        reportSchemaDifferences();
        return compared;
    }

    private void operation(Operation o, Operation n) {
        parameters(o, n);
        RequestDiff.compare(this, o, n);
        ResponseDiff.compare(this, o, n);
        SecurityDiff.operation(before, after, o, n, out);
    }

    private void parameters(Operation o, Operation n) {
        for (Map.Entry<String, Operation.Parameter> e : o.params().entrySet()) {
            Operation.Parameter was = e.getValue();
            Operation.Parameter is = n.params().get(e.getKey());
            if (is == null) {
                Operation.Parameter moved = n.params().values().stream()
                        .filter(p -> p.name().equals(was.name()) && !p.in().equals(was.in())).findFirst().orElse(null);
                if (moved != null) {
                    out.add(Rule.OPENAPI_PARAMETER_CHANGED, Severity.ERROR, o.label() + ": parameter " + was.name()
                            + " moved from in: " + was.in() + " to in: " + moved.in() + "; old clients send it in the " + was.in()
                            + ". Keep it where it was (accept both for a release if you must move it)",
                            moved.pointer() + "/in", was.pointer() + "/in", Map.of("operation", o.label(), "parameter", was.name()));
                } else {
                    out.add(Rule.OPENAPI_PARAMETER_REMOVED, Severity.ERROR, o.label() + ": parameter " + was.label()
                            + " was removed; old clients still send it. Keep it (deprecated: true) until a new major API version",
                            null, was.pointer(), Map.of("operation", o.label(), "parameter", was.name()));
                }
                continue;
            }
            if (is.required() && !was.required()) {
                out.add(Rule.OPENAPI_PARAMETER_REQUIRED_ADDED, Severity.ERROR, o.label() + ": parameter " + is.label()
                        + " is required now; old clients may not send it. Keep it optional (give it a default), or publish"
                        + " the change as a new major API version", is.pointer() + "/required", was.pointer(),
                        Map.of("operation", o.label(), "parameter", is.name()));
            }
            schemas(o.label() + " parameter " + is.label(), schemaOf(before, was.pointer()), schemaOf(after, is.pointer()),
                    CompatMode.BACKWARD, Rule.OPENAPI_PARAMETER_CHANGED, Map.of("operation", o.label(), "parameter", is.name()));
        }
        for (Map.Entry<String, Operation.Parameter> e : n.params().entrySet()) {
            Operation.Parameter is = e.getValue();
            boolean moved = o.params().values().stream().anyMatch(p -> p.name().equals(is.name()));
            if (!o.params().containsKey(e.getKey()) && is.required() && !moved) {
                out.add(Rule.OPENAPI_PARAMETER_REQUIRED_ADDED, Severity.ERROR, o.label() + ": new required parameter "
                        + is.label() + "; old clients do not send it. Make it optional (with a default), or publish the"
                        + " change as a new major API version", is.pointer(), null,
                        Map.of("operation", o.label(), "parameter", is.name()));
            }
        }
    }

    /** The schema pointer of a parameter: its schema, else the schema of its one content entry. */
    private static String schemaOf(ApiSpec spec, String parameterPointer) {
        JsonNode p = spec.bundle().at(parameterPointer);
        if (p.has("schema") || !p.path("content").isObject() || p.get("content").isEmpty()) {
            return parameterPointer + "/schema";
        }
        return Pointers.child(parameterPointer + "/content", p.get("content").propertyNames().iterator().next()) + "/schema";
    }

    /**
     * Runs the JSON Schema engine on one pair of schemas and collects each difference under {@code rule}
     * (an enum value added to a response under openapi.response.enum-value-added, as a WARNING). A schema
     * that is only a {@code $ref} is compared at its target, once per spec pair: the same difference
     * reached from several operations becomes one finding that lists them all.
     */
    void schemas(String context, String oldPointer, String newPointer, CompatMode mode, Rule rule, Map<String, Object> extra) {
        String o = target(before, oldPointer);
        String n = target(after, newPointer);
        if (before.bundle().at(o).isMissingNode() && after.bundle().at(n).isMissingNode()) {
            return;
        }
        List<CompatFinding> found = comparisons.computeIfAbsent(mode + "\u0000" + o + "\u0000" + n, k -> SchemaComparator
                .compareAt(before.bundle(), o, after.bundle(), n, mode, CompatPolicy.LENIENT, witnesses.at(o, n)));
        for (CompatFinding f : found) {
            boolean enumAdded = rule == Rule.OPENAPI_RESPONSE_INCOMPATIBLE && f.ruleId().equals(CompatRules.ENUM_VALUE_ADDED)
                    && f.severity() != Severity.INFO;
            Rule reported = enumAdded ? Rule.OPENAPI_RESPONSE_ENUM_VALUE_ADDED : rule;
            String key = reported.id() + "\u0000" + f.ruleId() + "\u0000" + f.oldPointer() + "\u0000" + f.newPointer()
                    + "\u0000" + f.message() + "\u0000" + mode;
            groups.computeIfAbsent(key, k -> new SchemaDifference(reported, enumAdded ? Severity.WARNING : f.severity(),
                    f, mode, extra, new java.util.ArrayList<>())).contexts().add(context);
        }
    }

    /** One difference of the engine and every place (operation, request or response) it was reached from. */
    private record SchemaDifference(Rule rule, Severity severity, CompatFinding finding, CompatMode mode,
                                    Map<String, Object> extra, List<String> contexts) {
    }

    private void reportSchemaDifferences() {
        for (SchemaDifference d : groups.values()) {
            CompatFinding f = d.finding();
            Map<String, Object> details = new LinkedHashMap<>(f.details());
            details.putAll(d.extra());
            details.put("jsonschemaRule", f.ruleId());
            if (d.contexts().size() > 1) {
                details.put("operations", List.copyOf(d.contexts()));
            }
            String why = d.mode() == CompatMode.BACKWARD ? "checked BACKWARD: old clients' values must still be accepted"
                    : "checked FORWARD: old clients must understand every new response";
            String advice = d.rule() == Rule.OPENAPI_RESPONSE_ENUM_VALUE_ADDED ? " Old clients that map this enum to a"
                    + " closed type may fail on the new value: make sure they tolerate unknown values before you release it." : "";
            out.add(d.rule(), d.severity(), where(d.contexts()) + " at " + after.where(f.newPointer()).display(after.name())
                    + " (" + why + "): [" + f.ruleId() + "] " + f.message() + advice, f.newPointer(), f.oldPointer(), details);
        }
    }

    private static String where(List<String> contexts) {
        if (contexts.size() == 1) {
            return contexts.get(0);
        }
        List<String> more = contexts.subList(1, Math.min(contexts.size(), 4));
        int rest = contexts.size() - 1 - more.size();
        return contexts.get(0) + " (and " + String.join(", ", more) + (rest > 0 ? " and " + rest + " more" : "") + ")";
    }

    /** Where a schema that is only a {@code $ref} points; else the pointer itself. */
    private static String target(ApiSpec spec, String pointer) {
        String at = pointer;
        for (int hops = 0; hops < 32; hops++) {
            JsonNode node = spec.bundle().at(at);
            if (!node.isObject() || node.size() != 1 || !node.path("$ref").isString()
                    || !node.get("$ref").asString().startsWith("#")) {
                return at;
            }
            at = spec.resolve(at).pointer();
        }
        return at;
    }

    ApiSpec before() {
        return before;
    }

    ApiSpec after() {
        return after;
    }

    ApiFindings out() {
        return out;
    }
}
