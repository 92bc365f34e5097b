package dev.schemagate.core.lint;

import java.util.regex.Pattern;

/**
 * What a script's own transaction-control statement does, so the linter can keep its own
 * transaction around the whole script: in a script Flyway runs in a transaction, {@code BEGIN} is
 * a no-op (PostgreSQL only warns), {@code COMMIT} ends the transaction and the next statement
 * starts a new one, {@code ROLLBACK} undoes everything since the last boundary.
 */
enum TransactionControl {
    /** Not transaction control: runs as written (SAVEPOINT, RELEASE and ROLLBACK TO also run as written). */
    NONE,
    /** BEGIN, START TRANSACTION. */
    BEGIN,
    /** COMMIT, END (also AND CHAIN). */
    COMMIT,
    /** ROLLBACK, ABORT (not ROLLBACK TO SAVEPOINT). */
    ROLLBACK,
    /** SET TRANSACTION / SET SESSION CHARACTERISTICS: isolation only, which no lint rule depends on. */
    CHARACTERISTICS,
    /** PREPARE TRANSACTION, COMMIT PREPARED, ROLLBACK PREPARED: two-phase commit, which cannot be simulated. */
    TWO_PHASE;

    private static final String LEAD = "(?is)^(\\s*(--[^\\n]*(\\n|$)|/\\*.*?\\*/))*\\s*";
    private static final Pattern TWO_PHASE_SQL = Pattern.compile(LEAD
            + "(PREPARE\\s+TRANSACTION|COMMIT\\s+PREPARED|ROLLBACK\\s+PREPARED)\\b.*");
    private static final Pattern BEGIN_SQL = Pattern.compile(LEAD + "(BEGIN|START\\s+TRANSACTION)\\b(?!\\s*ATOMIC).*");
    private static final Pattern COMMIT_SQL = Pattern.compile(LEAD + "(COMMIT|END)(\\s+(WORK|TRANSACTION))?"
            + "(\\s+AND\\s+(NO\\s+)?CHAIN)?\\s*;?\\s*");
    private static final Pattern ROLLBACK_SQL = Pattern.compile(LEAD + "(ROLLBACK|ABORT)(\\s+(WORK|TRANSACTION))?"
            + "(\\s+AND\\s+(NO\\s+)?CHAIN)?\\s*;?\\s*");
    private static final Pattern CHARACTERISTICS_SQL = Pattern.compile(LEAD
            + "SET\\s+(TRANSACTION|SESSION\\s+CHARACTERISTICS)\\b.*");

    static TransactionControl of(String sql) {
        if (TWO_PHASE_SQL.matcher(sql).matches()) {
            return TWO_PHASE;
        }
        if (BEGIN_SQL.matcher(sql).matches()) {
            return BEGIN;
        }
        if (COMMIT_SQL.matcher(sql).matches()) {
            return COMMIT;
        }
        if (ROLLBACK_SQL.matcher(sql).matches()) {
            return ROLLBACK;
        }
        if (CHARACTERISTICS_SQL.matcher(sql).matches()) {
            return CHARACTERISTICS;
        }
        return NONE;
    }

    /** Whether it ends the script's current transaction (a swap needs both halves in one). */
    boolean endsTransaction() {
        return this == COMMIT || this == ROLLBACK || this == TWO_PHASE;
    }
}
