package dev.schemagate.cli;

/** The exit codes of schemagate (docs/cli.md). */
final class Exit {
    /** Every check ran; nothing reached --failOn. */
    static final int CLEAN = 0;
    /** Every check ran; findings at or above --failOn. */
    static final int FINDINGS = 1;
    /** A usage or configuration error: unknown flag or subcommand, a bad value, a missing input. */
    static final int USAGE = 2;
    /** The checks could not run (a database that does not start, an I/O error, a bug). */
    static final int INTERNAL = 3;

    private Exit() {
    }
}
