package dev.schemagate.core.db;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.SchemaGateException;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * PostgreSQL refuses to run as root. When the build runs as root (CI containers), the server
 * runs either in an unprivileged user namespace ({@code unshare -U}) or, where user namespaces
 * are forbidden (Docker's default seccomp profile), as the unprivileged user nobody through
 * {@code setpriv}.
 */
enum PrivilegeDrop {
    NONE, UNSHARE, SETPRIV;

    static final int NOBODY = 65534;

    List<String> wrap(List<String> command) {
        List<String> wrapped = new ArrayList<>();
        switch (this) {
            case UNSHARE -> wrapped.addAll(List.of("unshare", "-U"));
            case SETPRIV -> wrapped.addAll(List.of("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups"));
            case NONE -> { }
        }
        wrapped.addAll(command);
        return wrapped;
    }

    /** Makes a folder that the server will write to usable by the user it runs as. */
    void handOver(Path dir) throws IOException {
        if (this == SETPRIV) {
            FileTrees.chown(dir, NOBODY, NOBODY);
        }
    }

    /**
     * With setpriv the server runs as nobody, who must be able to reach the binaries: every
     * folder above them needs the "x" bit for others.
     */
    void requireReachable(Path home, String property) {
        if (this != SETPRIV) {
            return;
        }
        for (Path p = home.toAbsolutePath(); p != null; p = p.getParent()) {
            try {
                if (!Files.getPosixFilePermissions(p).contains(java.nio.file.attribute.PosixFilePermission.OTHERS_EXECUTE)) {
                    throw new SchemaGateException("PostgreSQL runs as user nobody here (root without user namespaces),"
                            + " and nobody cannot enter " + p + ". Set " + property + " to a folder everyone can"
                            + " read, for example -D" + property + "=/tmp/schemagate-cache.");
                }
            } catch (IOException e) {
                throw new SchemaGateException("Cannot check the permissions of " + p + ": " + e.getMessage(), e);
            }
        }
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
        return choose(currentUid(), succeeds("unshare", "-U", "true"),
                succeeds("setpriv", "--reuid=" + NOBODY, "--regid=" + NOBODY, "--clear-groups", "true"));
    }

    static PrivilegeDrop choose(int uid, boolean unshareWorks, boolean setprivWorks) {
        if (uid != 0) {
            return NONE;
        }
        if (unshareWorks) {
            return UNSHARE;
        }
        if (setprivWorks) {
            return SETPRIV;
        }
        throw new SchemaGateException("The build runs as root, and PostgreSQL refuses to run as root. Neither"
                + " 'unshare -U' (user namespaces) nor 'setpriv --reuid=" + NOBODY + "' (util-linux) works here,"
                + " so the embedded server cannot start. Run the build as a non-root user, install util-linux,"
                + " or use a server you run yourself: -D" + SchemaProperties.DB_PROVIDER + "=external -D" + SchemaProperties.DB_URL
                + "=jdbc:postgresql://host:5432/postgres"
                + " (or -Dschema.db.provider=testcontainers with Docker).");
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
