package dev.schemagate.core.openapi.client;

import java.util.List;

/**
 * How a client folder differs from a fresh generation. {@code added}: files the generator writes
 * that the folder lacks; {@code removed}: files the folder has that the generator no longer writes;
 * {@code changed}: files in both whose content differs, each with the first lines of its diff.
 */
public record ClientDiff(List<String> added, List<String> removed, List<Changed> changed) {
    public ClientDiff {
        added = List.copyOf(added);
        removed = List.copyOf(removed);
        changed = List.copyOf(changed);
    }

    public boolean isEmpty() {
        return added.isEmpty() && removed.isEmpty() && changed.isEmpty();
    }

    public int size() {
        return added.size() + removed.size() + changed.size();
    }

    /** One changed file: its path (relative to the client folder) and the first lines of the diff. */
    public record Changed(String file, String diff) {
    }
}
