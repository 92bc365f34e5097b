package dev.schemagate.core.migration;

import java.util.Locale;

/**
 * How the round trip reads the catalog and the table data after each step (schema.migrations.snapshot).
 * {@code INCREMENTAL} reads only what the step touched ({@link ChangeTracker}) and gives the same findings as
 * {@code FULL}, which reads everything every time.
 */
public enum SnapshotMode {
    FULL, INCREMENTAL;

    /** full or incremental (any case); a clear error naming the property otherwise. */
    public static SnapshotMode parse(String value) {
        String v = value == null ? "" : value.trim().toLowerCase(Locale.ROOT);
        return switch (v) {
            case "", "incremental" -> INCREMENTAL;
            case "full" -> FULL;
            default -> throw new dev.schemagate.core.ConfigurationException(
                    dev.schemagate.core.SchemaProperties.MIGRATIONS_SNAPSHOT + " is '" + value
                            + "'. Use incremental (the default: read only what each step touched) or full"
                            + " (read the whole catalog and every table after each step).");
        };
    }

    public String property() {
        return name().toLowerCase(Locale.ROOT);
    }
}
