package dev.schemagate.core.gitlab;

import java.time.Duration;

/** A NotePublisher with short timeouts and no real backoff sleeps, for tests outside this package. */
public final class FastPublishers {
    private FastPublishers() {
    }

    public static NotePublisher notes(String tokenSource, Duration readTimeout) {
        return new NotePublisher(tokenSource, Duration.ofSeconds(2), readTimeout, d -> { }, NotePublisher.PER_PAGE);
    }
}
