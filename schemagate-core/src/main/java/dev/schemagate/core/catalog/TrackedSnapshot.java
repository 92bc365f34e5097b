package dev.schemagate.core.catalog;

import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A {@link CatalogSnapshot} with the oid of the top-level object each path belongs to ({@code ownerByPath}) and,
 * for every object with an oid of its own (indexes, constraints, triggers, policies, and the top-level objects),
 * that owner ({@code ownerBySelf}). Oids are the database's own, so they only mean something for snapshots of
 * one database (and its copies).
 */
public record TrackedSnapshot(CatalogSnapshot snapshot, Map<String, Long> ownerByPath, Map<Long, Long> ownerBySelf) {

    public TrackedSnapshot {
        ownerByPath = Map.copyOf(ownerByPath);
        ownerBySelf = Map.copyOf(ownerBySelf);
    }

    /** The top-level owner of an object known by its own oid (or a column's table oid); null when unknown. */
    public Long ownerOf(long self) {
        return ownerBySelf.get(self);
    }

    /** The paths of the given owners (a table: the table, its columns, indexes, constraints, triggers, policies). */
    public Set<String> pathsOf(Collection<Long> owners) {
        Set<Long> wanted = new HashSet<>(owners);
        Set<String> paths = new HashSet<>();
        ownerByPath.forEach((path, owner) -> {
            if (wanted.contains(owner)) {
                paths.add(path);
            }
        });
        return paths;
    }

    /** Qualified names of the ordinary and partitioned tables among the given owners, in this snapshot. */
    public Set<String> tablesOf(Collection<Long> owners) {
        Set<String> names = new HashSet<>();
        for (String path : pathsOf(owners)) {
            CatalogPath p = CatalogPath.parse(path);
            if (p.childKind() == null && p.kind().equals(CatalogSnapshot.TABLE)) {
                names.add(p.name());
            }
        }
        return names;
    }

    /**
     * The owners of every object whose attributes name one of the given owners' objects (unqualified, as a substring:
     * a superset of what refers to them, such as a view's definition or a partition's parent).
     */
    public Set<Long> mentioning(Collection<Long> owners) {
        Set<String> names = new HashSet<>();
        for (String path : pathsOf(owners)) {
            CatalogPath p = CatalogPath.parse(path);
            if (p.childKind() == null) {
                String name = p.name();
                int paren = name.indexOf('(');
                String bare = paren < 0 ? name : name.substring(0, paren);
                names.add(bare.substring(bare.lastIndexOf('.') + 1));
            }
        }
        names.removeIf(String::isEmpty);
        Set<Long> found = new HashSet<>();
        if (names.isEmpty()) {
            return found;
        }
        snapshot.objects().forEach((path, attributes) -> {
            Long owner = ownerByPath.get(path);
            if (owner == null || found.contains(owner)) {
                return;
            }
            for (String value : attributes.values()) {
                for (String name : names) {
                    if (value.contains(name)) {
                        found.add(owner);
                        return;
                    }
                }
            }
        });
        return found;
    }

    /** The oid of a table by its qualified name; null when there is none. */
    public Long tableOid(String table) {
        return ownerByPath.get(CatalogPath.of(CatalogSnapshot.TABLE, table));
    }

    /** This snapshot with every object of {@code owners} replaced by what {@code part} (a read of just them) has. */
    TrackedSnapshot merge(Collection<Long> owners, TrackedSnapshot part) {
        Set<Long> replaced = new HashSet<>(owners);
        SortedMap<String, SortedMap<String, String>> objects = new TreeMap<>(snapshot.objects());
        Map<String, Long> byPath = new HashMap<>(ownerByPath);
        Map<Long, Long> bySelf = new HashMap<>(ownerBySelf);
        ownerByPath.forEach((path, owner) -> {
            if (replaced.contains(owner)) {
                objects.remove(path);
                byPath.remove(path);
            }
        });
        bySelf.values().removeIf(replaced::contains);
        objects.putAll(part.snapshot().objects());
        byPath.putAll(part.ownerByPath());
        bySelf.putAll(part.ownerBySelf());
        return new TrackedSnapshot(new CatalogSnapshot(objects), byPath, bySelf);
    }
}
