package dev.schemagate.core.migration;

import dev.schemagate.core.Log;

import java.util.function.LongSupplier;

/**
 * Progress of a long pass: once the run is past {@link #QUIET} it logs one line at most every {@link #EVERY}
 * (versions done, versions left, estimated time left). The estimate is the pace of the versions done one by one
 * since the last {@link #skipped} (a plain prefix is much faster and would make it too hopeful).
 */
final class Progress {
    static final long QUIET = 30_000_000_000L;
    static final long EVERY = 10_000_000_000L;

    private final int total;
    private final LongSupplier nanoClock;
    private final Log log;
    private final long start;
    private long paceStart;
    private int paceDone;
    private int done;
    private long lastLine;

    /** @param nanoClock {@code System::nanoTime}, or a test's clock */
    Progress(int total, LongSupplier nanoClock, Log log) {
        this.total = total;
        this.nanoClock = nanoClock;
        this.log = log;
        this.start = nanoClock.getAsLong();
        this.paceStart = start;
        this.lastLine = Long.MIN_VALUE;
    }

    /** Versions that were done at once (the plain prefix): they count as done, not for the pace. */
    void skipped(int versions) {
        done += versions;
        paceStart = nanoClock.getAsLong();
        paceDone = 0;
    }

    /** One more version done; maybe a line. */
    void versionDone() {
        done++;
        paceDone++;
        long now = nanoClock.getAsLong();
        if (now - start < QUIET || lastLine != Long.MIN_VALUE && now - lastLine < EVERY) {
            return;
        }
        lastLine = now;
        int left = total - done;
        long perVersion = (now - paceStart) / paceDone;
        log.info("Progress: " + done + " of " + total + " versions done, " + left + " left"
                + (left == 0 ? "" : ", about " + duration(perVersion * left) + " left") + " (" + duration(now - start)
                + " so far)");
    }

    static String duration(long nanos) {
        long seconds = Math.round(nanos / 1e9);
        if (seconds < 60) {
            return seconds + " s";
        }
        long minutes = seconds / 60;
        return minutes < 60 ? minutes + " min " + seconds % 60 + " s" : minutes / 60 + " h " + minutes % 60 + " min";
    }
}
