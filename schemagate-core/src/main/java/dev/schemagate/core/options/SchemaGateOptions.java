package dev.schemagate.core.options;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.ModuleFiles;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.VerifyOptions;
import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.db.DatabaseProvider;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.PostgresMajor;
import dev.schemagate.core.db.Privileges;
import dev.schemagate.core.support.Secret;
import dev.schemagate.core.flywayconf.FlywayInputs;
import dev.schemagate.core.gitlab.GitLabToken;
import dev.schemagate.core.gitlab.ReleaseContent;
import dev.schemagate.core.gitlab.ReleaseRequest;
import dev.schemagate.core.gitlab.ReleaseTarget;
import dev.schemagate.core.flywayconf.ProjectFlyway;
import dev.schemagate.core.lint.LintSettings;
import dev.schemagate.core.migration.FlywayConventions;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.migration.RoundTripSettings;
import dev.schemagate.core.openapi.client.ClientSettings;
import dev.schemagate.core.openapi.client.GeneratorOptions;
import dev.schemagate.core.openapi.client.OpenApiClient;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.openapi.docs.ApiDocs;
import dev.schemagate.core.openapi.docs.DocsOptions;
import dev.schemagate.core.openapi.spec.SpecDir;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The one wiring from a flat map of {@code schema.*} properties (as the user wrote them: POM, -D, flags,
 * a properties file, SCHEMAGATE_* variables) to the core's settings records. Unset properties take the
 * Maven plugin's defaults ({@link OptionCatalog}); a bad value is a {@link ConfigurationException} naming
 * the property and the allowed values. What only the build tool knows is asked of {@link FrontEnd}.
 */
public final class SchemaGateOptions {
    private final OptionValues values;
    private final Map<String, String> environment;
    private final Path basedir;
    private final Path buildDir;
    private final FrontEnd frontEnd;
    private final Log log;

    private SchemaGateOptions(OptionValues values, Map<String, String> environment, Path basedir, Path buildDir,
                              FrontEnd frontEnd, Log log) {
        this.values = values;
        this.environment = environment;
        this.basedir = basedir;
        this.buildDir = buildDir;
        this.frontEnd = frontEnd;
        this.log = log;
    }

    /**
     * @param properties     schema.* names to values; a key no option has is an error naming the closest one
     * @param environment    the process environment (passwords, FLYWAY_*, GitLab's CI variables)
     * @param basedir        the module folder; relative paths are relative to it
     * @param buildDir       ${project.build.directory} (basedir/target for the CLI)
     * @param projectVersion ${project.version} (null: none)
     */
    public static SchemaGateOptions of(Map<String, String> properties, Map<String, String> environment, Path basedir,
                                       Path buildDir, String projectVersion, FrontEnd frontEnd, Log log) {
        Path base = basedir.toAbsolutePath().normalize();
        Path build = buildDir == null ? base.resolve("target") : base.resolve(buildDir).normalize();
        return new SchemaGateOptions(new OptionValues(properties, base, build, projectVersion),
                environment == null ? Map.of() : Map.copyOf(environment), base, build, frontEnd, log);
    }

    public Path basedir() {
        return basedir;
    }

    public Map<String, String> environment() {
        return environment;
    }

    /** The raw value of a property (its default when unset; null when it has none). */
    public String value(String property) {
        return values.text(property);
    }

    public boolean flag(String property) {
        return values.bool(property);
    }

    /** schema.failOn. */
    public Severity failOn() {
        return Severity.parseThreshold(values.text(SchemaProperties.FAIL_ON), SchemaProperties.FAIL_ON);
    }

    /** schema.outputDirectory. */
    public Path outputDir() {
        return values.path(SchemaProperties.OUTPUT_DIRECTORY);
    }

    /** The property that skips {@code goal} (schema.skip first), or null when it runs. */
    public String skippedBy(Goal goal) {
        if (values.bool(SchemaProperties.SKIP)) {
            return SchemaProperties.SKIP;
        }
        return values.bool(goal.skipProperty()) ? goal.skipProperty() : null;
    }

    public DatabaseSettings database() {
        DatabaseProvider provider = DatabaseProvider.parse(values.text(SchemaProperties.DB_PROVIDER));
        int major = PostgresMajor.parse(values.text(SchemaProperties.DB_VERSION));
        String image = values.text(SchemaProperties.DB_IMAGE);
        DatabaseSettings base = DatabaseSettings.embedded(outputDir()).withProvider(provider)
                .withImage(image == null || image.isBlank() ? PostgresMajor.image(major) : image)
                .withCacheDir(values.path(SchemaProperties.DB_CACHE_DIR));
        if (provider == DatabaseProvider.EMBEDDED && major != PostgresMajor.BUNDLED) {
            base = base.withBinaries(frontEnd.binaries().resolve(major));
        }
        base = new DatabaseSettings(base.provider(), base.workDir(), base.cacheDir(), base.image(), null, null,
                base.password(), Duration.ofSeconds(values.integer(SchemaProperties.DB_START_TIMEOUT)), base.binaries(),
                Privileges.parse(values.text(SchemaProperties.DB_PRIVILEGES)));
        if (provider != DatabaseProvider.EXTERNAL) {
            return base;
        }
        String user = values.text(SchemaProperties.DB_USER);
        String serverId = values.text(SchemaProperties.DB_SERVER_ID);
        if (serverId != null && !serverId.isBlank()) {
            FrontEnd.Credentials server = frontEnd.servers().read(SchemaProperties.DB_SERVER_ID, serverId);
            return base.withExternal(values.text(SchemaProperties.DB_URL), server.user() == null ? user : server.user(),
                    server.password());
        }
        String password = environment.get(values.text(SchemaProperties.DB_PASSWORD_ENV));
        if (password == null || password.isEmpty()) {
            password = environment.get("PGPASSWORD");
        }
        return base.withExternal(values.text(SchemaProperties.DB_URL), user, Secret.of(password));
    }

    public MigrationSettings migrations() {
        List<String> locations = values.list(SchemaProperties.MIGRATIONS_LOCATIONS);
        List<String> schemas = values.list(SchemaProperties.MIGRATIONS_SCHEMAS);
        Map<String, String> placeholders = values.map(OptionCatalog.MIGRATIONS_PLACEHOLDERS);
        String table = values.text(SchemaProperties.MIGRATIONS_TABLE);
        List<String> irreversible = values.list(SchemaProperties.MIGRATIONS_IRREVERSIBLE);
        MigrationSettings explicit = new MigrationSettings(basedir, locations, schemas, placeholders, table,
                values.path(SchemaProperties.MIGRATIONS_SEEDS), irreversible == null ? null : Set.copyOf(irreversible),
                values.text(SchemaProperties.MIGRATIONS_FROM), values.bool(SchemaProperties.MIGRATIONS_COLUMN_ORDER),
                values.bool(SchemaProperties.MIGRATIONS_COMPARE_GRANTS))
                .withRoles(values.list(SchemaProperties.DB_ROLES))
                .withRoundTrip(new RoundTripSettings(values.bool(SchemaProperties.MIGRATIONS_CHAIN),
                        values.bool(SchemaProperties.MIGRATIONS_GENERATED_ROWS),
                        RoundTripSettings.parseTimeout(values.text(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT),
                                SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT),
                        dev.schemagate.core.migration.SnapshotMode.parse(values.text(SchemaProperties.MIGRATIONS_SNAPSHOT))));
        Set<ProjectFlyway.Override> overridden = EnumSet.noneOf(ProjectFlyway.Override.class);
        if (locations != null && !locations.isEmpty()) {
            overridden.add(ProjectFlyway.Override.LOCATIONS);
        }
        if (schemas != null && !schemas.isEmpty()) {
            overridden.add(ProjectFlyway.Override.SCHEMAS);
        }
        if (table != null && !table.isBlank()) {
            overridden.add(ProjectFlyway.Override.TABLE);
        }
        if (placeholders != null && !placeholders.isEmpty()) {
            overridden.add(ProjectFlyway.Override.PLACEHOLDERS);
        }
        FlywayConventions conventions = explicit.flyway();
        String encoding = values.text(SchemaProperties.MIGRATIONS_ENCODING);
        if (encoding != null && !encoding.isBlank()) {
            overridden.add(ProjectFlyway.Override.ENCODING);
            conventions = conventions.withEncoding(MigrationSettings.parseEncoding(encoding));
        }
        if (values.text(SchemaProperties.MIGRATIONS_VALIDATE_NAMING) != null) {
            overridden.add(ProjectFlyway.Override.VALIDATE_NAMING);
            conventions = conventions.withValidateMigrationNaming(values.bool(SchemaProperties.MIGRATIONS_VALIDATE_NAMING));
        }
        explicit = explicit.withFlywayConventions(conventions).withFollowSymlinks(followSymlinks())
                .withLayout(dev.schemagate.core.migration.MigrationLayout.parse(values.text(SchemaProperties.MIGRATIONS_LAYOUT)));
        return ProjectFlyway.apply(explicit, overridden, new FlywayInputs(basedir, frontEnd.resourceRoots(),
                frontEnd.flywayPlugin(), environment), log);
    }

    public CompatSettings compat() {
        Path schemasDir = values.path(SchemaProperties.COMPAT_SCHEMAS_DIR);
        ModuleFiles.check(basedir, schemasDir, followSymlinks());
        return new CompatSettings(basedir, schemasDir, CompatSettings.parseMode(values.text(SchemaProperties.COMPAT_MODE)),
                CompatSettings.parsePolicy(values.text(SchemaProperties.COMPAT_POLICY)),
                values.path(SchemaProperties.COMPAT_SAMPLES_DIR), values.list(SchemaProperties.COMPAT_REMOTE_REFS))
                .withProof(unproven(), values.bool(SchemaProperties.COMPAT_FORMAT_ASSERTION));
    }

    public ApiCompatSettings api() {
        return new ApiCompatSettings(basedir, checkedOpenapiSpecDir(), unproven());
    }

    /** The one OpenAPI spec folder: schema.openapi.specDir, or a deprecated name (which warns). */
    public Path openapiSpecDir() {
        Map<String, String> given = new java.util.HashMap<>();
        for (String name : SpecDir.NAMES) {
            given.put(name, values.text(name));
        }
        return SpecDir.resolve(basedir, given, log);
    }

    /** {@link #openapiSpecDir()}, after refusing links out of the module in it (unless schema.followSymlinks). */
    public Path checkedOpenapiSpecDir() {
        Path dir = openapiSpecDir();
        ModuleFiles.check(basedir, dir, followSymlinks());
        return dir;
    }

    /** The client to generate or check; null when the module has no spec. */
    public ClientSettings client() {
        Path specDir = checkedOpenapiSpecDir();
        Path spec = ClientSettings.findSpec(basedir, specDir, values.text(SchemaProperties.CLIENT_SPEC));
        if (spec == null) {
            return null;
        }
        GeneratorOptions generator = new GeneratorOptions(values.text(SchemaProperties.CLIENT_GENERATOR_NAME),
                values.text(SchemaProperties.CLIENT_LIBRARY), values.text(SchemaProperties.CLIENT_API_PACKAGE),
                values.text(SchemaProperties.CLIENT_MODEL_PACKAGE), values.text(SchemaProperties.CLIENT_INVOKER_PACKAGE),
                values.map(OptionCatalog.CLIENT_CONFIG_OPTIONS),
                values.keyValues(OptionCatalog.CLIENT_ADDITIONAL_PROPERTIES),
                values.map(OptionCatalog.CLIENT_GLOBAL_PROPERTIES), values.bool(OptionCatalog.CLIENT_GENERATE_API_TESTS),
                values.bool(OptionCatalog.CLIENT_GENERATE_MODEL_TESTS));
        return new ClientSettings(basedir, spec, values.path(SchemaProperties.CLIENT_OUTPUT),
                buildDir.resolve("schemagate-state"), generator);
    }

    /**
     * What schema:docs builds: every spec of schema.openapi.specDir into schema.docs.outputDirectory, in the
     * folder schema.docs.version (default ${project.version}; a front end without one must be told).
     *
     * @param title the heading of the version index (the project's name)
     */
    public DocsOptions docs(String title) {
        String version = values.text(SchemaProperties.DOCS_VERSION);
        if (version == null || version.isBlank() || version.contains("${")) {
            throw new ConfigurationException(SchemaProperties.DOCS_VERSION + " is not set and there is no project"
                    + " version to default to: name this version's docs folder, e.g. --docs.version=1.2.0 (the"
                    + " command line takes CI_COMMIT_TAG in a tag pipeline).");
        }
        return new DocsOptions(checkedOpenapiSpecDir(), values.path(SchemaProperties.DOCS_OUTPUT_DIRECTORY), version,
                title, basedir);
    }

    /**
     * The client drift check of verify: a client folder git tracks, unless schema.client.skip or
     * schema.client.check=false; null otherwise (its specs are not even read).
     */
    public ClientSettings clientInVerify() {
        if (values.bool(SchemaProperties.CLIENT_SKIP) || !values.bool(SchemaProperties.CLIENT_CHECK)
                || !OpenApiClient.isCommitted(basedir, values.path(SchemaProperties.CLIENT_OUTPUT))) {
            return null;
        }
        return client();
    }

    /**
     * The GitLab token for the note and the release: the build tool's server schema.gitlab.serverId when
     * set, else the variable schema.gitlab.tokenEnv names (default SCHEMAGATE_GITLAB_TOKEN).
     */
    public GitLabToken gitlabToken() {
        String serverId = values.text(SchemaProperties.GITLAB_SERVER_ID);
        if (serverId != null && !serverId.isBlank()) {
            return GitLabToken.fromServer(serverId, frontEnd.servers().read(SchemaProperties.GITLAB_SERVER_ID,
                    serverId).password());
        }
        return GitLabToken.fromEnvironment(values.text(SchemaProperties.GITLAB_TOKEN_ENV), environment);
    }

    /**
     * The GitLab Release of schema.gitlab.release.tag (default CI_COMMIT_TAG) with links to its API docs
     * (schema.gitlab.release.docsUrl, default $CI_PAGES_URL/&lt;tag&gt;/) and to each spec of schema.openapi.specDir.
     */
    public ReleaseRequest release() {
        ReleaseTarget target = ReleaseTarget.from(environment, values.text(SchemaProperties.GITLAB_RELEASE_TAG));
        Path specDir = openapiSpecDir();
        List<String> specNames = ApiDocs.specNames(new DocsOptions(specDir, specDir, target.tag(), null, basedir));
        ReleaseContent content = ReleaseContent.forDocs(target.tag(), values.text(SchemaProperties.GITLAB_RELEASE_NAME),
                values.text(SchemaProperties.GITLAB_RELEASE_DOCS_URL), environment.get(ReleaseTarget.PAGES_URL),
                specNames);
        return new ReleaseRequest(target, gitlabToken().auth(environment), content);
    }

    /** verify and migrations lint in their round trip unless schema.lint.skip; lint applies and lints only. */
    public LintSettings lint(Goal goal) {
        if (goal == Goal.LINT) {
            return LintSettings.only();
        }
        return values.bool(SchemaProperties.LINT_SKIP) ? LintSettings.off() : LintSettings.inVerify();
    }

    public SeverityPolicy severities() {
        Map<String, String> overrides = values.map(OptionCatalog.SEVERITIES);
        return overrides == null ? SeverityPolicy.defaults() : SeverityPolicy.of(overrides);
    }

    /**
     * The baseline spec core reads for {@code goal}: schema.baseline, or for compat schema.compat.baseline and
     * for api-compat schema.api.baseline first; {@code maven:} entries resolved by the front end (with every
     * earlier release in a transitive schema.compat.mode).
     */
    public String baseline(Goal goal) {
        String spec = switch (goal) {
            case COMPAT -> firstSet(SchemaProperties.COMPAT_BASELINE, SchemaProperties.BASELINE);
            case API_COMPAT -> firstSet(SchemaProperties.API_BASELINE, SchemaProperties.COMPAT_BASELINE,
                    SchemaProperties.BASELINE);
            default -> values.text(SchemaProperties.BASELINE);
        };
        return resolveBaseline(spec);
    }

    /** A baseline spec with its {@code maven:} entries resolved by the front end. */
    public String resolveBaseline(String spec) {
        boolean transitive = CompatSettings.parseMode(values.text(SchemaProperties.COMPAT_MODE)).transitive();
        return frontEnd.baselines().resolve(spec, transitive);
    }

    /**
     * Everything a migration goal (verify, migrations, lint) runs: verify adds the JSON Schema and OpenAPI
     * checks unless their skip flags are set, and the drift check of a committed client.
     */
    public VerifyOptions verifyOptions(Goal goal) {
        if (!goal.runsMigrations()) {
            throw new IllegalArgumentException(goal.id() + " runs no migrations");
        }
        boolean verify = goal == Goal.VERIFY;
        return new VerifyOptions(database(), migrations(), severities(), outputDir(), baseline(goal), environment,
                verify && !values.bool(SchemaProperties.COMPAT_SKIP) ? compat() : null, lint(goal),
                verify && !values.bool(SchemaProperties.API_SKIP) ? api() : null, verify ? clientInVerify() : null);
    }

    private boolean followSymlinks() {
        return values.bool(SchemaProperties.FOLLOW_SYMLINKS);
    }

    private Severity unproven() {
        return CompatSettings.parseUnproven(values.text(SchemaProperties.COMPAT_UNPROVEN));
    }

    private String firstSet(String... properties) {
        for (String p : properties) {
            String v = values.text(p);
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return null;
    }

    /** A value that names an unknown property: the message names the closest known one. */
    static ConfigurationException unknown(String key) {
        return new ConfigurationException(key + " is not a schemagate property. Did you mean "
                + OptionCatalog.closest(key) + "? The properties: docs/configuration.md.");
    }
}
