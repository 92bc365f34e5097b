package dev.schemagate.core.flywayconf;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** FLYWAY_* environment variables, as Flyway reads them (FLYWAY_PLACEHOLDERS_NAME is placeholder "name"). */
final class EnvironmentSource {
    private static final String PREFIX = "FLYWAY_";
    private static final String PLACEHOLDERS = "FLYWAY_PLACEHOLDERS_";

    private EnvironmentSource() {
    }

    static Optional<FlywaySource> read(Map<String, String> environment) {
        Map<String, String> raw = new LinkedHashMap<>();
        new TreeMap<>(environment).forEach((name, value) -> {
            if (name.startsWith(PLACEHOLDERS) && name.length() > PLACEHOLDERS.length()) {
                raw.put("placeholders." + name.substring(PLACEHOLDERS.length()).toLowerCase(Locale.ROOT), value);
            } else if (name.startsWith(PREFIX)) {
                raw.put(name.substring(PREFIX.length()), value);
            }
        });
        FlywaySource source = FlywaySource.of("the environment (FLYWAY_*)", raw);
        return source.isEmpty() ? Optional.empty() : Optional.of(source);
    }
}
