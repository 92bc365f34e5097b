package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.compat.CompatMode;
import dev.schemagate.core.openapi.spec.ApiSpec;
import dev.schemagate.core.openapi.spec.Pointers;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import tools.jackson.databind.JsonNode;

import java.util.Map;

/**
 * Parameters, checked BACKWARD: a parameter old clients send must stay (in the same place), no new one
 * may be required, and its schema must accept every value it accepted.
 */
final class ParameterDiff {
    private ParameterDiff() {
    }

    static void compare(SpecComparator c, Operation o, Operation n) {
        for (Map.Entry<String, Operation.Parameter> e : o.params().entrySet()) {
            Operation.Parameter was = e.getValue();
            Operation.Parameter is = n.params().get(e.getKey());
            if (is == null) {
                Operation.Parameter moved = n.params().values().stream()
                        .filter(p -> p.name().equals(was.name()) && !p.in().equals(was.in())).findFirst().orElse(null);
                if (moved != null) {
                    c.out().add(Rule.OPENAPI_PARAMETER_CHANGED, Severity.ERROR, o.label() + ": parameter " + was.name()
                            + " moved from in: " + was.in() + " to in: " + moved.in() + "; old clients send it in the " + was.in()
                            + ". Keep it where it was (accept both for a release if you must move it)",
                            moved.pointer() + "/in", was.pointer() + "/in", Map.of("operation", o.label(), "parameter", was.name()));
                } else {
                    c.out().add(Rule.OPENAPI_PARAMETER_REMOVED, Severity.ERROR, o.label() + ": parameter " + was.label()
                            + " was removed; old clients still send it. Keep it (deprecated: true) until a new major API version",
                            null, was.pointer(), Map.of("operation", o.label(), "parameter", was.name()));
                }
                continue;
            }
            if (is.required() && !was.required()) {
                c.out().add(Rule.OPENAPI_PARAMETER_REQUIRED_ADDED, Severity.ERROR, o.label() + ": parameter " + is.label()
                        + " is required now; old clients may not send it. Keep it optional (give it a default), or publish"
                        + " the change as a new major API version", is.pointer() + "/required", was.pointer(),
                        Map.of("operation", o.label(), "parameter", is.name()));
            }
            defaultChanged(c, o, was, is);
            c.schemas(o.label() + " parameter " + is.label(), schemaOf(c.before(), was.pointer()), schemaOf(c.after(), is.pointer()),
                    CompatMode.BACKWARD, Rule.OPENAPI_PARAMETER_CHANGED, Map.of("operation", o.label(), "parameter", is.name()));
        }
        for (Map.Entry<String, Operation.Parameter> e : n.params().entrySet()) {
            Operation.Parameter is = e.getValue();
            boolean moved = o.params().values().stream().anyMatch(p -> p.name().equals(is.name()));
            if (!o.params().containsKey(e.getKey()) && is.required() && !moved) {
                c.out().add(Rule.OPENAPI_PARAMETER_REQUIRED_ADDED, Severity.ERROR, o.label() + ": new required parameter "
                        + is.label() + "; old clients do not send it. Make it optional (with a default), or publish the"
                        + " change as a new major API version", is.pointer(), null,
                        Map.of("operation", o.label(), "parameter", is.name()));
            }
        }
    }

    /** Old clients that leave an optional parameter out get the server's default: a new default changes what they get. */
    private static void defaultChanged(SpecComparator c, Operation o, Operation.Parameter was, Operation.Parameter is) {
        ApiSpec.Located oldSchema = c.before().resolve(schemaOf(c.before(), was.pointer()));
        ApiSpec.Located newSchema = c.after().resolve(schemaOf(c.after(), is.pointer()));
        JsonNode before = oldSchema.node() == null ? null : oldSchema.node().get("default");
        JsonNode after = newSchema.node() == null ? null : newSchema.node().get("default");
        if (java.util.Objects.equals(before, after) || is.required()) {
            return;
        }
        Map<String, Object> details = new java.util.LinkedHashMap<>();
        details.put("operation", o.label());
        details.put("parameter", is.name());
        details.put("old", before == null ? "none" : before);
        details.put("new", after == null ? "none" : after);
        c.out().add(Rule.OPENAPI_PARAMETER_DEFAULT_CHANGED, Severity.WARNING, o.label() + ": the default of parameter "
                + is.label() + " changed from " + (before == null ? "none" : before) + " to " + (after == null ? "none" : after)
                + "; old clients that omit it now get the new behaviour. Keep the old default, or make the change"
                + " explicit in the release notes (or a new major API version)",
                newSchema.node() == null ? is.pointer() : newSchema.pointer() + (after == null ? "" : "/default"),
                oldSchema.pointer(), details);
    }

    /** The schema pointer of a parameter: its schema, else the schema of its one content entry. */
    private static String schemaOf(ApiSpec spec, String parameterPointer) {
        JsonNode p = spec.bundle().at(parameterPointer);
        if (p.has("schema") || !p.path("content").isObject() || p.get("content").isEmpty()) {
            return parameterPointer + "/schema";
        }
        return Pointers.child(parameterPointer + "/content", p.get("content").propertyNames().iterator().next()) + "/schema";
    }

}
