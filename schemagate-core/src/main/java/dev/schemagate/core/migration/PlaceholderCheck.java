package dev.schemagate.core.migration;

import dev.schemagate.core.rules.Rule;

import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Placeholders a script uses that no configuration defines. Flyway would stop on the first one
 * with an exception; here each one is a finding with its file and line, found before anything runs.
 */
final class PlaceholderCheck {
    private PlaceholderCheck() {
    }

    /** Adds a finding per undefined placeholder; returns whether the script is free of them. */
    static boolean check(Path script, String version, MigrationSettings settings, MigrationFindings findings) {
        FlywayConventions c = settings.flyway();
        if (!c.placeholderReplacement()) {
            return true;
        }
        // Flyway matches placeholder names case-insensitively
        Set<String> defined = settings.placeholders().keySet().stream().map(k -> k.toLowerCase(Locale.ROOT))
                .collect(Collectors.toSet());
        Pattern use = Pattern.compile(Pattern.quote(c.placeholderPrefix()) + "([^\\r\\n]*?)"
                + Pattern.quote(c.placeholderSuffix()));
        List<String> lines = ScriptDiscovery.read(script, c.encoding()).lines().toList();
        Set<String> reported = new LinkedHashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            Matcher m = use.matcher(lines.get(i));
            while (m.find()) {
                String name = m.group(1);
                if (name.toLowerCase(Locale.ROOT).startsWith("flyway:") || defined.contains(name.toLowerCase(Locale.ROOT))
                        || !reported.add(name)) {
                    continue;
                }
                String file = findings.display(script);
                findings.addAt(Rule.MIGRATION_PLACEHOLDER_UNDEFINED, script, i + 1, version, file + ":" + (i + 1)
                        + ": the placeholder " + m.group() + " has no value, so Flyway would refuse to run the script."
                        + " Define it where the project keeps its Flyway settings: spring.flyway.placeholders." + name
                        + " (application.properties), flyway.placeholders." + name + " (flyway.conf), <placeholders><"
                        + name + ">…</" + name + "></placeholders> of flyway-maven-plugin, FLYWAY_PLACEHOLDERS_"
                        + name.toUpperCase(Locale.ROOT) + ", or <migrationPlaceholders><" + name + ">…</" + name
                        + "></migrationPlaceholders> of schema-maven-plugin.", Map.of("placeholder", name));
            }
        }
        return reported.isEmpty();
    }
}
