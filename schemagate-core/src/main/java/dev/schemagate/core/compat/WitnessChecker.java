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
}
