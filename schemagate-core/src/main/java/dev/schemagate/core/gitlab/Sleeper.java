package dev.schemagate.core.gitlab;

import java.time.Duration;

/** Waits between retries; tests pass one that only records the waits. */
@FunctionalInterface
interface Sleeper {
    void sleep(Duration duration) throws InterruptedException;

    static Sleeper system() {
        return duration -> Thread.sleep(duration.toMillis());
    }
}
