package dev.schemagate.core;

import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.rules.SeverityPolicy;

import java.nio.file.Path;

/**
 * Everything schema:verify needs.
 *
 * @param outputDir where report files go (target/schemagate)
 */
public record VerifyOptions(DatabaseSettings database, MigrationSettings migrations, SeverityPolicy severities,
                            Path outputDir) {
}
