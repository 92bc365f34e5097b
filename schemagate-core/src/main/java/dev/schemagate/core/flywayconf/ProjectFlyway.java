package dev.schemagate.core.flywayconf;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.migration.FlywayConventions;
import dev.schemagate.core.migration.MigrationSettings;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads the project's Flyway settings where the project keeps them, in Flyway's order of
 * precedence (lowest first): Spring Boot's spring.flyway.*, flyway.conf, flyway.toml,
 * flyway-maven-plugin's configuration, FLYWAY_* environment variables; schema.migrations.*
 * properties the user set override all of them. Logs where each setting came from.
 */
public final class ProjectFlyway {
    /** The schema.migrations.* settings that can override a Flyway setting. */
    public enum Override { LOCATIONS, SCHEMAS, TABLE, PLACEHOLDERS, ENCODING, VALIDATE_NAMING }

    private ProjectFlyway() {
    }

    /**
     * @param explicit   the settings from schema.migrations.* (defaults where unset)
     * @param overridden which of them the user set
     */
    public static MigrationSettings apply(MigrationSettings explicit, Set<Override> overridden, FlywayInputs inputs,
                                          Log log) {
        List<FlywaySource> sources = sources(inputs);
        Map<String, String> merged = new LinkedHashMap<>();
        Map<String, String> origin = new LinkedHashMap<>();
        for (FlywaySource source : sources) {
            source.settings().forEach((k, v) -> {
                merged.put(k, v);
                origin.put(k, source.name());
            });
        }
        logOrigins(origin, overridden, log);
        List<String> locations = overridden.contains(Override.LOCATIONS) || !merged.containsKey(FlywayKeys.LOCATIONS)
                ? explicit.locations() : locations(merged.get(FlywayKeys.LOCATIONS), inputs);
        String defaultSchema = blankToNull(merged.get(FlywayKeys.DEFAULT_SCHEMA));
        List<String> schemas = overridden.contains(Override.SCHEMAS) ? explicit.schemas()
                : schemas(list(merged.get(FlywayKeys.SCHEMAS)), defaultSchema);
        String table = overridden.contains(Override.TABLE) || merged.get(FlywayKeys.TABLE) == null
                ? explicit.table() : merged.get(FlywayKeys.TABLE);
        Map<String, String> placeholders = new LinkedHashMap<>();
        merged.forEach((k, v) -> {
            if (k.startsWith(FlywayKeys.PLACEHOLDERS)) {
                placeholders.put(k.substring(FlywayKeys.PLACEHOLDERS.length()), v);
            }
        });
        placeholders.putAll(explicit.placeholders());
        FlywayConventions conventions = new FlywayConventions(merged.get(FlywayKeys.SQL_MIGRATION_PREFIX),
                merged.get(FlywayKeys.BASELINE_MIGRATION_PREFIX), merged.get(FlywayKeys.REPEATABLE_PREFIX),
                merged.get(FlywayKeys.SQL_MIGRATION_SEPARATOR), list(merged.get(FlywayKeys.SQL_MIGRATION_SUFFIXES)),
                merged.get(FlywayKeys.PLACEHOLDER_PREFIX), merged.get(FlywayKeys.PLACEHOLDER_SUFFIX),
                bool(merged, origin, FlywayKeys.PLACEHOLDER_REPLACEMENT, true), defaultSchema,
                merged.get(FlywayKeys.BASELINE_VERSION), bool(merged, origin, FlywayKeys.BASELINE_ON_MIGRATE, false),
                overridden.contains(Override.ENCODING) ? explicit.flyway().encoding() : charset(merged, origin),
                bool(merged, origin, FlywayKeys.OUT_OF_ORDER, false),
                overridden.contains(Override.VALIDATE_NAMING) ? explicit.flyway().validateMigrationNaming()
                        : bool(merged, origin, FlywayKeys.VALIDATE_MIGRATION_NAMING, false));
        return explicit.withFlyway(locations, schemas, placeholders, table, conventions);
    }

    static List<FlywaySource> sources(FlywayInputs inputs) {
        List<FlywaySource> sources = new ArrayList<>();
        SpringBootSource.read(inputs.basedir(), inputs.resourceRoots(), inputs.environment()).ifPresent(sources::add);
        sources.addAll(FlywayFileSource.read(inputs.basedir()));
        if (inputs.buildPlugin() != null && !inputs.buildPlugin().isEmpty()) {
            sources.add(inputs.buildPlugin());
        }
        EnvironmentSource.read(inputs.environment()).ifPresent(sources::add);
        return sources;
    }

    /** "Flyway settings: locations, table from application.properties (spring.flyway.*); ..." */
    private static void logOrigins(Map<String, String> origin, Set<Override> overridden, Log log) {
        if (origin.isEmpty()) {
            log.info("Flyway settings: none found in the project (spring.flyway.*, flyway.conf, flyway.toml,"
                    + " flyway-maven-plugin, FLYWAY_*); using Flyway's defaults and schema.migrations.*.");
            return;
        }
        Map<String, List<String>> bySource = new LinkedHashMap<>();
        origin.forEach((key, source) -> bySource.computeIfAbsent(source, s -> new ArrayList<>()).add(key));
        List<String> parts = new ArrayList<>();
        bySource.forEach((source, keys) -> parts.add(String.join(", ", keys.stream().sorted().toList()) + " from " + source));
        log.info("Flyway settings: " + String.join("; ", parts));
        for (Override o : overridden) {
            String key = o == Override.VALIDATE_NAMING ? FlywayKeys.VALIDATE_MIGRATION_NAMING
                    : o.name().toLowerCase(java.util.Locale.ROOT);
            boolean shadows = origin.keySet().stream().anyMatch(k -> k.equals(key)
                    || (o == Override.PLACEHOLDERS && k.startsWith(FlywayKeys.PLACEHOLDERS)));
            if (shadows) {
                log.info("Flyway settings: " + property(o) + " overrides the project's " + key
                        + (o == Override.PLACEHOLDERS ? " of the same name" : ""));
            }
        }
    }

    private static String property(Override o) {
        return switch (o) {
            case LOCATIONS -> SchemaProperties.MIGRATIONS_LOCATIONS;
            case SCHEMAS -> SchemaProperties.MIGRATIONS_SCHEMAS;
            case TABLE -> SchemaProperties.MIGRATIONS_TABLE;
            case PLACEHOLDERS -> "<migrationPlaceholders>";
            case ENCODING -> SchemaProperties.MIGRATIONS_ENCODING;
            case VALIDATE_NAMING -> SchemaProperties.MIGRATIONS_VALIDATE_NAMING;
        };
    }

    /** Flyway's locations as folders: classpath: (or no prefix) is looked up in the module's resource folders. */
    static List<String> locations(String value, FlywayInputs inputs) {
        List<String> out = new ArrayList<>();
        for (String location : list(value)) {
            if (location.startsWith("filesystem:")) {
                out.add(location);
                continue;
            }
            String path = location.replaceFirst("^classpath\\*?:", "").replaceFirst("^/+", "");
            Path found = inputs.resourceRoots().stream().map(r -> r.resolve(path)).filter(Files::isDirectory)
                    .findFirst().orElse(inputs.resourceRoots().get(0).resolve(path));
            out.add("filesystem:" + found);
        }
        return out;
    }

    private static List<String> schemas(List<String> schemas, String defaultSchema) {
        Set<String> ordered = new LinkedHashSet<>();
        if (defaultSchema != null) {
            ordered.add(defaultSchema);
        }
        ordered.addAll(schemas);
        return List.copyOf(ordered);
    }

    static List<String> list(String value) {
        return value == null ? List.of()
                : Arrays.stream(value.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    private static boolean bool(Map<String, String> merged, Map<String, String> origin, String key, boolean fallback) {
        String value = blankToNull(merged.get(key));
        if (value == null) {
            return fallback;
        }
        if (!value.equalsIgnoreCase("true") && !value.equalsIgnoreCase("false")) {
            throw new ConfigurationException("Flyway setting " + key + " in " + origin.get(key) + " is '" + value
                    + "', not true or false. Fix it there.");
        }
        return Boolean.parseBoolean(value);
    }

    private static Charset charset(Map<String, String> merged, Map<String, String> origin) {
        String value = blankToNull(merged.get(FlywayKeys.ENCODING));
        if (value == null) {
            return null;
        }
        try {
            return Charset.forName(value);
        } catch (IllegalArgumentException e) {
            throw new ConfigurationException("Flyway setting encoding in " + origin.get(FlywayKeys.ENCODING) + " is '"
                    + value + "', which Java does not know. Use a charset name such as UTF-8 or ISO-8859-1.", e);
        }
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
