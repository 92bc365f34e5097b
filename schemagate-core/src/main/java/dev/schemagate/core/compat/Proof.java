package dev.schemagate.core.compat;

import java.util.Locale;

/**
 * How far a compatibility finding is shown, written to {@code details.proof}. PROVEN: networknt
 * found the witness document valid under one side and rejected by the other, in the direction the
 * mode checks. REFUTED: the document built for the change did not separate the schemas and the
 * search found none either, so nothing is shown to break. UNPROVEN: no witness was checked
 * (none could be built, the budget ran out, or the change is not a break in this mode).
 */
public enum Proof {
    PROVEN, UNPROVEN, REFUTED;

    /** The value written to report.json: proven, unproven or refuted. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
