package dev.schemagate.core.migration;

import java.util.List;
import java.util.Map;

/**
 * What happened to one migration. Paths are relative to the module's basedir with '/'.
 * Timings are in milliseconds; null when the step did not run.
 */
public record MigrationOutcome(String version, String description, String script, String type, Outcome outcome,
                               Long applyMillis, Long undoMillis, Long reapplyMillis, RoundTrip roundTrip) {

    public enum Outcome { APPLIED, FAILED, NOT_RUN }

    /** How the round trip went: RESTORED is the only clean end of one. */
    public enum Status {
        RESTORED, RESIDUE, DATA_LOST, UNDO_FAILED, REAPPLY_FAILED, DRIFT, NO_UNDO, IRREVERSIBLE, NOT_ROUND_TRIPPED
    }

    /**
     * @param undoScript    the undo script (null when there is none)
     * @param differences   schema differences found (after the undo, or after re-applying)
     * @param rowsKept      rows of pre-existing tables that survived the round trip
     * @param unfilled      tables that got no generated rows, with the reason
     * @param note          why the migration was not round-tripped, where that applies
     */
    public record RoundTrip(Status status, String undoScript, List<String> differences, long rowsKept,
                            Map<String, String> unfilled, String note) {
        public RoundTrip {
            differences = differences == null ? List.of() : List.copyOf(differences);
            unfilled = unfilled == null ? Map.of() : Map.copyOf(unfilled);
        }

        public static RoundTrip skipped(Status status, String undoScript, String note) {
            return new RoundTrip(status, undoScript, List.of(), 0, Map.of(), note);
        }
    }
}
