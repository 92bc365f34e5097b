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
 * @param encoding      how the script is encoded (schema.migrations.encoding)
 */
public record LintScript(Path file, String display, String version, Map<String, String> placeholders,
                         String defaultSchema, java.nio.charset.Charset encoding) {
    public LintScript {
        placeholders = placeholders == null ? Map.of() : Map.copyOf(placeholders);
        defaultSchema = defaultSchema == null ? "public" : defaultSchema;
        encoding = encoding == null ? java.nio.charset.StandardCharsets.UTF_8 : encoding;
    }

    /** A UTF-8 script. */
    public LintScript(Path file, String display, String version, Map<String, String> placeholders, String defaultSchema) {
        this(file, display, version, placeholders, defaultSchema, null);
    }

    public String label() {
        return "V" + version;
    }
}
