package dev.schemagate.core.db;

import dev.schemagate.core.Log;

import java.nio.file.Path;

/** An embedded server on 127.0.0.1 with a random password, to stand in for an external one in tests outside this package. */
public final class LoopbackServers {
    private LoopbackServers() {
    }

    public static Database start(Path work) {
        return EmbeddedPostgres.start(DatabaseSettings.embedded(work), Log.silent(), PrivilegeDrop.detect(),
                EmbeddedPostgres.Listen.LOOPBACK_PASSWORD);
    }
}
