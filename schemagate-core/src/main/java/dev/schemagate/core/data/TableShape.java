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
 */
record TableShape(String name, long oid, String display, String relname, String quoted, List<Column> columns,
                  List<ForeignKey> foreignKeys) {
    TableShape {
        columns = List.copyOf(columns);
        foreignKeys = List.copyOf(foreignKeys);
    }

    Optional<Column> column(String columnName) {
        return columns.stream().filter(c -> c.name().equals(columnName)).findFirst();
    }
}
