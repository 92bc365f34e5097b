package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Compares two JSON Schemas structurally and reports every difference that changes which
 * documents are valid. Local {@code $ref}s are followed; each pair of schema locations is compared
 * once, so recursive schemas terminate. Findings are sorted ({@link CompatFinding#ORDER}).
 */
public final class SchemaComparator {
    private SchemaComparator() {
    }

    /** Compares without a checker: no break can be proven, so none is an ERROR. */
    public static List<CompatFinding> compare(JsonNode oldSchema, JsonNode newSchema, CompatMode mode,
                                              CompatPolicy policy) {
        return compare(oldSchema, newSchema, mode, policy, WitnessChecker.UNCHECKED);
    }

    /** @param checker proves breaks with their witness documents (see {@link Prover}) */
    public static List<CompatFinding> compare(JsonNode oldSchema, JsonNode newSchema, CompatMode mode,
                                              CompatPolicy policy, WitnessChecker checker) {
        return compare(oldSchema, newSchema, CompareOptions.of(mode, policy), checker);
    }

    public static List<CompatFinding> compare(JsonNode oldSchema, JsonNode newSchema, CompareOptions options,
                                              WitnessChecker checker) {
        return compareAt(Objects.requireNonNull(oldSchema, "oldSchema"), "", Objects.requireNonNull(newSchema,
                "newSchema"), "", options, checker);
    }

    /**
     * Compares the subschema at {@code oldPointer} of {@code oldRoot} with the one at {@code newPointer}
     * of {@code newRoot} (e.g. a schema inside an OpenAPI document): local {@code $ref}s resolve against
     * the roots, findings carry pointers into the roots, witnesses are documents for the subschema. A
     * pointer to nothing is an absent schema, which accepts everything.
     */
    public static List<CompatFinding> compareAt(JsonNode oldRoot, String oldPointer, JsonNode newRoot,
                                                String newPointer, CompatMode mode, CompatPolicy policy,
                                                WitnessChecker checker) {
        return compareAt(oldRoot, oldPointer, newRoot, newPointer, CompareOptions.of(mode, policy), checker);
    }

    public static List<CompatFinding> compareAt(JsonNode oldRoot, String oldPointer, JsonNode newRoot,
                                                String newPointer, CompareOptions options, WitnessChecker checker) {
        Objects.requireNonNull(oldRoot, "oldRoot");
        Objects.requireNonNull(newRoot, "newRoot");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(checker, "checker");
        Comparison c = new Comparison(oldRoot, newRoot, options);
        walk(c, new Pair(new Side(at(oldRoot, oldPointer), oldPointer), new Side(at(newRoot, newPointer), newPointer),
                InstancePath.ROOT, false));
        List<Comparison.Difference> found = c.differences();
        java.util.Map<String, JsonNode> forward = options.mode().checksForward()
                ? ForwardWitnesses.candidates(found, oldRoot, oldPointer, newRoot, newPointer, options)
                : java.util.Map.of();
        return new Prover(oldRoot, oldPointer, newRoot, newPointer, options, checker, forward).prove(found);
    }

    static JsonNode at(JsonNode root, String pointer) {
        JsonNode node = root.at(pointer);
        return node == null || node.isMissingNode() ? null : node;
    }

    /** Walks one pair of (sub)schemas; every keyword family reports into {@code c}. */
    static void compare(Comparison c, Pair raw) {
        walk(c, raw);
    }

    static void walk(Comparison c, Pair raw) {
        Side before = Refs.resolve(c.oldRoot, raw.before());
        Side after = Refs.resolve(c.newRoot, raw.after());
        Pair p = raw.withSides(before, after, raw.path());
        if (Refs.isUnresolved(before) || Refs.isUnresolved(after)) {
            unresolved(c, p);
            return;
        }
        if (!c.enter(before, after, p.negated())) {
            return;
        }
        if (before.node() != after.node() && Canonical.equivalent(before.node(), after.node(), c.options.formatAssertion(), c.forms)) {
            return; // an equivalent rewrite: both accept the same documents
        }
        if (before.isFalse() || after.isFalse()) {
            falseSchemas(c, p);
            return;
        }
        TypeKeywords.compare(c, p);
        ValueKeywords.compare(c, p);
        StringKeywords.compare(c, p);
        NumberKeywords.compare(c, p);
        ArrayKeywords.compare(c, p);
        PropertyKeywords.compare(c, p);
        ObjectKeywords.compare(c, p);
        CompositionKeywords.compare(c, p);
        UndecidableKeywords.compare(c, p);
    }

    private static void unresolved(Comparison c, Pair p) {
        JsonNode oldRef = p.before().get("$ref");
        JsonNode newRef = p.after().get("$ref");
        if (Objects.equals(oldRef, newRef) && Objects.equals(p.before().node(), p.after().node())) {
            return;
        }
        c.report(p, Rule.JSONSCHEMA_UNDECIDABLE, Direction.UNKNOWN, "$ref",
                "A $ref that is not local or cannot be resolved changed (old " + oldRef + ", new " + newRef
                        + "); only local refs such as #/$defs/name are followed",
                Map.of(), null);
    }

    private static void falseSchemas(Comparison c, Pair p) {
        if (p.before().isFalse() && p.after().isFalse()) {
            return;
        }
        if (p.after().isFalse()) {
            c.report(p, Rule.JSONSCHEMA_TYPE_NARROWED, Direction.NARROWS, "false",
                    "The schema became false and now rejects every value", Map.of(),
                    () -> ExampleBuilder.minimal(c.oldRoot, p.before().node()));
        } else {
            c.report(p, Rule.JSONSCHEMA_TYPE_WIDENED, Direction.WIDENS, "false",
                    "The schema was false (rejected every value) and now accepts values", Map.of(), null);
        }
    }
}
