package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pacing of the progress lines, on a clock the test moves (no sleeping, no timing). */
class ProgressTest {
    private long now = 1_000_000_000L;
    private final List<String> lines = new ArrayList<>();
    private final Log log = Log.of(lines::add, m -> lines.add("WARN " + m), m -> { });

    private void advance(double seconds) {
        now += (long) (seconds * 1e9);
    }

    @Test
    void aShortRunPrintsNothing() {
        Progress progress = new Progress(20, () -> now, log);
        for (int i = 0; i < 20; i++) {
            advance(1.4);
            progress.versionDone();
        }
        assertThat(lines).as("28 s in all").isEmpty();
    }

    @Test
    void afterThirtySecondsOneLineEveryTenSecondsAtMost() {
        Progress progress = new Progress(100, () -> now, log);
        for (int i = 0; i < 100; i++) {
            advance(1);
            progress.versionDone();
        }
        // lines at 30 s, 40 s, ..., 100 s
        assertThat(lines).hasSize(8);
        assertThat(lines.get(0)).isEqualTo("Progress: 30 of 100 versions done, 70 left, about 1 min 10 s left (30 s so far)");
        assertThat(lines.get(1)).startsWith("Progress: 40 of 100 versions done, 60 left, about 1 min 0 s left");
        assertThat(lines.get(7)).isEqualTo("Progress: 100 of 100 versions done, 0 left (1 min 40 s so far)");
    }

    @Test
    void slowVersionsPrintAtMostOneLineEach() {
        Progress progress = new Progress(5, () -> now, log);
        for (int i = 0; i < 5; i++) {
            advance(25);
            progress.versionDone();
        }
        assertThat(lines).hasSize(4).first().asString().startsWith("Progress: 2 of 5 versions done, 3 left, about 1 min 15 s left");
    }

    @Test
    void thePlainPrefixCountsAsDoneButNotForThePace() {
        Progress progress = new Progress(300, () -> now, log);
        advance(1);
        progress.skipped(290);
        for (int i = 0; i < 10; i++) {
            advance(4);
            progress.versionDone();
        }
        assertThat(lines).containsExactly(
                "Progress: 298 of 300 versions done, 2 left, about 8 s left (33 s so far)");
    }

    @Test
    void durationsReadLikeAPerson() {
        assertThat(Progress.duration(4_400_000_000L)).isEqualTo("4 s");
        assertThat(Progress.duration(125_000_000_000L)).isEqualTo("2 min 5 s");
        assertThat(Progress.duration(3_725_000_000_000L)).isEqualTo("1 h 2 min");
    }
}
