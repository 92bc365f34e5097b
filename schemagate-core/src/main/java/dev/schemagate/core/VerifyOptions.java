package dev.schemagate.core;

import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.lint.LintSettings;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.openapi.client.ClientSettings;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.rules.SeverityPolicy;

import java.nio.file.Path;
import java.util.Map;

/**
 * Everything schema:verify needs.
 *
 * @param outputDir   where report files go (target/schemagate)
 * @param baseline    schema.baseline (null: GitLab's MR target branch, else the newest tag, else none)
 * @param environment the process environment (GitLab's CI variables); a parameter so tests can set it
 * @param compat      the JSON Schema checks to run too (null: none); skipped with one INFO line when the
 *                    schemas folder does not exist
 * @param lint        whether new migrations are linted in the same pass (null: not), and whether they are
 *                    round-tripped too
 * @param api         the OpenAPI breaking-change checks to run too (null: none); skipped with one INFO line
 *                    when the spec folder does not exist
 * @param client      the OpenAPI client whose committed folder is checked for drift (null: none)
 */
public record VerifyOptions(DatabaseSettings database, MigrationSettings migrations, SeverityPolicy severities,
                            Path outputDir, String baseline, Map<String, String> environment, CompatSettings compat,
                            LintSettings lint, ApiCompatSettings api, ClientSettings client) {
    public VerifyOptions {
        environment = environment == null ? Map.of() : Map.copyOf(environment);
        lint = lint == null ? LintSettings.off() : lint;
    }

    /** Without the OpenAPI checks. */
    public VerifyOptions(DatabaseSettings database, MigrationSettings migrations, SeverityPolicy severities,
                         Path outputDir, String baseline, Map<String, String> environment, CompatSettings compat,
                         LintSettings lint) {
        this(database, migrations, severities, outputDir, baseline, environment, compat, lint, null, null);
    }

    /** Without lint and the OpenAPI checks. */
    public VerifyOptions(DatabaseSettings database, MigrationSettings migrations, SeverityPolicy severities,
                         Path outputDir, String baseline, Map<String, String> environment, CompatSettings compat) {
        this(database, migrations, severities, outputDir, baseline, environment, compat, null, null, null);
    }

    /** Without the JSON Schema checks (schema:migrations). */
    public VerifyOptions(DatabaseSettings database, MigrationSettings migrations, SeverityPolicy severities,
                         Path outputDir, String baseline, Map<String, String> environment) {
        this(database, migrations, severities, outputDir, baseline, environment, null, null, null, null);
    }
}
