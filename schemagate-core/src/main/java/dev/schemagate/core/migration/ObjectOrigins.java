package dev.schemagate.core.migration;

import dev.schemagate.core.catalog.CatalogDifference;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Which version created each database object, recorded as the per-version pass goes. */
final class ObjectOrigins {
    /** An object and the version that created it. */
    record Origin(String path, String version) {
        /** "table public.orders", "index orders_idx", from the path's last kind and name. */
        String describe() {
            String[] parts = path.split("/");
            return parts.length >= 3 ? parts[parts.length - 2] + " " + parts[parts.length - 1] : path;
        }
    }

    private final Map<String, String> createdBy = new HashMap<>();
    private final java.util.Set<String> recorded = new java.util.HashSet<>();

    /** The tables {@code m} created ({@code schema.table}); empty when {@code m} was not recorded. */
    Optional<List<String>> tablesCreatedBy(VersionedMigration m) {
        if (!recorded.contains(m.version())) {
            return Optional.empty();
        }
        return Optional.of(createdBy.entrySet().stream()
                .filter(e -> e.getValue().equals(m.version()) && e.getKey().startsWith("/table/")
                        && e.getKey().chars().filter(ch -> ch == '/').count() == 2)
                .map(e -> e.getKey().substring("/table/".length())).sorted().toList());
    }

    /** @param applied the differences between before and after applying {@code m} */
    void record(VersionedMigration m, List<CatalogDifference> applied) {
        recorded.add(m.version());
        for (CatalogDifference d : applied) {
            if (d.change() == CatalogDifference.Change.ADDED) {
                createdBy.putIfAbsent(d.path(), m.version());
            }
        }
    }

    /** The creator of the object at this path, or of the nearest enclosing object (the table of an index). */
    Optional<Origin> ofPath(String path) {
        for (String p = path; p != null && p.chars().filter(ch -> ch == '/').count() >= 2; p = parent(p)) {
            String version = createdBy.get(p);
            if (version != null) {
                return Optional.of(new Origin(p, version));
            }
        }
        return Optional.empty();
    }

    /** The creator of an object PostgreSQL named in an error ({@code "orders"} or {@code "public.orders"}). */
    Optional<Origin> ofName(String name) {
        return createdBy.entrySet().stream()
                .filter(e -> {
                    String last = e.getKey().substring(e.getKey().lastIndexOf('/') + 1);
                    return last.equals(name) || last.endsWith("." + name);
                })
                .map(e -> new Origin(e.getKey(), e.getValue()))
                .sorted(java.util.Comparator.comparing(Origin::path))
                .findFirst();
    }

    private static String parent(String path) {
        String[] parts = path.split("/");
        if (parts.length <= 3) {
            return null;
        }
        return String.join("/", java.util.Arrays.copyOf(parts, parts.length - 2));
    }
}
