package dev.schemagate.core.db;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The uid/gid one embedded server runs as. A build running as root gives each server a uid of its
 * own, from a high range that no account uses: it owns nothing, belongs to no group, and no other
 * local user (nobody included) shares it, so the server's 0700 folders admit no one but root.
 */
record RunUser(int uid, int gid) {
    static final int RANGE_START = 2_000_000_000;
    static final int RANGE_SIZE = 1 << 24;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** For a build that is not root: the server runs as the build's own user. */
    static RunUser current() {
        return new RunUser(PrivilegeDrop.currentUid(), currentGid());
    }

    /** A fresh uid (and the same number as gid) that /etc/passwd and /etc/group do not know. */
    static RunUser allocate() {
        Set<Integer> taken = new HashSet<>();
        taken.addAll(ids(Path.of("/etc/passwd")));
        taken.addAll(ids(Path.of("/etc/group")));
        while (true) {
            int id = RANGE_START + RANDOM.nextInt(RANGE_SIZE);
            if (!taken.contains(id)) {
                return new RunUser(id, id);
            }
        }
    }

    private static Set<Integer> ids(Path file) {
        Set<Integer> ids = new HashSet<>();
        try {
            for (String line : Files.readAllLines(file)) {
                List<String> fields = List.of(line.split(":"));
                if (fields.size() > 2 && fields.get(2).matches("\\d{1,10}")) {
                    ids.add((int) Long.parseLong(fields.get(2)));
                }
            }
        } catch (IOException e) {
            // no such file: nothing is taken there
        }
        return ids;
    }

    private static int currentGid() {
        try {
            return (Integer) Files.getAttribute(Path.of("/proc/self"), "unix:gid");
        } catch (IOException | UnsupportedOperationException | IllegalArgumentException e) {
            return -1;
        }
    }
}
