package dev.schemagate.core.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * Compares two snapshots. An object in only one of them is one ADDED or REMOVED difference, and its
 * columns, indexes, constraints, triggers and policies are not listed again. An object in both gives
 * one CHANGED difference per attribute whose value differs (an attribute present on one side only
 * counts, with null on the other). The result is sorted by path, then attribute.
 */
public final class CatalogDiff {
    private CatalogDiff() {
    }

    public static List<CatalogDifference> compare(CatalogSnapshot before, CatalogSnapshot after) {
        Map<String, SortedMap<String, String>> old = before.objects();
        Map<String, SortedMap<String, String>> now = after.objects();
        SortedSet<String> paths = new TreeSet<>(old.keySet());
        paths.addAll(now.keySet());
        List<CatalogDifference> differences = new ArrayList<>();
        for (String path : paths) {
            String parent = CatalogPath.parse(path).parent();
            boolean parentComesOrGoes = parent != null && old.containsKey(parent) != now.containsKey(parent);
            if (!now.containsKey(path)) {
                if (!parentComesOrGoes) {
                    differences.add(CatalogDifference.removed(path));
                }
            } else if (!old.containsKey(path)) {
                if (!parentComesOrGoes) {
                    differences.add(CatalogDifference.added(path));
                }
            } else {
                addChanges(path, old.get(path), now.get(path), differences);
            }
        }
        return List.copyOf(differences);
    }

    private static void addChanges(String path, SortedMap<String, String> before, SortedMap<String, String> after,
                                   List<CatalogDifference> differences) {
        SortedSet<String> attributes = new TreeSet<>(before.keySet());
        attributes.addAll(after.keySet());
        for (String attribute : attributes) {
            String was = before.get(attribute);
            String is = after.get(attribute);
            if (!Objects.equals(was, is)) {
                differences.add(CatalogDifference.changed(path, attribute, was, is));
            }
        }
    }
}
