package dev.schemagate.core.data;

import java.util.List;

/**
 * A foreign key of a table.
 *
 * @param refOid      oid of the referenced table
 * @param columns     referencing columns, in key order
 * @param refColumns  referenced columns, in the same order
 */
record ForeignKey(String name, long refOid, String refSchema, String refTable, List<String> columns,
                  List<String> refColumns) {
    ForeignKey {
        columns = List.copyOf(columns);
        refColumns = List.copyOf(refColumns);
    }

    /** The referenced table for messages: {@code public.users}. */
    String refName() {
        return refSchema + "." + refTable;
    }

    /** {@code "public"."users"}. */
    String refQualified() {
        return Identifiers.quote(refSchema) + "." + Identifiers.quote(refTable);
    }
}
