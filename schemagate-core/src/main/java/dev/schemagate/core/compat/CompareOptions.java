package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Severity;

import java.util.Objects;

/**
 * What one schema comparison decides with.
 *
 * @param mode            which direction of change breaks
 * @param policy          how a property added to an open model is judged
 * @param unproven        the severity of a break the engine believes but cannot prove
 *                        (schema.compat.unproven: WARNING, or ERROR for strict teams)
 * @param formatAssertion schema.compat.formatAssertion: compare {@code format} as an assertion
 * @param search          look for a witness document where the structural walk built none
 */
public record CompareOptions(CompatMode mode, CompatPolicy policy, Severity unproven, boolean formatAssertion,
                             boolean search) {
    public CompareOptions {
        mode = Objects.requireNonNull(mode, "mode").base();
        policy = Objects.requireNonNull(policy, "policy");
        unproven = unproven == null ? Severity.WARNING : unproven;
    }

    public static CompareOptions of(CompatMode mode, CompatPolicy policy) {
        return new CompareOptions(mode, policy, Severity.WARNING, false, true);
    }

    public CompareOptions withMode(CompatMode other) {
        return new CompareOptions(other, policy, unproven, formatAssertion, search);
    }
}
