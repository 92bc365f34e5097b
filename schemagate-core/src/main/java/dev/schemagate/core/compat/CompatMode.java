package dev.schemagate.core.compat;

/**
 * Which direction of change breaks the build. BACKWARD: every document valid under the old schema
 * must stay valid under the new one. FORWARD: the reverse. FULL: both. NONE: differences are
 * reported as INFO only. Transitive modes are the caller's loop over earlier releases.
 */
public enum CompatMode {
    BACKWARD, FORWARD, FULL, NONE;

    /** True when a change that rejects documents the old schema accepted breaks this mode. */
    boolean checksBackward() {
        return this == BACKWARD || this == FULL;
    }

    /** True when a change that accepts documents the old schema rejected breaks this mode. */
    boolean checksForward() {
        return this == FORWARD || this == FULL;
    }
}
