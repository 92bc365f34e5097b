package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Looks for a document that separates two schemas when the structural walk built none (or built one that
 * did not check): the valid side's examples and defaults, ExampleBuilder's document for every branch of
 * every {@code anyOf}/{@code oneOf} and both sides of every {@code if}, documents generated from the valid
 * side ({@link DocumentGenerator}: strings from patterns, numbers at the bounds), and one-place mutations
 * of those. Each candidate goes through the checker; the first it does not refute is the witness.
 */
final class WitnessSearch {
    static final int MAX_CANDIDATES = 200;
    /** 50 ms; tests raise it with -Dschemagate.witnessSearchMillis so a loaded machine gives the same verdicts. */
    static final long MAX_NANOS = 50_000_000L;

    private static long budgetNanos() {
        String millis = System.getProperty("schemagate.witnessSearchMillis");
        try {
            return millis == null ? MAX_NANOS : Long.parseLong(millis) * 1_000_000L;
        } catch (NumberFormatException e) {
            return MAX_NANOS;
        }
    }

    /** What a search found: the witness, or how many documents it tried and the first refutation. */
    record Result(Optional<JsonNode> witness, int tried, boolean timedOut, String firstRefutation) {
    }

    private WitnessSearch() {
    }

    /**
     * @param validRoot  the document of the side every candidate must be valid under (old for BACKWARD)
     * @param validAt    the schema in it (the root, or a schema inside an OpenAPI document)
     * @param invalidRoot the other side's document, whose patterns give strings the valid side may accept
     * @param checker    refutes a candidate: empty when valid under the valid side and rejected by the other
     */
    static Result find(JsonNode validRoot, JsonNode validAt, JsonNode invalidRoot, JsonNode invalidAt,
                       CheckCandidate checker) {
        Search search = new Search(checker);
        List<JsonNode> seeds = new ArrayList<>(seeds(validRoot, validAt));
        seeds.addAll(seeds(invalidRoot, invalidAt)); // the other side's branches: a document near its new conditions
        for (JsonNode seed : seeds) {
            if (search.tryOne(seed)) {
                return search.result();
            }
        }
        for (JsonNode seed : seeds) {
            for (JsonNode mutant : DocumentGenerator.mutations(seed, 12)) {
                if (search.tryOne(mutant)) {
                    return search.result();
                }
            }
        }
        DocumentGenerator generator = new DocumentGenerator(validRoot, 17);
        DocumentGenerator other = new DocumentGenerator(invalidRoot, 29);
        for (int round = 0; round < MAX_CANDIDATES * 2 && !search.done(); round++) {
            JsonNode generated = round % 3 == 2 ? other.generate(invalidAt) : generator.generate(validAt);
            if (generated == null) {
                continue;
            }
            if (search.tryOne(generated)) {
                return search.result();
            }
            for (JsonNode mutant : DocumentGenerator.mutations(generated, 8)) {
                if (search.tryOne(mutant)) {
                    return search.result();
                }
            }
        }
        return search.result();
    }

    /** The budget and the first refutation of one search. */
    private static final class Search {
        private final CheckCandidate checker;
        private final Set<JsonNode> seen = new HashSet<>();
        private long deadline = Long.MAX_VALUE; // set after the first check, which also compiles both schemas
        private int tried;
        private boolean timedOut;
        private String first;
        private JsonNode witness;

        Search(CheckCandidate checker) {
            this.checker = checker;
        }

        boolean done() {
            return witness != null || timedOut || tried >= MAX_CANDIDATES;
        }

        /** True when the search is over: this candidate is the witness, or the budget is spent. */
        boolean tryOne(JsonNode candidate) {
            if (done()) {
                return true;
            }
            if (candidate == null || !seen.add(candidate)) {
                return false;
            }
            tried++;
            Optional<String> refuted = checker.refute(candidate);
            if (tried == 1) {
                deadline = System.nanoTime() + budgetNanos();
            }
            if (refuted.isEmpty()) {
                witness = candidate;
                return true;
            }
            first = first == null ? refuted.get() : first;
            timedOut = System.nanoTime() > deadline;
            return done();
        }

        Result result() {
            return new Result(Optional.ofNullable(witness), tried, timedOut && witness == null, first);
        }
    }

    /** Checks one candidate document. */
    @FunctionalInterface
    interface CheckCandidate {
        Optional<String> refute(JsonNode candidate);
    }

    /**
     * A refuted document completed by the valid side's declared properties: each missing one added alone,
     * then all of them (a document built for one keyword may miss what a sibling keyword demands).
     */
    static List<JsonNode> completions(JsonNode root, JsonNode schema, JsonNode document) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode node = Refs.resolveNode(root, schema);
        if (document == null || !document.isObject() || node == null || !node.path("properties").isObject()) {
            return out;
        }
        ObjectNode all = ((ObjectNode) document).deepCopy();
        for (String name : node.get("properties").propertyNames()) {
            if (document.has(name) || out.size() >= 20) {
                continue;
            }
            JsonNode value = ExampleBuilder.minimal(root, node.get("properties").get(name));
            if (value != null) {
                out.add(((ObjectNode) document).deepCopy().set(name, value));
                all.set(name, value);
            }
        }
        out.add(all);
        return out;
    }

    /** The deterministic candidates: examples, defaults, and one built document per branch. */
    static List<JsonNode> seeds(JsonNode root, JsonNode schema) {
        List<JsonNode> out = new ArrayList<>();
        JsonNode node = Refs.resolveNode(root, schema);
        if (node == null || !node.isObject()) {
            return out;
        }
        node.path("examples").values().forEach(out::add);
        if (node.has("default")) {
            out.add(node.get("default"));
        }
        JsonNode minimal = ExampleBuilder.minimal(root, node);
        add(out, minimal);
        // the minimal object plus one declared property: triggers dependencies, dependentRequired, if conditions
        if (minimal != null && minimal.isObject()) {
            int n = 0;
            for (String name : node.path("properties").propertyNames()) {
                if (!minimal.has(name) && n++ < 20) {
                    JsonNode value = ExampleBuilder.minimal(root, node.get("properties").get(name));
                    if (value != null) {
                        out.add(((ObjectNode) minimal).deepCopy().set(name, value));
                    }
                }
            }
        }
        for (String keyword : new String[] {"anyOf", "oneOf"}) {
            for (JsonNode member : node.path(keyword).values()) {
                add(out, ExampleBuilder.minimal(root, withBranch((ObjectNode) node, keyword, member)));
            }
        }
        if (node.has("if")) {
            ObjectNode base = ((ObjectNode) node).deepCopy();
            JsonNode condition = base.remove("if");
            JsonNode then = base.remove("then");
            JsonNode otherwise = base.remove("else");
            add(out, ExampleBuilder.minimal(root, allOf(base, condition, then)));
            add(out, ExampleBuilder.minimal(root, allOf(base, otherwise)));
        }
        return out;
    }

    private static JsonNode withBranch(ObjectNode node, String keyword, JsonNode member) {
        ObjectNode base = node.deepCopy();
        base.remove(keyword);
        return allOf(base, member);
    }

    private static JsonNode allOf(ObjectNode base, JsonNode... members) {
        ObjectNode out = base.deepCopy();
        var list = out.has("allOf") && out.get("allOf").isArray() ? (tools.jackson.databind.node.ArrayNode) out.get("allOf")
                : out.putArray("allOf");
        for (JsonNode m : members) {
            if (m != null) {
                list.add(m);
            }
        }
        return out;
    }

    private static void add(List<JsonNode> out, JsonNode value) {
        if (value != null) {
            out.add(value);
        }
    }
}
