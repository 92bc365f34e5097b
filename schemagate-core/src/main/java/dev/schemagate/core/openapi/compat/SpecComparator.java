package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.compat.CompatMode;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.Pointers;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

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
    private final SchemaDifferences differences;

    private SpecComparator(ApiSpec before, ApiSpec after, ApiFindings out) {
        this.before = before;
        this.after = after;
        this.out = out;
        this.differences = new SchemaDifferences(before, after, out);
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
        differences.report();
        return compared;
    }

    private void operation(Operation o, Operation n) {
        ParameterDiff.compare(this, o, n);
        RequestDiff.compare(this, o, n);
        ResponseDiff.compare(this, o, n);
        SecurityDiff.operation(before, after, o, n, out);
    }

    /** Runs the JSON Schema engine on one pair of schemas; see {@link SchemaDifferences#compare}. */
    void schemas(String context, String oldPointer, String newPointer, CompatMode mode, Rule rule, Map<String, Object> extra) {
        differences.compare(context, oldPointer, newPointer, mode, rule, extra);
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
