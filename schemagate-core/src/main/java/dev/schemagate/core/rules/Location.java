package dev.schemagate.core.rules;

/**
 * Where a finding points. Every part is optional (null). {@code file} is relative to the
 * module's basedir with '/'; {@code pointer} is a JSON pointer for schema findings and an object
 * path for database findings; {@code version} is the Flyway version string.
 */
public record Location(String file, Integer line, Integer column, String pointer,
                       String baselinePointer, String version) {

    public static Location ofMigration(String file, String version, Integer line) {
        return new Location(file, line, null, null, null, version);
    }

    /** "file:line" or "file", for messages. */
    public String fileAndLine() {
        if (file == null) {
            return version == null ? "" : "V" + version;
        }
        return line == null ? file : file + ":" + line;
    }
}
