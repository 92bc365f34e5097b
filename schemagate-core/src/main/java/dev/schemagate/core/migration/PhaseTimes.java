package dev.schemagate.core.migration;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/** Where a run's time goes, by phase (snapshots, fingerprints, scripts, copies): one debug line at the end. */
final class PhaseTimes {
    private final Map<String, long[]> phases = new LinkedHashMap<>(); // name → {count, nanos}

    <T> T time(String phase, Supplier<T> work) {
        long start = System.nanoTime();
        try {
            return work.get();
        } finally {
            add(phase, System.nanoTime() - start);
        }
    }

    void add(String phase, long nanos) {
        long[] p = phases.computeIfAbsent(phase, k -> new long[2]);
        p[0]++;
        p[1] += nanos;
    }

    /** "snapshot 600 × 12.1 ms = 7260 ms, ..." */
    String describe() {
        StringBuilder s = new StringBuilder();
        phases.forEach((name, p) -> {
            if (s.length() > 0) {
                s.append(", ");
            }
            s.append(String.format(java.util.Locale.ROOT, "%s %d × %.1f ms = %d ms", name, p[0],
                    p[1] / 1e6 / p[0], p[1] / 1_000_000));
        });
        return s.toString();
    }
}
