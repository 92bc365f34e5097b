package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Location;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.SeverityPolicy;
import org.flywaydb.core.api.MigrationVersion;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;

/**
 * Finds the versions of a goose, dbmate or diesel project and hands each section to Flyway as a
 * script of its own ({@link SectionFiles}); the findings show the user's files and lines.
 */
final class LayoutDiscovery {
    private LayoutDiscovery() {
    }

    static ScriptDiscovery.Discovery discover(MigrationSettings settings, List<Path> dirs, MigrationLayout layout,
                                              SeverityPolicy policy) {
        Path basedir = settings.basedir();
        FlywayConventions conventions = settings.flyway();
        Charset encoding = conventions.encoding();
        SectionFiles sections = SectionFiles.create(encoding);
        Map<MigrationVersion, VersionedMigration> found = new TreeMap<>();
        List<Finding> findings = new ArrayList<>();
        Set<Path> unreadable = new HashSet<>();
        for (Path dir : dirs) {
            for (Path file : dev.schemagate.core.ModuleFiles.walk(basedir, dir, settings.followSymlinks())) {
                Version v = layout == MigrationLayout.DIESEL ? diesel(dir, file) : oneFile(file);
                if (v == null) {
                    ignored(layout, dir, file).ifPresent(why -> findings.add(Finding.of(Rule.MIGRATION_FILE_IGNORED,
                            policy.severityOf(Rule.MIGRATION_FILE_IGNORED), display(basedir, file) + " is never applied: it "
                                    + why + ".", Location.ofMigration(display(basedir, file), null, null),
                            Map.of("file", file.getFileName().toString()))));
                    continue;
                }
                VersionedMigration existing = found.get(MigrationVersion.fromVersion(v.version()));
                if (existing != null) {
                    throw new ConfigurationException("Two migrations have version " + v.version() + ": "
                            + display(basedir, existing.script()) + " and " + display(basedir, file)
                            + ". Give one of them the next free version.");
                }
                String shown = display(basedir, file);
                var problem = dev.schemagate.core.lint.ScriptText.problem(file, encoding, shown);
                String flywayName = ScriptNames.flywayName(ScriptNames.Kind.UP, v.version(), v.description());
                VersionedMigration m;
                if (problem.isPresent()) {
                    unreadable.add(file);
                    findings.add(Finding.of(Rule.MIGRATION_FILE_UNREADABLE, policy.severityOf(Rule.MIGRATION_FILE_UNREADABLE),
                            problem.get() + ". The script is not run.", Location.ofMigration(shown, v.version(),
                                    dev.schemagate.core.TextFiles.line(file, encoding)),
                            Map.of("encoding", encoding.name())));
                    m = new VersionedMigration(v.version(), v.description(), file, flywayName, null, null);
                } else {
                    m = sectioned(layout, sections, file, shown, v, flywayName, encoding);
                }
                found.put(MigrationVersion.fromVersion(v.version()), m);
            }
        }
        if (found.isEmpty()) {
            throw new ConfigurationException("No " + layout.label() + " migrations found in "
                    + dirs.stream().map(d -> display(basedir, d)).toList() + ": " + expected(layout) + ". Add one, point "
                    + MigrationLocations.PROPERTY + " at the folder that holds them, or set "
                    + dev.schemagate.core.SchemaProperties.MIGRATIONS_LAYOUT + " to the layout they use (auto detects it).");
        }
        List<VersionedMigration> migrations = found.values().stream()
                .map(m -> unreadable.contains(m.script()) ? m : ScriptDiscovery.withMarker(m, settings.irreversible(), encoding))
                .toList();
        return new ScriptDiscovery.Discovery(migrations, List.of(), findings, List.of(), Set.copyOf(unreadable));
    }

    /** A version as its file or folder names it. */
    private record Version(String version, String description) {
    }

    private static VersionedMigration sectioned(MigrationLayout layout, SectionFiles sections, Path file, String shown,
                                                Version v, String flywayName, Charset encoding) {
        String stem = v.version() + "_" + v.description().replace(' ', '_');
        if (layout == MigrationLayout.DIESEL) {
            Path folder = file.getParent();
            boolean transaction = dieselTransaction(folder, encoding);
            Path up = sections.write(file, stem + ".up.sql", ScriptDiscovery.read(file, encoding), transaction);
            Path downFile = folder.resolve("down.sql");
            String downText = Files.isRegularFile(downFile) ? ScriptDiscovery.read(downFile, encoding) : "";
            Path down = sections.write(downFile, stem + ".down.sql", downText, transaction);
            return new VersionedMigration(v.version(), v.description(), up, flywayName, down, null);
        }
        String text = ScriptDiscovery.read(file, encoding);
        MarkedSections split = layout == MigrationLayout.GOOSE ? MarkedSections.goose(shown, text)
                : MarkedSections.dbmate(shown, text);
        Path up = sections.write(file, stem + ".up.sql", split.up(), split.upInTransaction());
        Path down = sections.write(file, stem + ".down.sql", split.down(), split.downInTransaction());
        return new VersionedMigration(v.version(), v.description(), up, flywayName, down, null);
    }

    /** diesel's metadata.toml: run_in_transaction = false. */
    private static boolean dieselTransaction(Path folder, Charset encoding) {
        Path metadata = folder.resolve("metadata.toml");
        return !Files.isRegularFile(metadata) || !ScriptDiscovery.read(metadata, encoding).lines()
                .map(l -> l.replace(" ", "").toLowerCase(java.util.Locale.ROOT))
                .anyMatch(l -> l.startsWith("run_in_transaction=false"));
    }

    private static Version oneFile(Path file) {
        Matcher m = LayoutDetection.ONE_FILE.matcher(file.getFileName().toString());
        return m.matches() ? new Version(ScriptNames.normalize(m.group(1)), m.group(2).replace('_', ' ')) : null;
    }

    /** up.sql in a version folder (2024-01-01-120000_create_users, 00000000000000_diesel_initial_setup). */
    private static Version diesel(Path dir, Path file) {
        Path folder = file.getParent();
        if (!file.getFileName().toString().equals("up.sql") || !dir.equals(folder.getParent())) {
            return null;
        }
        Matcher m = LayoutDetection.DIESEL_FOLDER.matcher(folder.getFileName().toString());
        return m.matches() ? new Version(ScriptNames.normalize(m.group(1).replace("-", "")), m.group(2).replace('_', ' '))
                : null;
    }

    /** Why a .sql file is not a migration of the layout; empty for down.sql and files that are not SQL. */
    private static java.util.Optional<String> ignored(MigrationLayout layout, Path dir, Path file) {
        String name = file.getFileName().toString();
        if (!name.toLowerCase(java.util.Locale.ROOT).endsWith(".sql")) {
            return java.util.Optional.empty();
        }
        if (layout == MigrationLayout.DIESEL) {
            Path folder = file.getParent();
            if (name.equals("down.sql") && Files.isRegularFile(folder.resolve("up.sql"))) {
                return java.util.Optional.empty();
            }
            return java.util.Optional.of("is not the up.sql or down.sql of a version folder directly in "
                    + dir.getFileName() + " (2024-01-01-120000_name/up.sql); move it there or out of the migration folder");
        }
        return java.util.Optional.of("is not named like a " + layout.label() + " migration (" + expected(layout)
                + "); rename it, or move it out of the migration folder");
    }

    private static String expected(MigrationLayout layout) {
        return switch (layout) {
            case GOOSE -> "<version>_<name>.sql with '-- +goose Up' and '-- +goose Down' sections";
            case DBMATE -> "<version>_<name>.sql with '-- migrate:up' and '-- migrate:down' sections";
            default -> "a folder <version>_<name> holding up.sql and down.sql";
        };
    }

    private static String display(Path basedir, Path file) {
        return MigrationLocations.display(basedir, file);
    }
}
