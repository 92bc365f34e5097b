package dev.schemagate.core.db;

import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Stops a server whose build JVM is gone. Shutdown hooks cover Ctrl-C and SIGTERM; a SIGKILLed
 * JVM runs no code, so a small shell loop, in a session of its own (a kill of the build's process
 * group does not reach it), polls the JVM twice a second. When the JVM is gone it stops the server
 * (immediate shutdown, then SIGKILL) and deletes the run folder. The next run's sweep
 * ({@link StaleRuns}) remains the second line.
 */
final class Watchdog {
    private static final String SCRIPT = """
            jvm=$1 pg=$2 dir=$3
            while kill -0 "$jvm" 2>/dev/null; do sleep 0.5; done
            if grep -qaF -- "$dir" "/proc/$pg/cmdline" 2>/dev/null; then
              kill -QUIT "$pg" 2>/dev/null
              i=0
              while [ $i -lt 30 ] && grep -qaF -- "$dir" "/proc/$pg/cmdline" 2>/dev/null; do sleep 0.1; i=$((i+1)); done
              kill -KILL "$pg" 2>/dev/null
            fi
            rm -rf -- "$dir"
            """;

    private final Process process;

    private Watchdog(Process process) {
        this.process = process;
    }

    static Watchdog guard(long serverPid, Path runDir) {
        List<String> command = new ArrayList<>();
        if (Files.isExecutable(Path.of("/usr/bin/setsid")) || Files.isExecutable(Path.of("/bin/setsid"))) {
            command.add("setsid");
        }
        command.addAll(List.of("sh", "-c", SCRIPT, "schemagate-watchdog", Long.toString(ProcessHandle.current().pid()),
                Long.toString(serverPid), runDir.toString()));
        try {
            return new Watchdog(new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start());
        } catch (IOException e) {
            throw new SchemaGateException("Cannot start the watchdog of the embedded PostgreSQL (sh): " + e.getMessage(), e);
        }
    }

    long pid() {
        return process.pid();
    }

    /** The build ends normally: the server is stopped by the caller; the loop is not needed any more. */
    void dismiss() {
        process.destroy();
    }
}
