package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * {@code properties} under open, closed and partially open models ({@code additionalProperties},
 * {@code patternProperties}). A property on one side only is compared with the schema that governs
 * that name on the other side.
 */
final class PropertyKeywords {
    private static final String EXTRA = "additionalProperty";

    private PropertyKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        TreeSet<String> names = new TreeSet<>(names(p.before().get("properties")));
        names.addAll(names(p.after().get("properties")));
        for (String name : names) {
            property(c, p, name);
        }
        OpenModel.additional(c, p);
        OpenModel.patterns(c, p);
    }

    private static void property(Comparison c, Pair p, String name) {
        Side before = p.before().child("properties").child(name);
        Side after = p.after().child("properties").child(name);
        InstancePath path = p.path() == null ? null : p.path().key(p.before().node(), name);
        if (before.node() != null && after.node() != null) {
            SchemaComparator.compare(c, p.withSides(before, after, path));
        } else if (after.node() != null) {
            added(c, p, name, governing(p.before(), name), after, path);
        } else {
            removed(c, p, name, before, governing(p.after(), name), path);
        }
    }

    private static void added(Comparison c, Pair p, String name, Side old, Side after, InstancePath path) {
        Pair at = p.withSides(old, after, path);
        if (old.isFalse()) {
            c.report(at, Rule.JSONSCHEMA_PROPERTY_ADDED_TO_CLOSED_MODEL, Direction.WIDENS, "properties",
                    "Property '" + name + "' added to a closed model; documents with it were rejected before",
                    Map.of("property", name), null);
        } else if (!old.isTrivial()) {
            SchemaComparator.compare(c, at);
        } else if (!after.isTrivial()) {
            c.report(at, Rule.JSONSCHEMA_PROPERTY_ADDED_TO_OPEN_MODEL, Direction.NARROWS, "properties",
                    "Property '" + name + "' added with constraints", Map.of("property", name),
                    () -> otherType(c, after));
        }
    }

    private static void removed(Comparison c, Pair p, String name, Side before, Side now, InstancePath path) {
        Pair at = p.withSides(before, now, path);
        if (now.isFalse()) {
            c.report(at, Rule.JSONSCHEMA_PROPERTY_REMOVED_FROM_CLOSED_MODEL, Direction.NARROWS, "properties",
                    "Property '" + name + "' removed from a closed model; documents carrying it are rejected now",
                    Map.of("property", name),
                    () -> ExampleBuilder.minimal(c.oldRoot, before.node()));
        } else if (!now.isTrivial()) {
            SchemaComparator.compare(c, at);
        } else if (!before.isTrivial()) {
            c.report(at, Rule.JSONSCHEMA_PROPERTY_REMOVED, Direction.WIDENS, "properties",
                    "Property '" + name + "' removed from an open model; any value is accepted for it now",
                    Map.of("property", name), null);
        }
    }

    /** The schema that governs {@code name} when it is not declared: a matching pattern, else additionalProperties. */
    static Side governing(Side object, String name) {
        JsonNode patterns = object.get("patternProperties");
        if (patterns != null && patterns.isObject()) {
            for (String regex : new TreeSet<>(patterns.propertyNames())) {
                if (matches(regex, name)) {
                    return object.child("patternProperties").child(regex);
                }
            }
        }
        if (object.has("additionalProperties") || !object.has("unevaluatedProperties")) {
            return object.child("additionalProperties");
        }
        return object.child("unevaluatedProperties");
    }

    private static boolean matches(String regex, String name) {
        try {
            return Pattern.compile(regex).matcher(name).find();
        } catch (PatternSyntaxException e) {
            return false;
        }
    }

    static JsonNode objectWith(Comparison c, Side old, String name, JsonNode value) {
        if (value == null) {
            return null;
        }
        JsonNode base = ExampleBuilder.ofType(c.oldRoot, old.node(), "object");
        ObjectNode object = base != null && base.isObject() ? (ObjectNode) base : JsonNodeFactory.instance.objectNode();
        object.set(name, value);
        return object;
    }

    /**
     * A value whose type the new property schema does not allow, or (for an untyped {@code enum} or
     * {@code const}) a value it does not list; null when it allows any type and lists no values.
     */
    private static JsonNode otherType(Comparison c, Side after) {
        JsonNode resolved = Refs.resolveNode(c.newRoot, after.node());
        List<String> types = resolved == null ? null : TypeKeywords.types(resolved.get("type"));
        JsonNode values = resolved == null || !resolved.isObject() ? null
                : resolved.has("const") ? JsonNodeFactory.instance.arrayNode().add(resolved.get("const"))
                : resolved.get("enum");
        JsonNodeFactory f = JsonNodeFactory.instance;
        for (JsonNode candidate : List.of(f.numberNode(1.5), f.stringNode("x"), f.booleanNode(true), f.nullNode(),
                f.arrayNode(), f.objectNode())) {
            if (types != null && !TypeKeywords.covers(types, ExampleBuilder.typeOf(candidate))) {
                return candidate;
            }
            if (types == null && values != null && values.isArray() && !values.values().contains(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    private static java.util.Collection<String> names(JsonNode properties) {
        return properties != null && properties.isObject() ? properties.propertyNames() : List.of();
    }

    static String extraName() {
        return EXTRA;
    }
}
