package dev.schemagate.core.data;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * What {@link RowGenerator#fill} did. Tables that already had rows appear in neither map.
 *
 * @param inserted   table name as given → rows inserted (at least 1)
 * @param unfillable table name as given → why no row went in: the PostgreSQL error of the first rejected row,
 *                   "no key to reference in public.users", "no generator for type point of column location"
 */
public record FillResult(Map<String, Integer> inserted, Map<String, String> unfillable) {
    public FillResult {
        inserted = Collections.unmodifiableMap(new TreeMap<>(inserted));
        unfillable = Collections.unmodifiableMap(new TreeMap<>(unfillable));
    }
}
