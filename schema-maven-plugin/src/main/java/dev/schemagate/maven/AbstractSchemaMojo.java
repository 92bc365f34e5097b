package dev.schemagate.maven;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.VerifyOptions;
import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.lint.LintSettings;
import dev.schemagate.core.options.FrontEnd;
import dev.schemagate.core.options.Goal;
import dev.schemagate.core.options.OptionCatalog;
import dev.schemagate.core.options.SchemaGateOptions;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.report.ConsoleRenderer;
import dev.schemagate.core.report.ConsoleSummary;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Component;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Parameters every goal shares, and the one way results become Maven log lines and exceptions. */
abstract class AbstractSchemaMojo extends AbstractMojo {

    /** Skips every schemagate goal. @since 0.1.0 */
    @Parameter(property = SchemaProperties.SKIP, defaultValue = "false")
    boolean skip;

    /** Findings at or above this level (INFO, WARNING, ERROR) fail the build. @since 0.1.0 */
    @Parameter(property = SchemaProperties.FAIL_ON, defaultValue = "ERROR")
    String failOn;

    /**
     * The previous release: git:&lt;ref&gt;, dir:&lt;path&gt;, maven:&lt;groupId&gt;:&lt;artifactId&gt;:&lt;version&gt;
     * (the release's schemas zip, see schema:attach) or zip:&lt;path&gt;; a comma-separated list, newest
     * first, for the transitive compat modes. Default: the merge request's target branch in GitLab, else
     * the newest tag, else none. @since 0.1.0
     */
    @Parameter(property = SchemaProperties.BASELINE)
    String baseline;

    /**
     * Print every INFO finding in full at the end of the run (Maven's -X does too). Default false: one count
     * line per area; report.html lists them all. @since 0.5.0
     */
    @Parameter(property = SchemaProperties.VERBOSE, defaultValue = "false")
    boolean verbose;

    /** Where report.json and postgres.log are written. @since 0.1.0 */
    @Parameter(property = SchemaProperties.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/schemagate")
    File outputDirectory;

    /**
     * Per-rule severity overrides: {@code <severities><migration.apply.failed>WARNING</migration.apply.failed></severities>}.
     * Rule ids: docs/rules.md. @since 0.1.0
     */
    @Parameter
    Map<String, String> severities;

    /** Where the throwaway PostgreSQL comes from: embedded, testcontainers or external. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DB_PROVIDER, defaultValue = "embedded")
    String dbProvider;

    /**
     * Container image for the testcontainers provider; postgres-compatible images work too. Default
     * postgres:&lt;schema.db.version&gt;. @since 0.1.0
     */
    @Parameter(property = SchemaProperties.DB_IMAGE)
    String dbImage;

    /**
     * The PostgreSQL major of the throwaway server: 13, 14, 15, 16 or 17 (default), for the embedded
     * provider's binaries and testcontainers' default image. @since 0.1.0
     */
    @Parameter(property = SchemaProperties.DB_VERSION, defaultValue = "17")
    String dbVersion;

    /**
     * Who migrations, undo scripts, seeds and the lint's observed run execute as: {@code managed} (default), a
     * role that owns the database but is no superuser, as on Amazon RDS, Azure and Google Cloud SQL; or
     * {@code superuser}, for a self-hosted server where migrations run as postgres. @since 0.1.0
     */
    @Parameter(property = SchemaProperties.DB_PRIVILEGES, defaultValue = "managed")
    String dbPrivileges;

    /** JDBC URL of the server for the external provider; only a scratch database is used in it. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DB_URL)
    String dbUrl;

    /** User for the external provider. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DB_USER, defaultValue = "postgres")
    String dbUser;

    /** Environment variable holding the external provider's password (PGPASSWORD is tried next). @since 0.1.0 */
    @Parameter(property = SchemaProperties.DB_PASSWORD_ENV, defaultValue = "SCHEMAGATE_DB_PASSWORD")
    String dbPasswordEnv;

    /** A settings.xml {@code <server>} id whose username and password the external provider uses. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DB_SERVER_ID)
    String dbServerId;

    /** Where embedded PostgreSQL binaries and its initialised template are cached. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DB_CACHE_DIR, defaultValue = "${java.io.tmpdir}/schemagate-cache")
    File dbCacheDir;

    /** Seconds to wait for the database to accept connections. @since 0.1.0 */
    @Parameter(property = SchemaProperties.DB_START_TIMEOUT, defaultValue = "60")
    int dbStartTimeout;

    /** Skips the migration checks. @since 0.1.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_SKIP, defaultValue = "false")
    boolean skipMigrations;

    /**
     * Flyway locations of the migrations; filesystem paths relative to the module. Default: the project's
     * own Flyway settings (spring.flyway.*, flyway.conf, flyway.toml, flyway-maven-plugin, FLYWAY_*), else
     * filesystem:src/main/resources/db/migration. @since 0.1.0
     */
    @Parameter(property = SchemaProperties.MIGRATIONS_LOCATIONS)
    List<String> migrationLocations;

    /** Roles created NOLOGIN on the throwaway server before the first migration (GRANT ... TO app_role). @since 0.1.0 */
    @Parameter(property = SchemaProperties.DB_ROLES)
    List<String> dbRoles;

    /** Schemas Flyway manages (default: the connection's). @since 0.1.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_SCHEMAS)
    List<String> migrationSchemas;

    /** Flyway placeholders, {@code ${name}} in scripts. @since 0.1.0 */
    @Parameter
    Map<String, String> migrationPlaceholders;

    /** Flyway's history table (default flyway_schema_history). @since 0.1.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_TABLE)
    String migrationTable;

    /** Folder of seed files V&lt;version&gt;__*.sql, run right after their migration. @since 0.1.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_SEEDS, defaultValue = MigrationSettings.DEFAULT_SEEDS)
    File migrationSeeds;

    /** Versions that are applied but never rolled back, e.g. 3,7. @since 0.1.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_IRREVERSIBLE)
    List<String> migrationIrreversible;

    /**
     * Round-trip only the versions after this one; older ones are just applied, in one pass. {@code all}:
     * round-trip every version, also those the baseline has unchanged (applied plainly by default). @since 0.1.0
     */
    @Parameter(property = SchemaProperties.MIGRATIONS_FROM)
    String migrationFrom;

    /** Whether a different column order counts as a schema difference. @since 0.1.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_COLUMN_ORDER, defaultValue = "false")
    boolean migrationColumnOrder;

    /** Whether ownership and grants are compared. @since 0.1.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_COMPARE_GRANTS, defaultValue = "true")
    boolean migrationCompareGrants;

    /**
     * After the per-version pass, apply every version, run every undo newest first, compare with the state
     * before, and apply every version again (migration.chain.*). Default true. @since 0.2.0
     */
    @Parameter(property = SchemaProperties.MIGRATIONS_CHAIN, defaultValue = "true")
    boolean migrationChain;

    /** Fill new tables with generated rows; false: only seed files fill tables. Default true. @since 0.2.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_GENERATED_ROWS, defaultValue = "true")
    boolean migrationGeneratedRows;

    /** Longest one statement of an undo or chain step may run (300s, 5m, 500ms). Default 5m. @since 0.2.0 */
    @Parameter(property = SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, defaultValue = "5m")
    String migrationStatementTimeout;

    /**
     * incremental: after each step read only the objects and tables it touched (event triggers; full snapshots
     * where the connection is no superuser); full: read the whole catalog and every table. Same findings either
     * way. Default incremental. @since 0.4.0
     */
    @Parameter(property = SchemaProperties.MIGRATIONS_SNAPSHOT, defaultValue = "incremental")
    String migrationSnapshot;

    /**
     * The encoding migration scripts are read in. Default: the project's Flyway encoding, else UTF-8.
     * A byte that does not decode is migration.file.unreadable and the script is not run. @since 0.3.0
     */
    @Parameter(property = SchemaProperties.MIGRATIONS_ENCODING)
    String migrationEncoding;

    /**
     * A .sql file in a migration folder that matches no migration name is an ERROR instead of a WARNING
     * (migration.file.ignored). Default: the project's Flyway validateMigrationNaming, else false. @since 0.3.0
     */
    @Parameter(property = SchemaProperties.MIGRATIONS_VALIDATE_NAMING)
    Boolean migrationValidateNaming;

    /**
     * How the migration folders are laid out: auto, flyway, updown (golang-migrate, sqlx, pop), goose,
     * dbmate or diesel. Default auto: detected from the files and logged. @since 0.4.0
     */
    @Parameter(property = SchemaProperties.MIGRATIONS_LAYOUT, defaultValue = "auto")
    String migrationLayout;

    /**
     * Follow symbolic links in the migration, schema and spec folders whose target is outside the module.
     * Default false: such a link is refused and its target never read. @since 0.3.0
     */
    @Parameter(property = SchemaProperties.FOLLOW_SYMLINKS, defaultValue = "false")
    boolean followSymlinks;

    /** Skips the JSON Schema checks (schema:compat, and their part of schema:verify). @since 0.1.0 */
    @Parameter(property = SchemaProperties.COMPAT_SKIP, defaultValue = "false")
    boolean skipCompat;

    /** Folder of the JSON Schemas (.json, .yaml, .yml), relative to the module. @since 0.1.0 */
    @Parameter(property = SchemaProperties.COMPAT_SCHEMAS_DIR, defaultValue = CompatSettings.DEFAULT_SCHEMAS_DIR)
    File compatSchemasDir;

    /** Recorded payloads, {@code <samplesDir>/<schema file name>/*.json}, that must stay valid. @since 0.1.0 */
    @Parameter(property = SchemaProperties.COMPAT_SAMPLES_DIR, defaultValue = CompatSettings.DEFAULT_SAMPLES_DIR)
    File compatSamplesDir;

    /**
     * URL prefixes whose remote {@code $ref}s may be fetched, e.g. https://schemas.example.com/common/.
     * Default none: a remote {@code $ref} is an error and nothing is fetched. @since 0.1.0
     */
    @Parameter(property = SchemaProperties.COMPAT_REMOTE_REFS)
    List<String> compatRemoteRefs;

    /**
     * BACKWARD (default), FORWARD, FULL, NONE, or BACKWARD_TRANSITIVE, FORWARD_TRANSITIVE,
     * FULL_TRANSITIVE (against every earlier release found). @since 0.1.0
     */
    @Parameter(property = SchemaProperties.COMPAT_MODE, defaultValue = "BACKWARD")
    String compatMode;

    /** lenient (default: a property added to an open model is a WARNING) or strict (ERROR). @since 0.1.0 */
    @Parameter(property = SchemaProperties.COMPAT_POLICY, defaultValue = "lenient")
    String compatPolicy;

    /**
     * The severity of a compatibility break no witness document proves: WARNING (default) or ERROR.
     * Applies to schema:compat and to the request and response checks of schema:api-compat. @since 0.2.0
     */
    @Parameter(property = SchemaProperties.COMPAT_UNPROVEN, defaultValue = "WARNING")
    String compatUnproven;

    /** Compare {@code format} as an assertion (default false: a format change is a WARNING). @since 0.2.0 */
    @Parameter(property = SchemaProperties.COMPAT_FORMAT_ASSERTION, defaultValue = "false")
    boolean compatFormatAssertion;

    // openapi api: schema:api-compat
    /** Skips the OpenAPI checks (schema:api-compat, and their part of schema:verify). @since 0.1.0 */
    @Parameter(property = SchemaProperties.API_SKIP, defaultValue = "false")
    boolean skipApi;

    /**
     * Folder of the OpenAPI specs (.yaml, .yml, .json) and the files they $ref, relative to the module, for
     * schema:api-compat, schema:client, schema:docs, schema:gitlab-release and schema:attach. A spec is a file
     * with a top-level openapi key that no other spec $refs, in the folder or below. Default src/main/openapi.
     * @since 0.3.0
     */
    @Parameter(property = SchemaProperties.OPENAPI_SPEC_DIR)
    File openapiSpecDir;

    /** Deprecated: use schema.openapi.specDir (still read, with a warning). @since 0.1.0 */
    @Parameter(property = SchemaProperties.API_SPEC_DIR)
    File apiSpecDir;

    /** Deprecated: use schema.openapi.specDir (still read, with a warning). @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_SPEC_DIR)
    File clientSpecDir;

    /** Deprecated: use schema.openapi.specDir (still read, with a warning). @since 0.1.0 */
    @Parameter(property = SchemaProperties.DOCS_SPEC_DIR)
    File docsSpecDir;

    /** The one OpenAPI spec folder, from schema.openapi.specDir or a deprecated name (which warns). */
    java.nio.file.Path openapiSpecDir() {
        return options().openapiSpecDir();
    }

    /** {@link #openapiSpecDir()}, after refusing links out of the module in it (unless schema.followSymlinks). */
    java.nio.file.Path checkedOpenapiSpecDir() {
        return options().checkedOpenapiSpecDir();
    }

    ApiCompatSettings apiCompatSettings() {
        return options().api();
    }

    /** The OpenAPI checks schema:verify adds to its run; null (the default) for none. */
    ApiCompatSettings apiInVerify() {
        return null;
    }

    /**
     * Also create or update the merge request's schemagate note (as schema:gitlab-note does) after the
     * reports are written; never changes the verdict. Default false. @since 0.1.0
     */
    @Parameter(property = SchemaProperties.GITLAB_NOTE, defaultValue = "false")
    boolean gitlabNote;

    /** Environment variable holding the GitLab token (api scope). Default SCHEMAGATE_GITLAB_TOKEN. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_TOKEN_ENV, defaultValue = "SCHEMAGATE_GITLAB_TOKEN")
    String gitlabTokenEnv;

    /** A settings.xml {@code <server>} whose password is the GitLab token. @since 0.1.0 */
    @Parameter(property = SchemaProperties.GITLAB_SERVER_ID)
    String gitlabServerId;

    /** Skips the migration safety lint (schema:lint, and its part of schema:verify). @since 0.1.0 */
    @Parameter(property = SchemaProperties.LINT_SKIP, defaultValue = "false")
    boolean skipLint;

    // openapi client (schema:client, and its drift check in schema:verify); element names as in
    // openapi-generator-maven-plugin so a configuration moves over unchanged

    /** Skips schema:client and the client drift check. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_SKIP, defaultValue = "false")
    boolean skipClient;

    /** The spec to generate from (alias inputSpec). Default: the one spec in schema.openapi.specDir. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_SPEC, alias = "inputSpec")
    String clientSpec;

    /** Where the client goes (alias output); the generator owns this folder. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_OUTPUT, alias = "output",
            defaultValue = "${project.build.directory}/generated-sources/openapi")
    File clientOutput;

    /** schema:verify regenerates a client folder that git tracks into a temporary folder and compares (openapi.client.stale). Default true. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_CHECK, defaultValue = "true")
    boolean clientCheck;

    /** openapi-generator's generator. Default java. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_GENERATOR_NAME, defaultValue = "java")
    String generatorName;

    /** The generator's library. Default native (for java). @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_LIBRARY, defaultValue = "native")
    String library;

    /** Package of the API classes. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_API_PACKAGE)
    String apiPackage;

    /** Package of the model classes. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_MODEL_PACKAGE)
    String modelPackage;

    /** Package of the invoker (ApiClient) classes. @since 0.1.0 */
    @Parameter(property = SchemaProperties.CLIENT_INVOKER_PACKAGE)
    String invokerPackage;

    /** The generator's own options (checked against it: an unknown one fails). @since 0.1.0 */
    @Parameter
    Map<String, String> configOptions;

    /** Free-form template values, "key=value" entries as in openapi-generator-maven-plugin. @since 0.1.0 */
    @Parameter
    List<String> additionalProperties;

    /** openapi-generator's global properties (models, apis, supportingFiles, …). @since 0.1.0 */
    @Parameter
    Map<String, String> globalProperties;

    /** Generate the API test stubs. Default false. @since 0.1.0 */
    @Parameter(defaultValue = "false")
    boolean generateApiTests;

    /** Generate the model test stubs. Default false. @since 0.1.0 */
    @Parameter(defaultValue = "false")
    boolean generateModelTests;

    /** The client to generate or check; null when the module has no spec. */
    dev.schemagate.core.openapi.client.ClientSettings clientSettings() {
        return options().client();
    }

    /** The client drift check schema:verify adds to its run; null (the default) for none. */
    dev.schemagate.core.openapi.client.ClientSettings clientInVerify() {
        return null;
    }

    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    MavenProject project;

    @Parameter(defaultValue = "${settings}", readonly = true)
    Settings settings;

    @Component
    SettingsDecrypter settingsDecrypter;

    @Component
    RepositorySystem repositorySystem;

    @Parameter(defaultValue = "${repositorySystemSession}", readonly = true)
    RepositorySystemSession repositorySession;

    /**
     * A baseline spec for core: {@code maven:} entries become the resolved release's schemas zip
     * ({@code zip:<file>}); with a transitive schema.compat.mode, every earlier release is added.
     */
    String coreBaseline(String spec) {
        return options().resolveBaseline(spec);
    }

    /** The parameters as the flat schema.* map core's options read (one wiring for the plugin and the CLI). */
    Map<String, String> properties() {
        Map<String, String> p = new java.util.TreeMap<>();
        Object[] pairs = {SchemaProperties.SKIP, skip, SchemaProperties.FAIL_ON, failOn, SchemaProperties.BASELINE,
            baseline, SchemaProperties.OUTPUT_DIRECTORY, outputDirectory, SchemaProperties.VERBOSE, verbose, SchemaProperties.DB_PROVIDER, dbProvider,
            SchemaProperties.DB_IMAGE, dbImage, SchemaProperties.DB_VERSION, dbVersion, SchemaProperties.DB_PRIVILEGES,
            dbPrivileges, SchemaProperties.DB_URL, dbUrl, SchemaProperties.DB_USER, dbUser,
            SchemaProperties.DB_PASSWORD_ENV, dbPasswordEnv, SchemaProperties.DB_SERVER_ID, dbServerId,
            SchemaProperties.DB_CACHE_DIR, dbCacheDir, SchemaProperties.DB_START_TIMEOUT, dbStartTimeout,
            SchemaProperties.DB_ROLES, dbRoles, SchemaProperties.MIGRATIONS_SKIP, skipMigrations,
            SchemaProperties.MIGRATIONS_LOCATIONS, migrationLocations, SchemaProperties.MIGRATIONS_SCHEMAS,
            migrationSchemas, SchemaProperties.MIGRATIONS_TABLE, migrationTable, SchemaProperties.MIGRATIONS_SEEDS,
            migrationSeeds, SchemaProperties.MIGRATIONS_IRREVERSIBLE, migrationIrreversible,
            SchemaProperties.MIGRATIONS_FROM, migrationFrom, SchemaProperties.MIGRATIONS_COLUMN_ORDER,
            migrationColumnOrder, SchemaProperties.MIGRATIONS_COMPARE_GRANTS, migrationCompareGrants,
            SchemaProperties.MIGRATIONS_CHAIN, migrationChain, SchemaProperties.MIGRATIONS_GENERATED_ROWS,
            migrationGeneratedRows, SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, migrationStatementTimeout,
            SchemaProperties.MIGRATIONS_SNAPSHOT, migrationSnapshot,
            SchemaProperties.MIGRATIONS_ENCODING, migrationEncoding, SchemaProperties.MIGRATIONS_VALIDATE_NAMING,
            migrationValidateNaming, SchemaProperties.FOLLOW_SYMLINKS, followSymlinks, SchemaProperties.COMPAT_SKIP,
            skipCompat, SchemaProperties.COMPAT_SCHEMAS_DIR, compatSchemasDir, SchemaProperties.COMPAT_SAMPLES_DIR,
            compatSamplesDir, SchemaProperties.COMPAT_REMOTE_REFS, compatRemoteRefs, SchemaProperties.COMPAT_MODE,
            compatMode, SchemaProperties.COMPAT_POLICY, compatPolicy, SchemaProperties.COMPAT_UNPROVEN, compatUnproven,
            SchemaProperties.COMPAT_FORMAT_ASSERTION, compatFormatAssertion, SchemaProperties.API_SKIP, skipApi,
            SchemaProperties.API_SPEC_DIR, apiSpecDir, SchemaProperties.OPENAPI_SPEC_DIR, openapiSpecDir,
            SchemaProperties.DOCS_SPEC_DIR, docsSpecDir, SchemaProperties.MIGRATIONS_LAYOUT, migrationLayout,
            SchemaProperties.GITLAB_NOTE, gitlabNote,
            SchemaProperties.GITLAB_TOKEN_ENV, gitlabTokenEnv, SchemaProperties.GITLAB_SERVER_ID, gitlabServerId,
            SchemaProperties.LINT_SKIP, skipLint, SchemaProperties.CLIENT_SKIP, skipClient,
            SchemaProperties.CLIENT_SPEC, clientSpec, SchemaProperties.CLIENT_SPEC_DIR, clientSpecDir,
            SchemaProperties.CLIENT_OUTPUT, clientOutput, SchemaProperties.CLIENT_CHECK, clientCheck,
            SchemaProperties.CLIENT_GENERATOR_NAME, generatorName, SchemaProperties.CLIENT_LIBRARY, library,
            SchemaProperties.CLIENT_API_PACKAGE, apiPackage, SchemaProperties.CLIENT_MODEL_PACKAGE, modelPackage,
            SchemaProperties.CLIENT_INVOKER_PACKAGE, invokerPackage, OptionCatalog.CLIENT_ADDITIONAL_PROPERTIES,
            additionalProperties, OptionCatalog.CLIENT_GENERATE_API_TESTS, generateApiTests,
            OptionCatalog.CLIENT_GENERATE_MODEL_TESTS, generateModelTests, OptionCatalog.SEVERITIES, severities,
            OptionCatalog.MIGRATIONS_PLACEHOLDERS, migrationPlaceholders, OptionCatalog.CLIENT_CONFIG_OPTIONS,
            configOptions, OptionCatalog.CLIENT_GLOBAL_PROPERTIES, globalProperties};
        for (int i = 0; i < pairs.length; i += 2) {
            Object v = pairs[i + 1];
            String key = (String) pairs[i];
            if (v instanceof Map<?, ?> map) {
                map.forEach((k, val) -> p.put(key + "." + k, val == null ? "" : val.toString()));
            } else if (v instanceof List<?> list) {
                p.put(key, String.join(",", list.stream().map(String::valueOf).toList()));
            } else if (v != null) {
                p.put(key, v instanceof File f ? f.getAbsolutePath() : v.toString());
            }
        }
        return p;
    }

    /** The options core builds every settings record from; Maven answers what only it knows. */
    SchemaGateOptions options() {
        FrontEnd frontEnd = new FrontEnd(
                major -> MavenPostgresBinaries.resolve(major, repositorySystem, repositorySession,
                        project.getRemoteProjectRepositories(), getLog()),
                new MavenBaselines(repositorySystem, repositorySession, project.getRemoteProjectRepositories(),
                        getLog())::resolve,
                project.getBuild().getResources().stream()
                        .map(r -> project.getBasedir().toPath().resolve(r.getDirectory())).toList(),
                MavenFlywayPlugin.read(project), SettingsServer.servers(settings, settingsDecrypter));
        return SchemaGateOptions.of(properties(), System.getenv(), project.getBasedir().toPath(),
                Path.of(project.getBuild().getDirectory()), project.getVersion(), frontEnd, new MavenLog(getLog()));
    }

    /** True (and logged) when the global skip flag or the area's own is set. */
    boolean skipped(boolean areaSkip, String areaProperty) {
        if (skip || areaSkip) {
            getLog().info("Skipping: " + (skip ? SchemaProperties.SKIP : areaProperty) + " is true.");
            return true;
        }
        return false;
    }

    DatabaseSettings databaseSettings() {
        return options().database();
    }

    MigrationSettings migrationSettings() {
        return options().migrations();
    }

    CompatSettings compatSettings() {
        return options().compat();
    }

    /** The JSON Schema checks schema:verify adds to its run; null (the default) for none. */
    CompatSettings compatInVerify() {
        return null;
    }

    /**
     * How the migration pass lints: schema:verify and schema:migrations lint new migrations in the same
     * pass (one migration path), unless schema.lint.skip is set; schema:lint has its own.
     */
    LintSettings lintSettings() {
        return options().lint(Goal.VERIFY);
    }

    SeverityPolicy severityPolicy() {
        return options().severities();
    }

    /** Runs a core call; its exceptions become Maven's: fixable input → FAILURE, cannot run → ERROR. */
    <T> T call(java.util.function.Supplier<T> action) throws MojoExecutionException, MojoFailureException {
        try {
            return action.get();
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        } catch (SchemaGateException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /** The migration checks on one throwaway PostgreSQL, reported and judged. */
    void checkMigrations() throws MojoExecutionException, MojoFailureException {
        checkMigrations(skipMigrations, SchemaProperties.MIGRATIONS_SKIP);
    }

    /** The same, skipped by the given area's flag (schema:lint has its own). */
    void checkMigrations(boolean areaSkip, String areaProperty) throws MojoExecutionException, MojoFailureException {
        if (skipped(areaSkip, areaProperty)) {
            return;
        }
        Severity threshold = failOnThreshold();
        VerifyOptions options = call(() -> new VerifyOptions(databaseSettings(), migrationSettings(),
                severityPolicy(), outputDirectory.toPath(), coreBaseline(baseline), System.getenv(), compatInVerify(),
                lintSettings(), apiInVerify(), clientInVerify()));
        Report report = call(() -> SchemaGate.verify(options, new MavenLog(getLog())));
        if (gitlabNote) {
            SchemaGate.gitlabNote(outputDirectory.toPath(), () -> options().gitlabToken(),
                    System.getenv(), new MavenLog(getLog()));
        }
        judge(report, threshold);
    }

    /** schema.failOn, checked before any work starts. */
    Severity failOnThreshold() throws MojoFailureException {
        try {
            return Severity.parseThreshold(failOn, SchemaProperties.FAIL_ON);
        } catch (ConfigurationException e) {
            throw new MojoFailureException(e.getMessage(), e);
        }
    }

    /**
     * Prints what core's console renderer returns (each finding once, INFO findings counted per area unless
     * schema.verbose or -X, the summary over every area), then fails the build if a finding reaches the threshold.
     */
    void judge(Report report, Severity threshold) throws MojoFailureException {
        java.nio.file.Path base = project.getBasedir().toPath();
        java.nio.file.Path out = outputDirectory.toPath();
        String shown = out.startsWith(base) ? base.relativize(out).toString().replace('\\', '/') : out.toString();
        ConsoleSummary summary = ConsoleRenderer.render(report, new ConsoleRenderer.Settings(threshold,
                verbose || getLog().isDebugEnabled(), SchemaProperties.FAIL_ON, "-D" + SchemaProperties.VERBOSE + "=true",
                shown));
        for (ConsoleSummary.Line line : summary.lines()) {
            switch (line.level()) {
                case ERROR -> getLog().error(line.text());
                case WARNING -> getLog().warn(line.text());
                default -> getLog().info(line.text());
            }
        }
        if (summary.failure() != null) {
            throw new MojoFailureException(summary.failure());
        }
    }
}
