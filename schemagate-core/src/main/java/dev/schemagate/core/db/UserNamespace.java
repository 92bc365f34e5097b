package dev.schemagate.core.db;

import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs a command as uid/gid 65534 ("nobody", so that initdb finds a passwd entry) inside a new user
 * namespace whose 65534 is mapped to an unused uid outside. Only root may write such a map, and
 * util-linux's own mapping options need newuidmap, so the map is written from here: the child
 * waits until it is there, then drops to 65534 and every capability before it runs the command.
 */
final class UserNamespace {
    static final int INNER_ID = 65534;
    private static final long MAP_TIMEOUT_MILLIS = 10_000;
    private static final String AWAIT_MAP_THEN_DROP = "until grep -q . /proc/self/uid_map; do sleep 0.005; done; exec setpriv"
            + " --reuid=" + INNER_ID + " --regid=" + INNER_ID + " --clear-groups --inh-caps=-all --ambient-caps=-all"
            + " --bounding-set=-all \"$@\"";

    private UserNamespace() {
    }

    static Process spawn(List<String> command, RunUser outside, Path logFile) {
        List<String> wrapped = new ArrayList<>(List.of("unshare", "-U", "--keep-caps", "sh", "-c", AWAIT_MAP_THEN_DROP, "sh"));
        wrapped.addAll(command);
        Process p = ServerProcess.spawn(wrapped, logFile);
        try {
            awaitOwnNamespace(p);
            Files.writeString(proc(p, "uid_map"), INNER_ID + " " + outside.uid() + " 1\n");
            Files.writeString(proc(p, "gid_map"), INNER_ID + " " + outside.gid() + " 1\n");
            return p;
        } catch (IOException | RuntimeException e) {
            p.destroyForcibly();
            throw new SchemaGateException("Cannot map uid " + outside.uid() + " into the user namespace of "
                    + command.get(0) + ": " + e.getMessage(), e);
        }
    }

    private static void awaitOwnNamespace(Process p) throws IOException {
        Path mine = Files.readSymbolicLink(Path.of("/proc/self/ns/user"));
        long deadline = System.currentTimeMillis() + MAP_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!p.isAlive()) {
                throw new IOException("unshare exited (" + p.exitValue() + ")");
            }
            try {
                if (!Files.readSymbolicLink(proc(p, "ns/user")).equals(mine)) {
                    return;
                }
            } catch (IOException e) {
                // not exec'd yet
            }
            Thread.onSpinWait();
        }
        throw new IOException("unshare did not create a user namespace within " + MAP_TIMEOUT_MILLIS + " ms");
    }

    private static Path proc(Process p, String file) {
        return Path.of("/proc", Long.toString(p.pid()), file);
    }
}
