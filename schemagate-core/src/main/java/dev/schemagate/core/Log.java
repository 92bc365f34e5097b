package dev.schemagate.core;

import java.util.function.Consumer;

/** The little the core needs to tell a user; the Maven plugin adapts it to Maven's log. */
public interface Log {
    void info(String message);

    void warn(String message);

    void debug(String message);

    /** Each level to its own consumer (tests, benchmarks): {@code Log.of(lines::add, lines::add, m -> { })}. */
    static Log of(Consumer<String> info, Consumer<String> warn, Consumer<String> debug) {
        return new Log() {
            @Override
            public void info(String message) {
                info.accept(message);
            }

            @Override
            public void warn(String message) {
                warn.accept(message);
            }

            @Override
            public void debug(String message) {
                debug.accept(message);
            }
        };
    }

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
