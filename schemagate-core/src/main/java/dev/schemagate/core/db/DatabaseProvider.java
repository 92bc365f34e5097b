package dev.schemagate.core.db;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.ConfigurationException;

import java.util.Locale;

/** Where the throwaway PostgreSQL comes from (schema.db.provider). */
public enum DatabaseProvider {
    /** Real PostgreSQL binaries from Maven Central, run as a local process. No Docker needed. */
    EMBEDDED,
    /** A container started through Testcontainers (needs a Docker engine). */
    TESTCONTAINERS,
    /** A server someone else runs (GitLab services:); we only use a scratch database in it. */
    EXTERNAL;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static DatabaseProvider parse(String value) {
        for (DatabaseProvider p : values()) {
            if (p.id().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return p;
            }
        }
        throw new ConfigurationException(SchemaProperties.DB_PROVIDER + ": '" + value
                + "' is not a provider. Use embedded (default), testcontainers or external.");
    }
}
