package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.api.MigrationVersion;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds every versioned migration with its undo script in the migration folders, and reports
 * undo scripts that belong to no migration or compete for one.
 */
final class ScriptDiscovery {
    private static final Pattern IRREVERSIBLE = Pattern.compile("(?m)^\\s*--\\s*schemagate:irreversible\\b[ \\t]*(.*)$");

    /** @param baselines Flyway baseline migrations (B scripts), in version order */
    record Discovery(List<VersionedMigration> migrations, List<Path> repeatables, List<Finding> findings,
                     List<VersionedMigration> baselines) {
        Discovery(List<VersionedMigration> migrations, List<Path> repeatables, List<Finding> findings) {
            this(migrations, repeatables, findings, List.of());
        }
    }

    private ScriptDiscovery() {
    }

    static Discovery discover(Path basedir, List<Path> dirs, Set<String> irreversibleVersions, SeverityPolicy policy) {
        return discover(basedir, dirs, irreversibleVersions, policy, FlywayConventions.defaults());
    }

    /** With the project's Flyway naming: files Flyway would not pick up (another suffix) are not seen. */
    static Discovery discover(Path basedir, List<Path> dirs, Set<String> irreversibleVersions, SeverityPolicy policy,
                              FlywayConventions conventions) {
        Map<MigrationVersion, VersionedMigration> ups = new TreeMap<>();
        Map<MigrationVersion, VersionedMigration> baselines = new TreeMap<>();
        Map<MigrationVersion, List<Path>> undos = new TreeMap<>();
        List<Path> repeatables = new ArrayList<>();
        for (Path file : files(dirs)) {
            ScriptNames.parse(file.getFileName().toString(), conventions).ifPresent(parsed -> {
                switch (parsed.kind()) {
                    case REPEATABLE -> repeatables.add(file);
                    case UNDO -> undos.computeIfAbsent(parsed.migrationVersion(), v -> new ArrayList<>()).add(file);
                    case UP -> addUp(basedir, ups, parsed, file);
                    case BASELINE -> addUp(basedir, baselines, parsed, file);
                }
            });
        }
        List<Finding> findings = new ArrayList<>();
        Map<String, VersionedMigration> result = new LinkedHashMap<>();
        for (VersionedMigration m : ups.values()) {
            result.put(m.version(), withMarker(m, irreversibleVersions));
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
                List.copyOf(baselines.values()));
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

    private static VersionedMigration withMarker(VersionedMigration m, Set<String> irreversibleVersions) {
        Matcher marker = IRREVERSIBLE.matcher(read(m.script()));
        if (marker.find()) {
            String reason = marker.group(1).strip();
            return m.withIrreversible(reason.isEmpty() ? "marked irreversible in the script" : reason);
        }
        if (irreversibleVersions.contains(m.version())) {
            return m.withIrreversible("listed in schema.migrations.irreversible");
        }
        return m;
    }

    private static List<Path> files(List<Path> dirs) {
        List<Path> files = new ArrayList<>();
        for (Path dir : dirs) {
            try (Stream<Path> walk = Files.walk(dir)) {
                walk.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).forEach(files::add);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + dir, e);
            }
        }
        return files;
    }

    static String read(Path file) {
        return dev.schemagate.core.lint.ScriptText.read(file, java.nio.charset.StandardCharsets.UTF_8, file.toString());
    }

    private static Finding finding(SeverityPolicy policy, Rule rule, Path basedir, Path file, String version, String message) {
        return Finding.of(rule, policy.severityOf(rule), message, Location.ofMigration(display(basedir, file), version, null), null);
    }

    static String display(Path basedir, Path file) {
        return MigrationLocations.display(basedir, file);
    }
}
