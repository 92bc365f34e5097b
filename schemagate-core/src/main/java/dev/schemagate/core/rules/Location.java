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

    /** A place in a schema document: the pointer in the new file and the one in the baseline's copy. */
    public static Location ofSchema(String file, String pointer, String baselinePointer) {
        return new Location(file, null, null, pointer, baselinePointer, null);
    }

    /** A place in a file (a spec, a schema that does not parse): line and column where known (null otherwise), pointer and baseline pointer. */
    public static Location inFile(String file, Integer line, Integer column, String pointer, String baselinePointer) {
        return new Location(file, line, column, pointer, baselinePointer, null);
    }

    /** Something only the baseline has (a removed file): its root in the baseline, nothing in the new tree. */
    public static Location ofRemoved(String file) {
        return new Location(file, null, null, null, "", null);
    }

    /** "file:line" or "file", for messages. */
    public String fileAndLine() {
        if (file == null) {
            return version == null ? "" : "V" + version;
        }
        return line == null ? file : file + ":" + line;
    }
}
