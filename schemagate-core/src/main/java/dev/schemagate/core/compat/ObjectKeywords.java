package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/** {@code required}, {@code minProperties}, {@code maxProperties}, {@code dependentRequired},
 * {@code dependentSchemas}, {@code propertyNames}. */
final class ObjectKeywords {
    private ObjectKeywords() {
    }

    static void compare(Comparison c, Pair p) {
        required(c, p);
        Bounds.count(c, p, "minProperties", true, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_TIGHTENED, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_LOOSENED,
                size -> ExampleBuilder.objectOfSize(c.oldRoot, p.before().node(), size));
        Bounds.count(c, p, "maxProperties", false, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_TIGHTENED, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_LOOSENED,
                size -> ExampleBuilder.objectOfSize(c.oldRoot, p.before().node(), size));
        dependentRequired(c, p);
        dependentSchemas(c, p);
        Pair names = p.child("propertyNames");
        if (names.before().node() != null || names.after().node() != null) {
            SchemaComparator.compare(c, names.noWitness());
        }
    }

    private static void required(Comparison c, Pair p) {
        List<String> before = strings(p.before().get("required"));
        List<String> after = strings(p.after().get("required"));
        Pair at = p.child("required");
        for (String name : after) {
            if (!before.contains(name)) {
                c.report(at, Rule.JSONSCHEMA_REQUIRED_ADDED, Direction.NARROWS, "required",
                        "Property '" + name + "' is required now", Map.of("property", name),
                        () -> ExampleBuilder.ofType(c.oldRoot, p.before().node(), "object"));
            }
        }
        for (String name : before) {
            if (!after.contains(name)) {
                c.report(at, Rule.JSONSCHEMA_REQUIRED_REMOVED, Direction.WIDENS, "required",
                        "Property '" + name + "' is no longer required", Map.of("property", name), null);
            }
        }
    }

    private static void dependentRequired(Comparison c, Pair p) {
        JsonNode before = p.before().get("dependentRequired");
        JsonNode after = p.after().get("dependentRequired");
        TreeSet<String> keys = new TreeSet<>(keys(before));
        keys.addAll(keys(after));
        Pair at = p.child("dependentRequired");
        for (String key : keys) {
            List<String> old = strings(before == null ? null : before.get(key));
            List<String> now = strings(after == null ? null : after.get(key));
            for (String name : now) {
                if (!old.contains(name)) {
                    JsonNode keyValue = ExampleBuilder.minimal(c.oldRoot,
                            p.before().child("properties").child(key).node());
                    c.report(at, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_TIGHTENED, Direction.NARROWS, "dependentRequired",
                            "'" + name + "' is required now whenever '" + key + "' is present",
                            Map.of("property", key, "dependent", name),
                            () -> PropertyKeywords.objectWith(c, p.before(), key, keyValue));
                }
            }
            for (String name : old) {
                if (!now.contains(name)) {
                    c.report(at, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_LOOSENED, Direction.WIDENS, "dependentRequired",
                            "'" + name + "' is no longer required when '" + key + "' is present",
                            Map.of("property", key, "dependent", name), null);
                }
            }
        }
    }

    private static void dependentSchemas(Comparison c, Pair p) {
        Pair at = p.child("dependentSchemas");
        TreeSet<String> keys = new TreeSet<>(keys(at.before().node()));
        keys.addAll(keys(at.after().node()));
        for (String key : keys) {
            Pair dep = at.child(key).noWitness();
            if (dep.before().node() == null) {
                c.report(dep, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_TIGHTENED, Direction.NARROWS, "dependentSchemas",
                        "A schema now applies whenever '" + key + "' is present", Map.of("property", key), null);
            } else if (dep.after().node() == null) {
                c.report(dep, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_LOOSENED, Direction.WIDENS, "dependentSchemas",
                        "The schema that applied whenever '" + key + "' is present was removed",
                        Map.of("property", key), null);
            } else {
                SchemaComparator.compare(c, dep);
            }
        }
    }

    static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        if (array != null && array.isArray()) {
            array.values().stream().map(Side::text).filter(java.util.Objects::nonNull).forEach(out::add);
        }
        return out;
    }

    private static java.util.Collection<String> keys(JsonNode object) {
        return object != null && object.isObject() ? object.propertyNames() : List.of();
    }
}
