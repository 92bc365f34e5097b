package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Tells the layout of the migration folders from their files, in this order: Flyway names, diesel
 * folders, goose or dbmate markers inside {@code <version>_<name>.sql}, golang-migrate's up/down pairs.
 * Two layouts in the folders are an error (Flyway names beside up/down pairs are read together, as before).
 */
final class LayoutDetection {
    static final Pattern DIESEL_FOLDER = Pattern.compile("^([0-9][0-9-]*)_(.+)$");
    static final Pattern ONE_FILE = Pattern.compile("^([0-9]+)_(.+)\\.sql$");

    /** The layout and the file it was told from ("-- +goose Up in 20240101120000_create_users.sql"). */
    record Detected(MigrationLayout layout, String evidence) {
        String logLine(boolean detected) {
            return "migrations layout: " + layout.label() + " (" + (detected ? "detected from " + evidence
                    : "set by " + SchemaProperties.MIGRATIONS_LAYOUT) + ")";
        }
    }

    private LayoutDetection() {
    }

    static Detected detect(Path basedir, List<Path> dirs, FlywayConventions conventions, boolean followSymlinks) {
        Map<MigrationLayout, String> evidence = new EnumMap<>(MigrationLayout.class);
        Map<MigrationLayout, Path> where = new EnumMap<>(MigrationLayout.class);
        for (Path dir : dirs) {
            for (Path file : dev.schemagate.core.ModuleFiles.walk(basedir, dir, followSymlinks)) {
                MigrationLayout layout = layoutOf(dir, file, conventions);
                if (layout != null && !evidence.containsKey(layout)) {
                    evidence.put(layout, clue(layout, dir, file));
                    where.put(layout, dir);
                }
            }
        }
        if (evidence.containsKey(MigrationLayout.FLYWAY)) {
            evidence.remove(MigrationLayout.UPDOWN);
        }
        if (evidence.isEmpty()) {
            throw new ConfigurationException("No migrations found in " + shown(basedir, dirs) + ", so their layout cannot"
                    + " be detected. Looked for Flyway names (" + conventions.sqlMigrationPrefix() + "1" + conventions.separator()
                    + "init.sql), diesel folders (2024-01-01-120000_init/up.sql), goose (-- +goose Up) and dbmate"
                    + " (-- migrate:up) markers in <version>_<name>.sql, and golang-migrate's <version>_<name>.up.sql."
                    + " Add a migration, point " + MigrationLocations.PROPERTY + " at the folder that holds them,"
                    + " or set " + SchemaProperties.MIGRATIONS_LAYOUT + ".");
        }
        if (evidence.size() > 1) {
            List<String> found = new ArrayList<>();
            evidence.forEach((layout, clue) -> found.add(layout.label() + " (" + clue + " in "
                    + MigrationLocations.display(basedir, where.get(layout)) + ")"));
            throw new ConfigurationException("Mixed migration layouts in " + shown(basedir, dirs) + ": "
                    + String.join(", ", found) + ". One tool applies these migrations: convert or move the others,"
                    + " or point " + MigrationLocations.PROPERTY + " at the folder of one layout.");
        }
        var only = evidence.entrySet().iterator().next();
        return new Detected(only.getKey(), only.getValue());
    }

    private static MigrationLayout layoutOf(Path dir, Path file, FlywayConventions conventions) {
        String name = file.getFileName().toString();
        var parsed = ScriptNames.parse(name, conventions);
        if (parsed.isPresent()) {
            return parsed.get().golang() ? MigrationLayout.UPDOWN : MigrationLayout.FLYWAY;
        }
        Path parent = file.getParent();
        if (name.equals("up.sql") && dir.equals(parent.getParent())
                && DIESEL_FOLDER.matcher(parent.getFileName().toString()).matches()) {
            return MigrationLayout.DIESEL;
        }
        if (ONE_FILE.matcher(name).matches()) {
            String text = text(file, conventions);
            if (MarkedSections.hasGooseUp(text)) {
                return MigrationLayout.GOOSE;
            }
            if (MarkedSections.hasDbmateUp(text)) {
                return MigrationLayout.DBMATE;
            }
        }
        return null;
    }

    private static String clue(MigrationLayout layout, Path dir, Path file) {
        String name = file.getFileName().toString();
        return switch (layout) {
            case GOOSE -> "-- +goose Up in " + name;
            case DBMATE -> "-- migrate:up in " + name;
            case DIESEL -> "folder " + file.getParent().getFileName() + "/up.sql";
            default -> "file name " + name;
        };
    }

    /** The text as far as it decodes (an undecodable file is reported later, as migration.file.unreadable). */
    private static String text(Path file, FlywayConventions conventions) {
        try {
            return new String(Files.readAllBytes(file), conventions.encoding());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }

    private static List<String> shown(Path basedir, List<Path> dirs) {
        return dirs.stream().map(d -> MigrationLocations.display(basedir, d)).toList();
    }
}
