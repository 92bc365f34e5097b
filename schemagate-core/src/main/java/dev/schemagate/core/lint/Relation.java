package dev.schemagate.core.lint;

/**
 * A table, index or materialized view that existed before the script.
 *
 * @param table for an index, the oid of its table; for a table its own oid
 */
record Relation(long oid, String name, char kind, long fileNode, long table) {
    boolean isIndex() {
        return kind == 'i';
    }
}
