package dev.schemagate.core.db;

import dev.schemagate.core.support.FileTrees;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root, and a server running as root would give every SQL statement
 * that reaches it (a migration's {@code COPY ... TO PROGRAM} too) root's file access. A build
 * running as root therefore runs each server as a uid of its own ({@link RunUser#allocate()}),
 * through {@code setpriv}. initdb, which needs a passwd entry, runs once per machine: in a user
 * namespace whose nobody is that run's uid outside ({@link UserNamespace}), or where user namespaces
 * are forbidden (Docker's default seccomp profile) as the real nobody.
 */
enum PrivilegeDrop {
    NONE, UNSHARE, SETPRIV;

    static final int NOBODY = 65534;

    /** The user this run's server runs as. */
    RunUser runUser() {
        return this == NONE ? RunUser.current() : RunUser.allocate();
    }

    /** The server's command line, run as the given user. */
    List<String> asUser(RunUser user, List<String> command) {
        List<String> wrapped = new ArrayList<>();
        if (this != NONE) {
            wrapped.addAll(setpriv(user.uid(), user.gid()));
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** initdb's process: as the build's user, in a mapped user namespace, or as nobody. */
    Process spawnInitdb(List<String> command, RunUser user, Path logFile) {
        return switch (this) {
            case NONE -> ServerProcess.spawn(command, logFile);
            case UNSHARE -> UserNamespace.spawn(command, user, logFile);
            case SETPRIV -> ServerProcess.spawn(asUser(initdbUser(user), command), logFile);
        };
    }

    /** Who initdb's files belong to outside. */
    RunUser initdbUser(RunUser user) {
        return this == SETPRIV ? new RunUser(NOBODY, NOBODY) : user;
    }

    private static List<String> setpriv(int uid, int gid) {
        return List.of("setpriv", "--reuid=" + uid, "--regid=" + gid, "--clear-groups");
    }

    /** Makes a folder that the server will write to usable by the user it runs as. */
    void handOver(Path dir, RunUser user) throws IOException {
        if (this != NONE) {
            FileTrees.chown(dir, user.uid(), user.gid());
        }
    }

    /**
     * As root the server runs as an unprivileged uid, which must be able to reach the binaries:
     * every folder above them needs the "x" bit for others.
     */
    void requireReachable(Path home, String property) {
        Path closed = firstClosed(home);
        if (closed != null) {
            throw new SchemaGateException("The build runs as root, so PostgreSQL runs as an unprivileged uid,"
                    + " which cannot enter " + closed + ". Set " + property + " to a folder everyone can"
                    + " enter, for example -D" + property + "=/tmp/schemagate-cache.");
        }
    }

    /** The first folder on the way to {@code path} that the server's uid cannot enter; null if none. */
    Path firstClosed(Path path) {
        if (this == NONE) {
            return null;
        }
        for (Path p = path.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    return p;
                }
            } catch (IOException e) {
                throw new SchemaGateException("Cannot check the permissions of " + p + ": " + e.getMessage(), e);
            }
        }
        return null;
    }

    private static volatile PrivilegeDrop detected;

    /** Probes once per JVM: the answer does not change while a build runs. */
    static PrivilegeDrop detect() {
        PrivilegeDrop known = detected;
        if (known == null) {
            known = probe();
            detected = known;
        }
        return known;
    }

    private static PrivilegeDrop probe() {
        return choose(currentUid(), succeeds("unshare", "-U", "--keep-caps", "true"),
                succeeds("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "true"));
    }

    static PrivilegeDrop choose(int uid, boolean unshareWorks, boolean setprivWorks) {
        if (uid != 0) {
            return NONE;
        }
        if (setprivWorks) {
            return unshareWorks ? UNSHARE : SETPRIV;
        }
        throw new SchemaGateException("The build runs as root, and PostgreSQL must not run as root: it would give"
                + " every SQL statement root's file access. 'setpriv --reuid=" + NOBODY + "' (util-linux) does not work"
                + " here, so the embedded server cannot start as an unprivileged uid. Run the build as a non-root user,"
                + " install util-linux, or use a server you run yourself: -D" + SchemaProperties.DB_PROVIDER
                + "=external -D" + SchemaProperties.DB_URL + "=jdbc:postgresql://host:5432/postgres"
                + " (or -D" + SchemaProperties.DB_PROVIDER + "=testcontainers with Docker).");
    }

    static int currentUid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:uid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }

    private static boolean succeeds(String... command) {
        try {
            Process p = new ProcessBuilder(command).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(5, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return false;
            }
            return p.exitValue() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
