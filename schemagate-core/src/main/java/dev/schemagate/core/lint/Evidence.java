package dev.schemagate.core.lint;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What one statement was seen to do to relations that existed before the script (all by oid).
 *
 * @param locks         every lock mode the transaction holds per relation after the statement
 * @param newLocks      the modes this statement added
 * @param rewritten     relations whose relfilenode this statement changed
 * @param scanned       tables this statement read sequentially (pg_stat_xact_user_tables.seq_scan rose)
 * @param newIndexes    per table, the indexes this statement built on it
 * @param timeoutBefore whether lock_timeout or statement_timeout was set when the statement started
 */
record Evidence(ScriptStatement statement, long millis, Map<Long, Set<String>> locks, Map<Long, Set<String>> newLocks,
                Set<Long> rewritten, Set<Long> scanned, Map<Long, List<String>> newIndexes, boolean timeoutBefore) {

    static final List<String> LOCK_ORDER = List.of("AccessShareLock", "RowShareLock", "RowExclusiveLock",
            "ShareUpdateExclusiveLock", "ShareLock", "ShareRowExclusiveLock", "ExclusiveLock", "AccessExclusiveLock");

    /** The strongest lock the transaction holds on the relation, e.g. "AccessExclusiveLock"; null for none. */
    String strongestLock(long oid) {
        return locks.getOrDefault(oid, Set.of()).stream().max(java.util.Comparator.comparingInt(LOCK_ORDER::indexOf))
                .orElse(null);
    }

    /** Whether the locks held block writers (SHARE or stronger). */
    boolean blocksWrites(long oid) {
        String lock = strongestLock(oid);
        return lock != null && LOCK_ORDER.indexOf(lock) >= LOCK_ORDER.indexOf("ShareLock");
    }

    /** "AccessExclusiveLock" → "ACCESS EXCLUSIVE". */
    static String display(String mode) {
        return mode == null ? "no" : mode.replace("Lock", "").replaceAll("([a-z])([A-Z])", "$1 $2").toUpperCase(java.util.Locale.ROOT);
    }
}
