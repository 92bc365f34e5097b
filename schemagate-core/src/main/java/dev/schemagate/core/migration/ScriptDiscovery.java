package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.api.MigrationVersion;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds every versioned migration with its undo script in the migration folders, and reports
 * undo scripts that belong to no migration or compete for one.
 */
final class ScriptDiscovery {
    private static final Pattern IRREVERSIBLE = Pattern.compile("(?m)^\\s*--\\s*schemagate:irreversible\\b[ \\t]*(.*)$");

    /**
     * @param baselines  Flyway baseline migrations (B scripts), in version order
     * @param unreadable scripts that are not text in schema.migrations.encoding (migration.file.unreadable)
     */
    record Discovery(List<VersionedMigration> migrations, List<Path> repeatables, List<Finding> findings,
                     List<VersionedMigration> baselines, Set<Path> unreadable) {
        Discovery(List<VersionedMigration> migrations, List<Path> repeatables, List<Finding> findings) {
            this(migrations, repeatables, findings, List.of(), Set.of());
        }

        /** Whether the migration or its undo script cannot be read, so it cannot run. */
        boolean unreadable(VersionedMigration m) {
            return unreadable.contains(m.script()) || (m.undo() != null && unreadable.contains(m.undo()));
        }
    }

    private ScriptDiscovery() {
    }

    /**
     * The migrations of the run in the layout schema.migrations.layout gives (or, with auto, the one
     * the files show), logged once: "migrations layout: goose (detected from -- +goose Up in ...)".
     */
    static Discovery discover(MigrationSettings settings, List<Path> dirs, SeverityPolicy policy,
                              dev.schemagate.core.Log log) {
        MigrationLayout layout = settings.layout();
        if (layout == MigrationLayout.AUTO) {
            LayoutDetection.Detected detected = LayoutDetection.detect(settings.basedir(), dirs, settings.flyway(),
                    settings.followSymlinks());
            log.info(detected.logLine(true));
            layout = detected.layout();
        } else {
            log.info(new LayoutDetection.Detected(layout, null).logLine(false));
        }
        if (layout.byName()) {
            MigrationLocations.requireScripts(settings.basedir(), dirs, settings.flyway());
            return discover(settings.basedir(), dirs, settings.irreversible(), policy, settings.flyway(),
                    settings.followSymlinks());
        }
        return LayoutDiscovery.discover(settings, dirs, layout, policy);
    }

    /**
     * The previous release's migrations, in the layout its files show (goose sections are compared
     * section by section); by name, as before, when that layout cannot be told or read.
     */
    static Discovery released(Path root, List<Path> dirs, SeverityPolicy policy, FlywayConventions conventions) {
        try {
            MigrationLayout layout = LayoutDetection.detect(root, dirs, conventions, false).layout();
            if (!layout.byName()) {
                return LayoutDiscovery.discover(MigrationSettings.defaults(root).withFlywayConventions(conventions), dirs,
                        layout, policy);
            }
        } catch (ConfigurationException e) {
            // a release without migrations, or with a broken file: nothing more to read from it than by name
        }
        return discover(root, dirs, Set.of(), policy, conventions);
    }

    static Discovery discover(Path basedir, List<Path> dirs, Set<String> irreversibleVersions, SeverityPolicy policy) {
        return discover(basedir, dirs, irreversibleVersions, policy, FlywayConventions.defaults());
    }

    static Discovery discover(Path basedir, List<Path> dirs, Set<String> irreversibleVersions, SeverityPolicy policy,
                              FlywayConventions conventions) {
        return discover(basedir, dirs, irreversibleVersions, policy, conventions, false);
    }

    /**
     * With the project's Flyway naming: a .sql file Flyway would skip is migration.file.ignored, a
     * script that is not text in the encoding migration.file.unreadable, and a symbolic link out of
     * basedir is refused unless {@code followSymlinks}.
     */
    static Discovery discover(Path basedir, List<Path> dirs, Set<String> irreversibleVersions, SeverityPolicy policy,
                              FlywayConventions conventions, boolean followSymlinks) {
        Map<MigrationVersion, VersionedMigration> ups = new TreeMap<>();
        Map<MigrationVersion, VersionedMigration> baselines = new TreeMap<>();
        Map<MigrationVersion, List<Path>> undos = new TreeMap<>();
        List<Path> repeatables = new ArrayList<>();
        List<Finding> findings = new ArrayList<>();
        Set<Path> unreadable = new java.util.HashSet<>();
        for (Path file : files(basedir, dirs, followSymlinks)) {
            String name = file.getFileName().toString();
            java.util.Optional<ScriptNames.Parsed> found = ScriptNames.parse(name, conventions);
            if (found.isEmpty()) {
                IgnoredScripts.why(name, conventions).ifPresent(why -> findings.add(ignored(policy, conventions,
                        basedir, file, why)));
                continue;
            }
            ScriptNames.Parsed parsed = found.get();
            dev.schemagate.core.lint.ScriptText.problem(file, conventions.encoding(), display(basedir, file))
                    .ifPresent(problem -> {
                        unreadable.add(file);
                        findings.add(Finding.of(Rule.MIGRATION_FILE_UNREADABLE,
                                policy.severityOf(Rule.MIGRATION_FILE_UNREADABLE), problem + ". The script is not run.",
                                Location.ofMigration(display(basedir, file), parsed.version(),
                                        dev.schemagate.core.TextFiles.line(file, conventions.encoding())),
                                Map.of("encoding", conventions.encoding().name())));
                    });
            switch (parsed.kind()) {
                case REPEATABLE -> repeatables.add(file);
                case UNDO -> undos.computeIfAbsent(parsed.migrationVersion(), v -> new ArrayList<>()).add(file);
                case UP -> addUp(basedir, ups, parsed, file);
                case BASELINE -> addUp(basedir, baselines, parsed, file);
            }
        }
        Map<String, VersionedMigration> result = new LinkedHashMap<>();
        for (VersionedMigration m : ups.values()) {
            result.put(m.version(), unreadable.contains(m.script()) ? m
                    : withMarker(m, irreversibleVersions, conventions.encoding()));
        }
        undos.forEach((version, files) -> {
            VersionedMigration up = result.get(version.getVersion());
            if (up == null) {
                files.forEach(f -> findings.add(finding(policy, Rule.MIGRATION_UNDO_ORPHAN, basedir, f, version.getVersion(),
                        display(basedir, f) + " undoes version " + version.getVersion() + ", which has no V script."
                                + " Rename it to match its migration's version, or delete it.")));
            } else {
                if (files.size() > 1) {
                    findings.add(finding(policy, Rule.MIGRATION_UNDO_DUPLICATE, basedir, files.get(1), version.getVersion(),
                            "V" + version.getVersion() + " has " + files.size() + " undo scripts: "
                                    + files.stream().map(f -> display(basedir, f)).toList() + ". Keep one; the round trip"
                                    + " used " + display(basedir, files.get(0)) + "."));
                }
                result.put(up.version(), up.withUndo(files.get(0)));
            }
        });
        return new Discovery(List.copyOf(result.values()), List.copyOf(repeatables), findings,
                List.copyOf(baselines.values()), Set.copyOf(unreadable));
    }

    private static void addUp(Path basedir, Map<MigrationVersion, VersionedMigration> ups, ScriptNames.Parsed parsed, Path file) {
        VersionedMigration existing = ups.get(parsed.migrationVersion());
        if (existing != null) {
            throw new ConfigurationException("Two migrations have version " + parsed.version() + ": "
                    + display(basedir, existing.script()) + " and " + display(basedir, file)
                    + ". Give one of them the next free version.");
        }
        // Flyway's own files keep their names, so the history matches what plain Flyway would write
        String flywayName = parsed.golang() ? ScriptNames.flywayName(ScriptNames.Kind.UP, parsed.version(), parsed.description())
                : file.getFileName().toString();
        ups.put(parsed.migrationVersion(), new VersionedMigration(parsed.version(), parsed.description(), file,
                flywayName, null, null));
    }

    static VersionedMigration withMarker(VersionedMigration m, Set<String> irreversibleVersions,
                                                 java.nio.charset.Charset encoding) {
        Matcher marker = IRREVERSIBLE.matcher(read(m.script(), encoding));
        if (marker.find()) {
            String reason = marker.group(1).strip();
            return m.withIrreversible(reason.isEmpty() ? "marked irreversible in the script" : reason);
        }
        if (irreversibleVersions.contains(m.version())) {
            return m.withIrreversible("listed in schema.migrations.irreversible");
        }
        return m;
    }

    private static List<Path> files(Path basedir, List<Path> dirs, boolean followSymlinks) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            files.addAll(dev.schemagate.core.ModuleFiles.walk(basedir, dir, followSymlinks));
        }
        return files;
    }

    /** A script's text in the project's encoding (schema.migrations.encoding or Flyway's encoding). */
    static String read(Path file, java.nio.charset.Charset encoding) {
        return dev.schemagate.core.lint.ScriptText.read(file, encoding, file.toString());
    }

    /** Flyway would skip the file: a WARNING, or an ERROR when the project validates migration names. */
    private static Finding ignored(SeverityPolicy policy, FlywayConventions conventions, Path basedir, Path file,
                                   String why) {
        Rule rule = Rule.MIGRATION_FILE_IGNORED;
        dev.schemagate.core.rules.Severity severity = conventions.validateMigrationNaming()
                ? dev.schemagate.core.rules.Severity.ERROR : policy.severityOf(rule);
        String shown = display(basedir, file);
        return Finding.of(rule, severity, shown + " is never applied: it " + why + "."
                + (conventions.validateMigrationNaming() ? "" : " Set " + dev.schemagate.core.SchemaProperties
                .MIGRATIONS_VALIDATE_NAMING + "=true (or Flyway's validateMigrationNaming) to fail on such files."),
                Location.ofMigration(shown, null, null), Map.of("file", file.getFileName().toString()));
    }

    private static Finding finding(SeverityPolicy policy, Rule rule, Path basedir, Path file, String version, String message) {
        return Finding.of(rule, policy.severityOf(rule), message, Location.ofMigration(display(basedir, file), version, null), null);
    }

    static String display(Path basedir, Path file) {
        return MigrationLocations.display(basedir, file);
    }
}
