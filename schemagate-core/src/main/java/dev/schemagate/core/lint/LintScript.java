package dev.schemagate.core.lint;

import java.nio.file.Path;
import java.util.Map;

/**
 * A V script to lint.
 *
 * @param file          the script
 * @param display       its path as reports show it
 * @param version       its Flyway version
 * @param placeholders  Flyway placeholders (${name})
 * @param defaultSchema the schema unqualified names resolve to
 */
public record LintScript(Path file, String display, String version, Map<String, String> placeholders,
                         String defaultSchema) {
    public LintScript {
        placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
        defaultSchema = defaultSchema == null ? "public" : defaultSchema;
    }

    public String label() {
        return "V" + version;
    }
}
