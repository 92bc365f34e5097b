package dev.schemagate.core.db;

import dev.schemagate.core.Log;

import java.nio.file.Path;

/** A build stand-in for the watchdog test: starts an embedded server, says where it is, then waits to be killed. */
public final class ServerHolder {
    private ServerHolder() {
    }

    public static void main(String[] args) throws InterruptedException {
        EmbeddedPostgres db = EmbeddedPostgres.start(DatabaseSettings.embedded(Path.of(args[0])), Log.silent());
        System.out.println("READY " + db.pid() + " " + db.runDir());
        System.out.flush();
        Thread.sleep(120_000);
        db.close();
    }
}
