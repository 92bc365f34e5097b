package dev.schemagate.core.db;

/**
 * Runs a teardown exactly once: on close(), or from a JVM shutdown hook when the build is
 * interrupted (Ctrl-C, SIGTERM). The hook is removed again after a normal close.
 */
final class ServerShutdown {
    private final Runnable teardown;
    private final Thread hook;
    private boolean done;

    ServerShutdown(Runnable teardown) {
        this.teardown = teardown;
        this.hook = new Thread(this::run, "schemagate-postgres-cleanup");
        Runtime.getRuntime().addShutdownHook(hook);
    }

    synchronized void run() {
        if (done) {
            return;
        }
        done = true;
        try {
            teardown.run();
        } finally {
            if (Thread.currentThread() != hook) {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException e) {
                    // the JVM is already shutting down; the hook will find us done
                }
            }
        }
    }
}
