package dev.schemagate.core.data;

import java.util.List;

/**
 * A table column as the catalog describes it; domains are resolved to their base type.
 *
 * @param type      format_type of the column's own type (a domain keeps its name), used for casts
 * @param baseType  pg_type.typname after resolving domains: int4, varchar, _text, …
 * @param typtype   'b' base, 'e' enum, 'r' range, 'c' composite, …
 * @param category  pg_type.typcategory: 'S' string, 'D' date/time, 'A' array, …
 * @param maxLength character limit of varchar(n)/char(n), or -1
 * @param labels    enum labels in sort order
 * @param allowed   values a single-column {@code CHECK (col IN (…))} allows, as text
 * @param pattern   the regular expression of a {@code CHECK (col ~ '…')} (of the table or the domain), or null
 */
record Column(String name, String type, boolean notNull, boolean hasDefault, boolean identity, boolean generated,
              String baseType, char typtype, char category, int maxLength, List<String> labels,
              List<String> allowed, String pattern) {
    Column {
        labels = List.copyOf(labels);
        allowed = List.copyOf(allowed);
    }

    /** An INSERT may name it: not identity, not generated. */
    boolean assignable() {
        return !identity && !generated;
    }

    /** We give it a value; columns with a default are left to the default. */
    boolean filled() {
        return assignable() && !hasDefault;
    }
}
