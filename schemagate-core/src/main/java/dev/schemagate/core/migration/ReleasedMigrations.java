package dev.schemagate.core.migration;

import dev.schemagate.core.baseline.BaselineFiles;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.api.MigrationVersion;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Checks the migrations against the previous release: what it shipped must stay as it was, its
 * version numbers keep their scripts, and new versions come after its highest.
 */
final class ReleasedMigrations {
    private ReleasedMigrations() {
    }

    static void check(Path basedir, List<Path> dirs, BaselineFiles baseline, List<VersionedMigration> current,
                      SeverityPolicy policy, MigrationFindings findings) {
        check(basedir, dirs, baseline, current, policy, findings, FlywayConventions.defaults());
    }

    static void check(Path basedir, List<Path> dirs, BaselineFiles baseline, List<VersionedMigration> current,
                      SeverityPolicy policy, MigrationFindings findings, FlywayConventions conventions) {
        List<VersionedMigration> released = released(basedir, dirs, baseline, policy, conventions);
        if (released == null) {
            return;
        }
        Map<String, VersionedMigration> now = current.stream()
                .collect(Collectors.toMap(VersionedMigration::version, Function.identity()));
        MigrationVersion highest = MigrationVersion.EMPTY;
        for (VersionedMigration old : released) {
            MigrationVersion v = MigrationVersion.fromVersion(old.version());
            highest = v.compareTo(highest) > 0 ? v : highest;
            VersionedMigration mine = now.get(old.version());
            if (mine == null) {
                findings.add(Rule.MIGRATION_RELEASED_MODIFIED, null, old.version(), null, old.flywayName() + " shipped in "
                        + baseline.description() + " and is gone. Databases of that release have run it: restore it.", null);
            } else if (!mine.flywayName().equals(old.flywayName())) {
                findings.add(Rule.MIGRATION_VERSION_CONFLICT, mine.script(), mine.version(), null, "Version " + old.version()
                        + " is " + old.flywayName() + " in " + baseline.description() + " but " + findings.display(mine.script())
                        + " here. Give the new script the next free version and restore " + old.flywayName() + ".", null);
            } else if (!normalized(mine.script(), conventions.encoding()).equals(normalized(old.script(), conventions.encoding()))) {
                findings.add(Rule.MIGRATION_RELEASED_MODIFIED, mine.script(), mine.version(), null, findings.display(mine.script())
                        + " was edited after " + baseline.description() + " shipped it: databases of that release will not"
                        + " run it again. Restore it and put the change in a new migration.", null);
            }
        }
        for (VersionedMigration mine : current) {
            boolean isNew = released.stream().noneMatch(r -> r.version().equals(mine.version()));
            if (isNew && MigrationVersion.fromVersion(mine.version()).compareTo(highest) < 0) {
                findings.add(Rule.MIGRATION_OUT_OF_ORDER, mine.script(), mine.version(), null, mine.label() + " is new but"
                        + " lower than V" + highest.getVersion() + " of " + baseline.description() + ": Flyway refuses it on"
                        + " databases of that release unless outOfOrder is on. Renumber it above V" + highest.getVersion() + ".", null);
            }
        }
    }

    /** The versions the previous release shipped (empty when its migration folders do not exist). */
    static Set<String> versions(Path basedir, List<Path> dirs, BaselineFiles baseline, SeverityPolicy policy) {
        return versions(basedir, dirs, baseline, policy, FlywayConventions.defaults());
    }

    static Set<String> versions(Path basedir, List<Path> dirs, BaselineFiles baseline, SeverityPolicy policy,
                                FlywayConventions conventions) {
        List<VersionedMigration> released = released(basedir, dirs, baseline, policy, conventions);
        return released == null ? Set.of() : released.stream().map(VersionedMigration::version).collect(Collectors.toSet());
    }

    /**
     * The versions the baseline has with the same script and the same undo script (or none in both), as Flyway's
     * checksum sees them: applied without a round trip in a merge request (docs/migrations.md).
     */
    static Set<String> unchanged(Path basedir, List<Path> dirs, BaselineFiles baseline, List<VersionedMigration> current,
                                 SeverityPolicy policy, FlywayConventions conventions) {
        List<VersionedMigration> released = released(basedir, dirs, baseline, policy, conventions);
        if (released == null) {
            return Set.of();
        }
        Map<String, VersionedMigration> old = released.stream()
                .collect(Collectors.toMap(VersionedMigration::version, Function.identity(), (a, b) -> a));
        java.nio.charset.Charset encoding = conventions.encoding();
        return current.stream().filter(mine -> {
            VersionedMigration was = old.get(mine.version());
            return was != null && was.flywayName().equals(mine.flywayName())
                    && normalized(was.script(), encoding).equals(normalized(mine.script(), encoding))
                    && (was.undo() == null ? mine.undo() == null
                    : mine.undo() != null && normalized(was.undo(), encoding).equals(normalized(mine.undo(), encoding)));
        }).map(VersionedMigration::version).collect(Collectors.toSet());
    }

    /** The baseline's migrations; null when it has none of the migration folders. */
    private static List<VersionedMigration> released(Path basedir, List<Path> dirs, BaselineFiles baseline,
                                                     SeverityPolicy policy, FlywayConventions conventions) {
        List<Path> releasedDirs = dirs.stream().filter(d -> d.startsWith(basedir))
                .map(d -> baseline.resolve(basedir.relativize(d))).filter(Files::isDirectory).toList();
        return releasedDirs.isEmpty() ? null
                : ScriptDiscovery.released(baseline.root(), releasedDirs, policy, conventions).migrations();
    }

    /** Flyway's checksum ignores line endings and a byte order mark; so do we. */
    private static String normalized(Path file, java.nio.charset.Charset encoding) {
        // lenient: an unreadable script is reported once, by discovery; an edit still shows here
        String text = lenient(file, encoding).replace("\uFEFF", "").replace("\r\n", "\n").replace('\r', '\n');
        return text.stripTrailing();
    }

    private static String lenient(Path file, java.nio.charset.Charset encoding) {
        try {
            return new String(Files.readAllBytes(file), encoding);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException("cannot read " + file, e);
        }
    }
}
