package dev.schemagate.core.compat;

/**
 * How to judge a property added to an open content model (no {@code additionalProperties}).
 * Old documents may already carry that property with any value, so a typed new property can
 * reject them. LENIENT reports a WARNING (the usual case: nobody sent that property before);
 * STRICT reports an ERROR, as Confluent's checks do.
 */
public enum CompatPolicy {
    LENIENT, STRICT
}
