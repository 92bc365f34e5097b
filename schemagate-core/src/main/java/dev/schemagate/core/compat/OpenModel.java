package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;

import java.util.Map;
import java.util.TreeSet;

/** {@code additionalProperties} and {@code patternProperties}: opening, closing and changing a model. */
final class OpenModel {
    private OpenModel() {
    }

    static void additional(Comparison c, Pair p) {
        Pair at = p.child("additionalProperties");
        if (at.before().node() == null && at.after().node() == null) {
            return;
        }
        InstancePath path = p.path() == null ? null : p.path().key(p.before().node(), PropertyKeywords.extraName());
        closedness(c, at.withSides(at.before(), at.after(), path), "additionalProperties",
                "properties not declared");
    }

    static void patterns(Comparison c, Pair p) {
        JsonNode before = p.before().get("patternProperties");
        JsonNode after = p.after().get("patternProperties");
        TreeSet<String> regexes = new TreeSet<>();
        if (before != null && before.isObject()) {
            regexes.addAll(before.propertyNames());
        }
        if (after != null && after.isObject()) {
            regexes.addAll(after.propertyNames());
        }
        for (String regex : regexes) {
            Side old = p.before().child("patternProperties").child(regex);
            Side now = p.after().child("patternProperties").child(regex);
            if (old.node() == null) {
                old = p.before().child("additionalProperties");
            }
            if (now.node() == null) {
                now = p.after().child("additionalProperties");
            }
            closedness(c, new Pair(old, now, null, p.negated()), "patternProperties",
                    "properties matching /" + regex + "/");
        }
    }

    /** Compares the schemas for a group of names; a change to or from false is a model closing or opening. */
    private static void closedness(Comparison c, Pair at, String keyword, String group) {
        boolean wasClosed = at.before().isFalse();
        boolean isClosed = at.after().isFalse();
        if (wasClosed && isClosed) {
            return;
        }
        if (isClosed) {
            c.report(at, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_TIGHTENED, Direction.NARROWS, keyword,
                    "The model was closed for " + group + "; documents carrying them are rejected now",
                    Map.of(), () -> ExampleBuilder.minimal(c.oldRoot, at.before().node()));
        } else if (wasClosed) {
            c.report(at, Rule.JSONSCHEMA_OBJECT_CONSTRAINT_LOOSENED, Direction.WIDENS, keyword,
                    "The model was opened for " + group + "; documents carrying them are accepted now", Map.of(), null);
        } else {
            SchemaComparator.compare(c, at);
        }
    }
}
