package dev.schemagate.core.lint;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.TextFiles;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.Optional;

/** Reads a migration script in its encoding; a byte that does not decode is named by line and offset. */
public final class ScriptText {
    private ScriptText() {
    }

    public static String read(Path file, Charset encoding, String display) {
        return TextFiles.read(file, encoding, display, fix(encoding) + " (migration.file.unreadable)");
    }

    /** "V9__x.sql:2: byte 31 (0xE9) is not valid UTF-8. Convert ...", or empty. */
    public static Optional<String> problem(Path file, Charset encoding, String display) {
        return TextFiles.problem(file, encoding, display).map(p -> p + ". " + fix(encoding));
    }

    static String decode(byte[] bytes, Charset encoding, String display) {
        return TextFiles.decode(bytes, encoding).orElseThrow(() -> new dev.schemagate.core.ConfigurationException(
                TextFiles.problem(bytes, encoding, display).orElse(display) + ". " + fix(encoding)
                        + " (migration.file.unreadable)"));
    }

    /** What to do about a script that is not text in its encoding. */
    static String fix(Charset encoding) {
        String other = encoding.name().equalsIgnoreCase("UTF-8") ? "ISO-8859-1" : "UTF-8";
        return "Convert the file to " + encoding.name() + " (for example: iconv -f " + other + " -t " + encoding.name()
                + "), or set " + SchemaProperties.MIGRATIONS_ENCODING + " (or Flyway's encoding) to the encoding it is"
                + " written in: -D" + SchemaProperties.MIGRATIONS_ENCODING + "=" + other;
    }
}
