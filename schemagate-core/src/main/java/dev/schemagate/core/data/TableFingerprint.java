package dev.schemagate.core.data;

/**
 * What one table held: its row count and an order-independent hash of its rows.
 *
 * @param table the name the caller gave, like {@code public.orders}
 * @param rows  the row count, or -1 when the table could not be read
 * @param hash  the sum of one 64-bit hash per row as a decimal string; {@link #COUNT_ONLY} when no column was
 *              given; {@code "unreadable: <PostgreSQL message>"} when the table could not be read
 */
public record TableFingerprint(String table, long rows, String hash) {
    public static final String COUNT_ONLY = "count only";
    static final String UNREADABLE = "unreadable: ";

    static TableFingerprint unreadable(String table, String message) {
        return new TableFingerprint(table, -1, UNREADABLE + message);
    }

    public boolean readable() {
        return rows >= 0;
    }

    /** Why the table could not be read (the PostgreSQL message), or "" when it could. */
    public String problem() {
        return readable() ? "" : hash.substring(UNREADABLE.length());
    }
}
