package dev.schemagate.core.db;

import dev.schemagate.core.Log;

/** Starts the throwaway database the settings ask for. */
public final class Databases {
    private Databases() {
    }

    public static Database start(DatabaseSettings settings, Log log) {
        Database db = switch (settings.provider()) {
            case EMBEDDED -> EmbeddedPostgres.start(settings, log);
            case TESTCONTAINERS -> ContainerPostgres.start(settings, log);
            case EXTERNAL -> ScratchDatabase.create(settings, log);
        };
        log.info("PostgreSQL " + db.serverVersion() + " (" + db.provider().id() + ") ready");
        try {
            return ManagedRole.apply(db, settings.privileges(), log);
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }
}
