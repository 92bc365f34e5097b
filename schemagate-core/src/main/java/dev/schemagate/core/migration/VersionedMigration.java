package dev.schemagate.core.migration;

import java.nio.file.Path;

/**
 * One versioned migration as found on disk: its up script, its undo script (null when there is
 * none) and, when it is declared irreversible, the reason.
 *
 * @param flywayName the name Flyway knows the script by (V3__add_orders.sql), also for the
 *                   golang-migrate layout, whose files are handed to Flyway under this name
 */
public record VersionedMigration(String version, String description, Path script, String flywayName,
                                 Path undo, String irreversibleReason) {

    public boolean irreversible() {
        return irreversibleReason != null;
    }

    public String label() {
        return "V" + version;
    }

    VersionedMigration withIrreversible(String reason) {
        return new VersionedMigration(version, description, script, flywayName, undo, reason);
    }

    VersionedMigration withUndo(Path newUndo) {
        return new VersionedMigration(version, description, script, flywayName, newUndo, irreversibleReason);
    }
}
