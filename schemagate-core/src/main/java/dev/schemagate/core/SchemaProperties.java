package dev.schemagate.core;

/**
 * Every user property: {@code schema.<area>.<camelName>}, plus the global ones. Names are a public
 * interface (docs/configuration.md lists them); the plugin's parameters and the core's messages
 * both take them from here.
 */
public final class SchemaProperties {
    public static final String SKIP = "schema.skip";
    public static final String FAIL_ON = "schema.failOn";
    public static final String BASELINE = "schema.baseline";
    public static final String OUTPUT_DIRECTORY = "schema.outputDirectory";
    public static final String VERBOSE = "schema.verbose";

    public static final String DB_PROVIDER = "schema.db.provider";
    public static final String DB_IMAGE = "schema.db.image";
    public static final String DB_URL = "schema.db.url";
    public static final String DB_USER = "schema.db.user";
    public static final String DB_PASSWORD_ENV = "schema.db.passwordEnv";
    public static final String DB_SERVER_ID = "schema.db.serverId";
    public static final String DB_CACHE_DIR = "schema.db.cacheDir";
    public static final String DB_START_TIMEOUT = "schema.db.startTimeout";
    public static final String DB_ROLES = "schema.db.roles";
    public static final String DB_VERSION = "schema.db.version";
    public static final String DB_PRIVILEGES = "schema.db.privileges";

    public static final String MIGRATIONS_SKIP = "schema.migrations.skip";
    public static final String MIGRATIONS_LOCATIONS = "schema.migrations.locations";
    public static final String MIGRATIONS_SCHEMAS = "schema.migrations.schemas";
    public static final String MIGRATIONS_TABLE = "schema.migrations.table";
    public static final String MIGRATIONS_SEEDS = "schema.migrations.seeds";
    public static final String MIGRATIONS_IRREVERSIBLE = "schema.migrations.irreversible";
    public static final String MIGRATIONS_FROM = "schema.migrations.from";
    public static final String MIGRATIONS_COLUMN_ORDER = "schema.migrations.columnOrder";
    public static final String MIGRATIONS_COMPARE_GRANTS = "schema.migrations.compareGrants";
    public static final String MIGRATIONS_CHAIN = "schema.migrations.chain";
    public static final String MIGRATIONS_GENERATED_ROWS = "schema.migrations.generatedRows";
    public static final String MIGRATIONS_STATEMENT_TIMEOUT = "schema.migrations.statementTimeout";
    public static final String MIGRATIONS_SNAPSHOT = "schema.migrations.snapshot";
    public static final String MIGRATIONS_ENCODING = "schema.migrations.encoding";
    public static final String MIGRATIONS_VALIDATE_NAMING = "schema.migrations.validateNaming";
    public static final String MIGRATIONS_LAYOUT = "schema.migrations.layout";
    public static final String FOLLOW_SYMLINKS = "schema.followSymlinks";

    public static final String GITLAB_SKIP = "schema.gitlab.skip";
    public static final String GITLAB_NOTE = "schema.gitlab.note";
    public static final String GITLAB_TOKEN_ENV = "schema.gitlab.tokenEnv";
    public static final String GITLAB_SERVER_ID = "schema.gitlab.serverId";

    public static final String COMPAT_SKIP = "schema.compat.skip";
    public static final String COMPAT_SCHEMAS_DIR = "schema.compat.schemasDir";
    public static final String COMPAT_SAMPLES_DIR = "schema.compat.samplesDir";
    public static final String COMPAT_MODE = "schema.compat.mode";
    public static final String COMPAT_POLICY = "schema.compat.policy";
    public static final String COMPAT_BASELINE = "schema.compat.baseline";
    public static final String COMPAT_REMOTE_REFS = "schema.compat.remoteRefs";
    public static final String COMPAT_UNPROVEN = "schema.compat.unproven";
    public static final String COMPAT_FORMAT_ASSERTION = "schema.compat.formatAssertion";

    public static final String ATTACH_SKIP = "schema.attach.skip";
    /** @deprecated since 0.3.0: {@link #OPENAPI_SPEC_DIR}; still read, with a warning */
    @Deprecated
    public static final String API_SPEC_DIR = "schema.api.specDir";
    /** The one folder of the OpenAPI specs, for schema:api-compat, schema:client, schema:docs and schema:attach. */
    public static final String OPENAPI_SPEC_DIR = "schema.openapi.specDir";

    // lint
    public static final String LINT_SKIP = "schema.lint.skip";

    // openapi api: schema:api-compat
    public static final String API_SKIP = "schema.api.skip";
    public static final String API_BASELINE = "schema.api.baseline";

    // openapi client (schema:client)
    public static final String CLIENT_SKIP = "schema.client.skip";
    public static final String CLIENT_SPEC = "schema.client.spec";
    /** @deprecated since 0.3.0: {@link #OPENAPI_SPEC_DIR}; still read, with a warning */
    @Deprecated
    public static final String CLIENT_SPEC_DIR = "schema.client.specDir";
    public static final String CLIENT_OUTPUT = "schema.client.output";
    public static final String CLIENT_CHECK = "schema.client.check";
    public static final String CLIENT_GENERATOR_NAME = "schema.client.generatorName";
    public static final String CLIENT_LIBRARY = "schema.client.library";
    public static final String CLIENT_API_PACKAGE = "schema.client.apiPackage";
    public static final String CLIENT_MODEL_PACKAGE = "schema.client.modelPackage";
    public static final String CLIENT_INVOKER_PACKAGE = "schema.client.invokerPackage";
    public static final String CLIENT_ADD_COMPILE_SOURCE_ROOT = "schema.client.addCompileSourceRoot";

    // schema:docs and schema:gitlab-release (API docs, GitLab Releases)
    public static final String DOCS_SKIP = "schema.docs.skip";
    /** @deprecated since 0.3.0: {@link #OPENAPI_SPEC_DIR}; still read, with a warning */
    @Deprecated
    public static final String DOCS_SPEC_DIR = "schema.docs.specDir";
    public static final String DOCS_VERSION = "schema.docs.version";
    public static final String DOCS_OUTPUT_DIRECTORY = "schema.docs.outputDirectory";
    public static final String GITLAB_RELEASE_SKIP = "schema.gitlab.release.skip";
    public static final String GITLAB_RELEASE_TAG = "schema.gitlab.release.tag";
    public static final String GITLAB_RELEASE_DOCS_URL = "schema.gitlab.release.docsUrl";
    public static final String GITLAB_RELEASE_NAME = "schema.gitlab.release.name";

    private SchemaProperties() {
    }
}
