/**
 * JSON Schema compatibility engine: {@link dev.schemagate.core.compat.SchemaComparator#compare}
 * compares an old and a new schema structurally and returns every difference as a sorted list of
 * {@link dev.schemagate.core.compat.CompatFinding}s.
 *
 * <p>Each difference has a direction: it narrows (rejects documents the old schema accepted, breaks
 * BACKWARD), widens (accepts documents the old schema rejected, breaks FORWARD), does both, or is
 * undecidable (always WARNING, except under NONE). The severity follows from the direction and the
 * {@link dev.schemagate.core.compat.CompatMode}; a property added to an open model follows the
 * {@link dev.schemagate.core.compat.CompatPolicy}. BACKWARD breaks carry a witness document where
 * one is easy to build; a {@link dev.schemagate.core.compat.WitnessChecker} proves it or the finding
 * is downgraded to WARNING. Rule ids: {@link dev.schemagate.core.compat.CompatRules}.
 *
 * <p>{@link dev.schemagate.core.compat.CompatCheck#run} is the goal's entry point around the engine:
 * {@code SchemaFiles} parses every schema (JSON or YAML), {@code SchemaValidity} checks the
 * metaschema and the examples, {@code RefCheck} the {@code $ref}s, {@code Samples} the recorded
 * payloads (all with networknt through {@code SchemaValidator}, which never fetches), and a baseline's
 * schemas are matched by path and compared.
 *
 * <p>One class per keyword family: {@code TypeKeywords}, {@code ValueKeywords} (enum, const),
 * {@code StringKeywords}, {@code NumberKeywords} and {@code MultipleOf}, {@code ArrayKeywords},
 * {@code PropertyKeywords} and {@code OpenModel}, {@code ObjectKeywords},
 * {@code CompositionKeywords}, {@code UndecidableKeywords}. Local {@code $ref}s are followed by
 * {@code Refs}; each pair of schema locations is compared once, which ends recursion.
 */
package dev.schemagate.core.compat;
