package dev.schemagate.core.data;

/**
 * A table whose data differs after the rollback.
 *
 * @param rowsAfter -1 when the table could not be read after the rollback
 * @param reason    like "3 of 4 rows gone", "rows changed (same count 4)", "table unreadable: …"
 */
public record DataChange(String table, long rowsBefore, long rowsAfter, String reason) {
}
