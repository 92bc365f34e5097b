package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import tools.jackson.databind.JsonNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The state of one structural walk: roots, options, the pairs already visited and the differences
 * found. The walk decides no severity: it records facts (rule, direction, a witness candidate) and
 * {@link Prover} turns them into findings.
 */
final class Comparison {
    final JsonNode oldRoot;
    final JsonNode newRoot;
    final CompareOptions options;
    /** Normal forms of the subschemas met so far ({@link Canonical}). */
    final Canonical.Memo forms = new Canonical.Memo();
    private final Set<String> visited = new HashSet<>();
    private final List<Difference> differences = new ArrayList<>();

    /**
     * One difference as the walk sees it.
     *
     * @param witness a document the walk built that should be valid under the old schema and rejected by
     *                the new one (null when it built none)
     */
    record Difference(Rule rule, Direction direction, String what, String oldPointer, String newPointer,
                      Map<String, Object> details, JsonNode witness) {
        String key() {
            return details.get("keyword") + "\u0000" + oldPointer + "\u0000" + newPointer;
        }
    }

    Comparison(JsonNode oldRoot, JsonNode newRoot, CompareOptions options) {
        this.oldRoot = oldRoot;
        this.newRoot = newRoot;
        this.options = options;
    }

    /** False when this pair of schema locations was compared already: ends recursion through $ref cycles. */
    boolean enter(Side before, Side after, boolean negated) {
        return visited.add(before.pointer() + "\u0000" + after.pointer() + "\u0000" + negated);
    }

    List<Difference> differences() {
        return List.copyOf(differences);
    }

    /**
     * Records one difference.
     *
     * @param what    what changed, as a sentence fragment without the consequence
     * @param witness builds the part of a witness document at {@code p.path()}; may be null
     */
    void report(Pair p, Rule rule, Direction direction, String keyword, String what,
                Map<String, Object> extra, Supplier<JsonNode> witness) {
        Direction effective = p.negated() ? direction.negate() : direction;
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("keyword", keyword);
        details.put("direction", effective.name());
        if (p.negated()) {
            details.put("negated", true);
        }
        if (extra != null) {
            details.putAll(extra);
        }
        JsonNode document = null;
        if (effective.narrows() && p.path() != null && witness != null && !p.negated()) {
            try {
                document = Witnesses.embed(oldRoot, p.path(), witness).orElse(null);
            } catch (RuntimeException e) {
                document = null; // the builder gave up on an odd schema; the search may still find one
            }
        }
        differences.add(new Difference(rule, effective, what + (p.negated() ? " (inside 'not')" : ""),
                p.before().pointer(), p.after().pointer(), details, document));
    }

    Optional<JsonNode> oldAt(String pointer) {
        return Optional.ofNullable(SchemaComparator.at(oldRoot, pointer));
    }
}
