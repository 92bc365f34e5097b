package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How the migration folders are laid out (schema.migrations.layout): Flyway's names, golang-migrate's
 * up/down pairs, goose or dbmate sections in one file, or diesel's folder per version.
 */
public enum MigrationLayout {
    /** Detected from the files: Flyway names, then diesel folders, then goose/dbmate markers, then up/down pairs. */
    AUTO,
    /** V1__x.sql, U1__x.sql, B1__x.sql, R__x.sql (golang-migrate pairs beside them are read too, as before). */
    FLYWAY,
    /** golang-migrate, sqlx, pop: 1_x.up.sql and 1_x.down.sql. */
    UPDOWN,
    /** goose: 20240101120000_x.sql with -- +goose Up / -- +goose Down sections. */
    GOOSE,
    /** dbmate: 20240101120000_x.sql with -- migrate:up / -- migrate:down sections. */
    DBMATE,
    /** diesel: a folder 2024-01-01-120000_x holding up.sql and down.sql. */
    DIESEL;

    /** The value as users write it: goose, dbmate, ... */
    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** Whether Flyway-style names are parsed (today's discovery), as opposed to sections written for Flyway. */
    boolean byName() {
        return this == FLYWAY || this == UPDOWN;
    }

    /** schema.migrations.layout; blank is auto. */
    public static MigrationLayout parse(String value) {
        if (value == null || value.isBlank()) {
            return AUTO;
        }
        for (MigrationLayout layout : values()) {
            if (layout.label().equals(value.trim().toLowerCase(Locale.ROOT))) {
                return layout;
            }
        }
        throw new ConfigurationException(SchemaProperties.MIGRATIONS_LAYOUT + " is '" + value + "', which is not a layout."
                + " Use one of " + Arrays.stream(values()).map(MigrationLayout::label).collect(Collectors.joining(", "))
                + " (auto detects it from the files), for example -D" + SchemaProperties.MIGRATIONS_LAYOUT + "=goose.");
    }
}
