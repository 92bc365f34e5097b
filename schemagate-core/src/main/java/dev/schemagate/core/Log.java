package dev.schemagate.core;

/** The little the core needs to tell a user; the Maven plugin adapts it to Maven's log. */
public interface Log {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** Discards everything (tests, benchmarks). */
    static Log silent() {
        return new Log() {
            @Override
            public void info(String message) {
            }

            @Override
            public void warn(String message) {
            }

            @Override
            public void debug(String message) {
            }
        };
    }
}
