package dev.schemagate.core.compat;

import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;

/**
 * The severity of one compatibility difference, decided in this order: the mode (does the direction
 * break it?), the proof (an ERROR needs a witness networknt proved; a refuted one is INFO; an unproven
 * break takes {@code schema.compat.unproven}), then the open-model {@code policy}. The user's
 * {@code <severities>} are applied after this, by {@link dev.schemagate.core.rules.SeverityPolicy#apply}.
 */
public final class CompatVerdict {
    private CompatVerdict() {
    }

    static Severity severity(Rule rule, Direction direction, boolean breaks, Proof proof, CompareOptions options) {
        if (options.mode() == CompatMode.NONE || !breaks) {
            return Severity.INFO;
        }
        if (rule == Rule.JSONSCHEMA_FORMAT_CHANGED || rule == Rule.JSONSCHEMA_CONTENT_CHANGED) {
            return Severity.WARNING;
        }
        return switch (proof) {
            case REFUTED -> Severity.INFO;
            case UNPROVEN -> options.unproven();
            case PROVEN -> rule == Rule.JSONSCHEMA_PROPERTY_ADDED_TO_OPEN_MODEL && options.policy() == CompatPolicy.LENIENT
                    ? Severity.WARNING : Severity.ERROR;
        };
    }

    /** True when a change in this direction can break the mode (UNKNOWN can break any mode but NONE). */
    static boolean breaksBackward(Direction d, CompatMode mode) {
        return mode.checksBackward() && (d.narrows() || d == Direction.UNKNOWN);
    }

    static boolean breaksForward(Direction d, CompatMode mode) {
        return mode.checksForward() && (d.widens() || d == Direction.UNKNOWN);
    }
}
