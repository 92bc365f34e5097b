package dev.schemagate.core.compat;

/**
 * Which direction of change breaks the build. BACKWARD: every document valid under the old schema
 * must stay valid under the new one. FORWARD: the reverse. FULL: both. NONE: differences are
 * reported as INFO only. The transitive modes apply their base mode against every earlier release
 * found, not only the newest.
 */
public enum CompatMode {
    BACKWARD, FORWARD, FULL, NONE, BACKWARD_TRANSITIVE, FORWARD_TRANSITIVE, FULL_TRANSITIVE;

    /** The mode each single comparison uses: BACKWARD_TRANSITIVE compares BACKWARD, and so on. */
    public CompatMode base() {
        return switch (this) {
            case BACKWARD_TRANSITIVE -> BACKWARD;
            case FORWARD_TRANSITIVE -> FORWARD;
            case FULL_TRANSITIVE -> FULL;
            default -> this;
        };
    }

    /** True for the modes that compare with every earlier release. */
    public boolean transitive() {
        return base() != this;
    }

    /** True when a change that rejects documents the old schema accepted breaks this mode. */
    boolean checksBackward() {
        return base() == BACKWARD || base() == FULL;
    }

    /** True when a change that accepts documents the old schema rejected breaks this mode. */
    boolean checksForward() {
        return base() == FORWARD || base() == FULL;
    }
}
