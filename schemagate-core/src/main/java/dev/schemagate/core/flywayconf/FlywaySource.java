package dev.schemagate.core.flywayconf;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One place a project keeps Flyway settings, with what it sets under Flyway's names (lists
 * comma-separated, placeholders as placeholders.&lt;name&gt;).
 *
 * @param name where it is, for the log: "src/main/resources/application.properties (spring.flyway.*)"
 */
public record FlywaySource(String name, Map<String, String> settings) {
    public FlywaySource {
        settings = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** Keeps only the settings this tool reads, under Flyway's names; a later spelling of one wins. */
    public static FlywaySource of(String name, Map<String, String> raw) {
        Map<String, String> settings = new LinkedHashMap<>();
        raw.forEach((key, value) -> FlywayKeys.canonical(key).ifPresent(k -> settings.put(k, value == null ? "" : value.trim())));
        return new FlywaySource(name, settings);
    }

    public boolean isEmpty() {
        return settings.isEmpty();
    }
}
