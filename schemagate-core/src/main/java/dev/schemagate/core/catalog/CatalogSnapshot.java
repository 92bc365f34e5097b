package dev.schemagate.core.catalog;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The schema objects of a database at one moment: object path → attributes (name → value, all
 * strings; an attribute that does not apply or is unset is absent). Paths look like
 * {@code /table/public.orders/column/total}; the kinds are listed on {@link CatalogDifference#kind()}.
 * Names in paths are as stored in the catalog (not quoted), with {@code ~} and {@code /} escaped as
 * {@code ~0} and {@code ~1}.
 */
public record CatalogSnapshot(SortedMap<String, SortedMap<String, String>> objects) {
    static final String TABLE = "table";
    static final String COLUMN = "column";
    static final String POSITION = "position";

    public CatalogSnapshot {
        SortedMap<String, SortedMap<String, String>> copy = new TreeMap<>();
        objects.forEach((path, attributes) -> copy.put(path, Collections.unmodifiableSortedMap(new TreeMap<>(attributes))));
        objects = Collections.unmodifiableSortedMap(copy);
    }

    /** Qualified names ({@code public.orders}) of the ordinary and partitioned tables, sorted. */
    public Set<String> tables() {
        Set<String> tables = new TreeSet<>();
        for (String path : objects.keySet()) {
            CatalogPath p = CatalogPath.parse(path);
            if (p.childKind() == null && p.kind().equals(TABLE)) {
                tables.add(p.name());
            }
        }
        return Collections.unmodifiableSet(tables);
    }

    /**
     * The column names of a table ({@code public.orders}); empty when there is no such table. In
     * column order when the snapshot was read with {@link CatalogOptions#columnOrder()}, otherwise
     * sorted by name.
     */
    public List<String> columnsOf(String table) {
        String prefix = CatalogPath.of(TABLE, table) + "/" + COLUMN + "/";
        List<Map.Entry<String, SortedMap<String, String>>> columns = new ArrayList<>();
        for (var entry : objects.tailMap(prefix).entrySet()) {
            if (!entry.getKey().startsWith(prefix)) {
                break;
            }
            columns.add(entry);
        }
        columns.sort(Comparator.comparingInt(e -> Integer.parseInt(e.getValue().getOrDefault(POSITION, "0"))));
        return columns.stream().map(e -> CatalogPath.parse(e.getKey()).childName()).toList();
    }
}
