package dev.schemagate.core.data;

import java.util.List;
import java.util.Optional;

/**
 * A table to fill.
 *
 * @param name      as the caller gave it
 * @param display   schema.table from the catalog, for messages
 * @param relname   the bare table name, used in generated text
 * @param quoted    {@code "schema"."table"}
 * @param uniqueDefaulted columns of a unique index (plain, partial or expression) that have a default other than a
 *                  sequence: they get generated values, since rows sharing the default would clash
 * @param partialUniques the predicates of partial unique indexes, as SQL on the table: at most one row may match each
 */
record TableShape(String name, long oid, String display, String relname, String quoted, List<Column> columns,
                  List<ForeignKey> foreignKeys, java.util.Set<String> uniqueDefaulted, List<String> partialUniques) {
    TableShape {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
        uniqueDefaulted = java.util.Set.copyOf(uniqueDefaulted);
        partialUniques = List.copyOf(partialUniques);
    }

    TableShape(String name, long oid, String display, String relname, String quoted, List<Column> columns,
               List<ForeignKey> foreignKeys) {
        this(name, oid, display, relname, quoted, columns, foreignKeys, java.util.Set.of(), List.of());
    }

    Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
