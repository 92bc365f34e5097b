package dev.schemagate.core.migration;

import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.rules.SeverityPolicy;

import java.util.Set;

/** The versions the baseline already has: what a merge request's reports tell apart from its own. */
public final class ReleasedVersions {
    private ReleasedVersions() {
    }

    /** Empty when the baseline has none of the migration folders (everything is new then). */
    public static Set<String> of(MigrationSettings settings, BaselineFiles baseline, SeverityPolicy policy) {
        return ReleasedMigrations.versions(settings.basedir(), MigrationLocations.resolve(settings), baseline, policy,
                settings.flyway());
    }
}
