package dev.schemagate.core.lint;

import dev.schemagate.core.rules.Rule;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/** Turns what the statements were seen to do into findings, each with its evidence and the safe pattern. */
final class ObservedRules {
    private static final Pattern SET_NOT_NULL = Pattern.compile("(?is).*\\bSET\\s+NOT\\s+NULL\\b.*");
    private static final Pattern ALTER_TABLE = Pattern.compile("(?is)^(\\s*(--[^\\n]*\\n|/\\*.*?\\*/))*\\s*ALTER\\s+TABLE\\b.*");
    private static final String ACCESS_EXCLUSIVE = "AccessExclusiveLock";

    private final String label;
    private final Map<Long, Relation> relations;
    private final Map<Long, Long> rows;
    private final Set<Long> lockReported = new HashSet<>();

    /** @param rows per table oid, its row count before the script (the seeded or generated rows) */
    ObservedRules(String label, Map<Long, Relation> relations, Map<Long, Long> rows) {
        this.label = label;
        this.relations = relations;
        this.rows = rows;
    }

    /** The tables whose row counts the messages need. */
    static Set<Long> tablesOfInterest(List<Evidence> evidence, Map<Long, Relation> relations) {
        Set<Long> tables = new HashSet<>();
        for (Evidence e : evidence) {
            e.rewritten().forEach(oid -> tables.add(relations.get(oid).table()));
            tables.addAll(e.scanned());
            tables.addAll(e.newIndexes().keySet());
            e.newLocks().keySet().forEach(oid -> tables.add(relations.get(oid).table()));
        }
        return tables;
    }

    List<Hit> check(Evidence e) {
        List<Hit> hits = new ArrayList<>();
        Set<Long> rewrittenTables = new HashSet<>();
        for (long oid : e.rewritten()) {
            Relation r = relations.get(oid);
            if (!r.isIndex()) {
                rewrittenTables.add(oid);
            }
        }
        for (long oid : e.rewritten()) {
            Relation r = relations.get(oid);
            if (r.isIndex() && rewrittenTables.contains(r.table())) {
                continue;
            }
            if (truncates(e)) {
                continue;
            }
            hits.add(hit(Rule.LINT_TABLE_REWRITE, e, r.table(), (r.isIndex() ? "rewrote index " : "rewrote table ") + r.name()
                    + " (new relfilenode)", "Avoid the rewrite: add a new column, backfill it in batches, switch the code over,"
                    + " then drop the old column; some type changes need no rewrite (varchar(n) to text, a longer varchar)."));
        }
        for (Map.Entry<Long, List<String>> built : e.newIndexes().entrySet()) {
            if (rewrittenTables.contains(built.getKey())) {
                continue;
            }
            hits.add(hit(Rule.LINT_INDEX_NOT_CONCURRENT, e, built.getKey(), "built index " + String.join(", ", built.getValue())
                    + " on existing table " + name(built.getKey()) + " without CONCURRENTLY", "Use CREATE INDEX CONCURRENTLY,"
                    + " alone in its own migration (Flyway then runs it outside a transaction); for a UNIQUE or PRIMARY KEY"
                    + " constraint, build the unique index concurrently, then ADD CONSTRAINT ... USING INDEX."));
        }
        for (long oid : e.scanned()) {
            if (rewrittenTables.contains(oid) || e.newIndexes().containsKey(oid) || !e.blocksWrites(oid)
                    || !ALTER_TABLE.matcher(e.statement().sql()).matches()) {
                continue;
            }
            if (SET_NOT_NULL.matcher(e.statement().sql()).matches()) {
                hits.add(hit(Rule.LINT_NOT_NULL_SCAN, e, oid, "scanned every row of " + name(oid) + " to check SET NOT NULL",
                        "Add CHECK (col IS NOT NULL) NOT VALID, VALIDATE CONSTRAINT it in a later migration, then SET NOT NULL"
                                + " (PostgreSQL 12+ skips the scan when a validated CHECK proves it) and drop the CHECK."));
            } else {
                hits.add(hit(Rule.LINT_CONSTRAINT_VALIDATING, e, oid, "scanned every row of " + name(oid)
                        + " to validate a new constraint", "Add the CHECK or FOREIGN KEY with NOT VALID (new rows are checked"
                        + " at once), then VALIDATE CONSTRAINT in a later migration: it takes a SHARE UPDATE EXCLUSIVE lock"
                        + " that lets reads and writes go on."));
            }
        }
        if (!e.timeoutBefore()) {
            for (Map.Entry<Long, Set<String>> lock : e.newLocks().entrySet()) {
                long table = relations.get(lock.getKey()).table();
                if (lock.getValue().contains(ACCESS_EXCLUSIVE) && lockReported.add(table)) {
                    hits.add(hit(Rule.LINT_LOCK_ACCESS_EXCLUSIVE, e, table, "took an ACCESS EXCLUSIVE lock on "
                            + name(table) + " with no lock_timeout set", "Every read and write of the table waits for the lock,"
                            + " and so does everything queued behind it while the lock waits for running queries. Start the"
                            + " migration with SET lock_timeout = '5s' (retry on timeout) and keep the transaction short."));
                }
            }
        }
        return hits;
    }

    /** Whether the statement took a lock that blocks writes on an existing table. */
    boolean locksWrites(Evidence e) {
        return e.newLocks().keySet().stream().anyMatch(oid -> e.blocksWrites(oid));
    }

    private boolean truncates(Evidence e) {
        return e.statement().sql().matches("(?is)^(\\s*(--[^\\n]*\\n|/\\*.*?\\*/))*\\s*TRUNCATE\\b.*");
    }

    private Hit hit(Rule rule, Evidence e, long table, String what, String safe) {
        String lock = Evidence.display(e.strongestLock(table));
        long rowCount = rows.getOrDefault(table, -1L);
        Map<String, Object> details = new LinkedHashMap<>();
        details.put("table", name(table));
        details.put("lock", lock);
        details.put("durationMs", e.millis());
        if (rowCount >= 0) {
            details.put("rows", rowCount);
        }
        String message = label + " line " + e.statement().line() + " " + what + ", holding " + lock + " on " + name(table)
                + " (" + e.millis() + " ms on " + (rowCount < 0 ? "?" : rowCount) + " rows here, seeded or generated; on a large table"
                + " it lasts until the statement ends and the lock until commit). " + safe;
        return new Hit(rule, e.statement().line(), Hit.tablePointer(name(table)), message, details);
    }

    private String name(long oid) {
        Relation r = relations.get(oid);
        return r == null ? "oid " + oid : r.name();
    }
}
