package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import org.flywaydb.core.api.logging.LogCreator;

/**
 * Flyway talks a lot at INFO; our own progress lines say what matters, so Flyway's output goes
 * to debug, and only its warnings reach the user. Flyway creates this class by name
 * ({@code loggers}), so the target log is a static that {@link #target(Log)} sets.
 */
public final class FlywayLogBridge implements LogCreator {
    private static volatile Log log = Log.silent();

    public FlywayLogBridge() {
        // instantiated by Flyway
    }

    static void target(Log target) {
        log = target;
    }

    @Override
    public org.flywaydb.core.api.logging.Log createLogger(Class<?> clazz) {
        return new org.flywaydb.core.api.logging.Log() {
            @Override
            public boolean isDebugEnabled() {
                return false;
            }

            @Override
            public void debug(String message) {
            }

            @Override
            public void info(String message) {
                log.debug("flyway: " + message);
            }

            @Override
            public void warn(String message) {
                log.warn("flyway: " + message);
            }

            @Override
            public void error(String message) {
                log.debug("flyway error: " + message);
            }

            @Override
            public void error(String message, Exception e) {
                log.debug("flyway error: " + message);
            }

            @Override
            public void notice(String message) {
                log.debug("flyway: " + message);
            }
        };
    }
}
