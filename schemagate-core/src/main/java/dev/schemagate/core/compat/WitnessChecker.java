package dev.schemagate.core.compat;

import tools.jackson.databind.JsonNode;

import java.util.Optional;

/**
 * Proves a BACKWARD break: checks that a witness document is valid under the old schema and
 * invalid under the new one. A finding whose witness is refuted is downgraded to WARNING.
 * {@link CompatCheck} uses the networknt-backed {@code NetworkntWitnessChecker}.
 */
@FunctionalInterface
public interface WitnessChecker {

    /** Checks nothing: witnesses are attached with {@code witnessChecked=false}. */
    WitnessChecker UNCHECKED = (oldSchema, newSchema, witness) -> Optional.empty();

    /**
     * @return empty when {@code witness} is valid under {@code oldSchema} and invalid under
     *         {@code newSchema}; otherwise a short reason, e.g. "valid under the new schema"
     */
    Optional<String> refute(JsonNode oldSchema, JsonNode newSchema, JsonNode witness);

    /**
     * Whether {@code witness} holds (as {@link #refute} empty), without the reason: the witness search asks
     * this of up to 200 candidates per finding, and a validator can stop at the first error instead of
     * collecting and wording all of them.
     */
    default boolean separates(JsonNode oldSchema, JsonNode newSchema, JsonNode witness) {
        return refute(oldSchema, newSchema, witness).isEmpty();
    }

    /** The same check with old and new swapped: proves a document valid under new and invalid under old. */
    default WitnessChecker reversed() {
        return this; // the engine passes the roots swapped; checkers that hold their schemas override this
    }

    /** False when the next witness is attached unchecked ({@code witnessChecked=false}) instead. */
    default boolean checksNext() {
        return this != UNCHECKED;
    }

    /**
     * Checks the first {@code budget} witnesses and attaches the rest unchecked: each check
     * validates against the whole schema, so a huge schema with thousands of breaks would take minutes.
     */
    static Budgeted budgeted(WitnessChecker checker, int budget) {
        return new Budgeted(checker, budget);
    }

    /** A checker with a limit; {@link #skipped()} counts the witnesses left unchecked. */
    final class Budgeted implements WitnessChecker {
        private final WitnessChecker checker;
        private int remaining;
        private int skipped;

        private Budgeted(WitnessChecker checker, int budget) {
            this.checker = checker;
            this.remaining = budget;
        }

        /** Each finding whose witnesses are checked (walk candidate and search) takes one unit of the budget. */
        @Override
        public boolean checksNext() {
            if (remaining > 0 && checker.checksNext()) {
                remaining--;
                return true;
            }
            skipped++;
            return false;
        }

        @Override
        public Optional<String> refute(JsonNode oldSchema, JsonNode newSchema, JsonNode witness) {
            return checker.refute(oldSchema, newSchema, witness);
        }

        @Override
        public boolean separates(JsonNode oldSchema, JsonNode newSchema, JsonNode witness) {
            return checker.separates(oldSchema, newSchema, witness);
        }

        @Override
        public WitnessChecker reversed() {
            return checker.reversed(); // the budget was taken by checksNext for the whole finding
        }

        public int skipped() {
            return skipped;
        }
    }
}
