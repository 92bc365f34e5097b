package dev.schemagate.core.db;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;

import java.util.Locale;

/** Who migrations run as (schema.db.privileges). */
public enum Privileges {
    /**
     * A role that owns the scratch database and holds CREATE on it, but is no superuser: what the admin role of
     * Amazon RDS, Azure Database for PostgreSQL or Google Cloud SQL may do. The default.
     */
    MANAGED,
    /** The server's superuser, as a self-hosted PostgreSQL allows. */
    SUPERUSER;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Privileges parse(String value) {
        for (Privileges p : values()) {
            if (p.id().equalsIgnoreCase(value == null ? "" : value.trim())) {
                return p;
            }
        }
        throw new ConfigurationException(SchemaProperties.DB_PRIVILEGES + ": '" + value
                + "' is not a choice. Use managed (default: migrations run without superuser, as on Amazon RDS, Azure"
                + " and Google Cloud SQL) or superuser (a self-hosted server where migrations run as postgres).");
    }
}
