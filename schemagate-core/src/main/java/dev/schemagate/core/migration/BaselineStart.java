package dev.schemagate.core.migration;

import dev.schemagate.core.Log;
import org.flywaydb.core.api.MigrationVersion;

import java.util.ArrayList;
import java.util.List;

/**
 * Flyway's baseline migrations (B&lt;version&gt;__*.sql) on a fresh database: Flyway applies only the
 * newest one, and then the versioned scripts above it; the versions it covers are never applied.
 *
 * @param baseline the B script the run starts from (null: none)
 * @param run      what is applied, in order: the baseline first, then the versions above it
 * @param covered  versioned migrations the baseline stands for, not applied
 */
record BaselineStart(VersionedMigration baseline, List<VersionedMigration> run, List<VersionedMigration> covered) {
    static final String NOTE = "Flyway baseline migration: applied, never round-tripped";

    BaselineStart {
        run = List.copyOf(run);
        covered = List.copyOf(covered);
    }

    static BaselineStart of(ScriptDiscovery.Discovery found, Log log) {
        if (found.baselines().isEmpty()) {
            return new BaselineStart(null, found.migrations(), List.of());
        }
        VersionedMigration newest = found.baselines().get(found.baselines().size() - 1);
        MigrationVersion from = MigrationVersion.fromVersion(newest.version());
        List<VersionedMigration> run = new ArrayList<>(List.of(newest));
        List<VersionedMigration> covered = new ArrayList<>();
        for (VersionedMigration m : found.migrations()) {
            (MigrationVersion.fromVersion(m.version()).compareTo(from) > 0 ? run : covered).add(m);
        }
        log.info("Baseline migration " + newest.flywayName() + ": a fresh database starts from it, as with Flyway;"
                + (covered.isEmpty() ? " it covers no versioned script."
                : " the " + covered.size() + " versioned script(s) it covers (" + covered.get(0).label()
                + (covered.size() > 1 ? " to " + covered.get(covered.size() - 1).label() : "") + ") are not applied.")
                + (found.baselines().size() > 1 ? " Older baseline migrations are not used." : ""));
        return new BaselineStart(newest, run, covered);
    }

    boolean isBaseline(VersionedMigration m) {
        return m == baseline;
    }
}
