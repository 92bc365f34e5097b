package dev.schemagate.cli;

import dev.schemagate.core.Log;

import java.io.PrintStream;

/** Core's log on the terminal, with Maven's level prefixes so both front ends read alike. */
final class CliLog implements Log {
    private final PrintStream out;
    private final boolean debug;

    CliLog(PrintStream out, boolean debug) {
        this.out = out;
        this.debug = debug;
    }

    @Override
    public void info(String message) {
        out.println("[INFO] " + message);
    }

    @Override
    public void warn(String message) {
        out.println("[WARNING] " + message);
    }

    @Override
    public void debug(String message) {
        if (debug) {
            out.println("[DEBUG] " + message);
        }
    }

    void error(String message) {
        out.println("[ERROR] " + message);
    }
}
