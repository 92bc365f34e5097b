package dev.schemagate.core.options;

import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.openapi.spec.SpecDir;
import dev.schemagate.core.options.Option.Area;
import dev.schemagate.core.options.Option.Kind;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every {@code schema.*} property a front end can set, with the defaults of the Maven plugin's parameters
 * (schema-maven-plugin's OptionDefaultsTest holds them against its plugin.xml). POM-only parameters
 * (severities, migrationPlaceholders, the generator's maps) get flat names here:
 * {@code schema.severities.<rule id>}, {@code schema.migrations.placeholders.<name>}, ...
 */
public final class OptionCatalog {
    public static final String PREFIX = "schema.";
    public static final String SEVERITIES = "schema.severities";
    public static final String MIGRATIONS_PLACEHOLDERS = "schema.migrations.placeholders";
    public static final String CLIENT_CONFIG_OPTIONS = "schema.client.configOptions";
    public static final String CLIENT_ADDITIONAL_PROPERTIES = "schema.client.additionalProperties";
    public static final String CLIENT_GLOBAL_PROPERTIES = "schema.client.globalProperties";
    public static final String CLIENT_GENERATE_API_TESTS = "schema.client.generateApiTests";
    public static final String CLIENT_GENERATE_MODEL_TESTS = "schema.client.generateModelTests";

    public static final List<String> PROVIDERS = List.of("embedded", "testcontainers", "external");
    public static final List<String> PRIVILEGES = List.of("managed", "superuser");
    public static final List<String> FAIL_ON = List.of("ERROR", "WARNING", "INFO");
    public static final List<String> MODES = List.of("BACKWARD", "FORWARD", "FULL", "BACKWARD_TRANSITIVE",
            "FORWARD_TRANSITIVE", "FULL_TRANSITIVE", "NONE");
    public static final List<String> POLICIES = List.of("lenient", "strict");
    public static final List<String> UNPROVEN = List.of("WARNING", "ERROR");
    public static final List<String> DB_VERSIONS = List.of("13", "14", "15", "16", "17");

    private static final Map<String, Option> OPTIONS = new LinkedHashMap<>();

    static {
        add(SchemaProperties.SKIP, "false", Kind.BOOLEAN, Area.GLOBAL, "Skips every schemagate goal.");
        add(SchemaProperties.FAIL_ON, "ERROR", FAIL_ON, Area.GLOBAL,
                "Findings at or above this level fail the run: ERROR, WARNING or INFO.");
        add(SchemaProperties.BASELINE, null, Kind.TEXT, Area.GLOBAL, "The previous release: git:<ref>, dir:<path>,"
                + " zip:<path> or maven:<g>:<a>:<v>; default: the MR's target branch, else the newest tag, else none.");
        add(SchemaProperties.OUTPUT_DIRECTORY, "${project.build.directory}/schemagate", Kind.PATH, Area.GLOBAL,
                "Where report.json, junit.xml, codequality.json, summary.md, report.html and postgres.log go.");
        add(SchemaProperties.VERBOSE, "false", Kind.BOOLEAN, Area.GLOBAL, "Print every INFO finding in full at the"
                + " end of the run (default: one count line per area; report.html lists them all).");
        add(SchemaProperties.FOLLOW_SYMLINKS, "false", Kind.BOOLEAN, Area.GLOBAL,
                "Follow symbolic links out of the module in the migration, schema and spec folders.");
        add(SEVERITIES, null, Kind.MAP, Area.GLOBAL, "A rule's severity: <rule id>=OFF|INFO|WARNING|ERROR.");

        add(SchemaProperties.DB_PROVIDER, "embedded", PROVIDERS, Area.DB,
                "Where the throwaway PostgreSQL comes from: embedded, testcontainers or external.");
        add(SchemaProperties.DB_IMAGE, null, Kind.TEXT, Area.DB, "Container image for testcontainers (default"
                + " postgres:<db.version>).");
        add(SchemaProperties.DB_VERSION, "17", DB_VERSIONS, Area.DB, "The PostgreSQL major: 13, 14, 15, 16 or 17.");
        add(SchemaProperties.DB_PRIVILEGES, "managed", PRIVILEGES, Area.DB,
                "Who migrations run as: managed (no superuser, as on RDS) or superuser.");
        add(SchemaProperties.DB_URL, null, Kind.TEXT, Area.DB, "JDBC URL of the server for the external provider.");
        add(SchemaProperties.DB_USER, "postgres", Kind.TEXT, Area.DB, "User for the external provider.");
        add(SchemaProperties.DB_PASSWORD_ENV, "SCHEMAGATE_DB_PASSWORD", Kind.TEXT, Area.DB,
                "Environment variable holding the external provider's password (PGPASSWORD is tried next).");
        add(SchemaProperties.DB_SERVER_ID, null, Kind.TEXT, Area.DB,
                "A settings.xml <server> id for the external provider's credentials (Maven only).");
        add(SchemaProperties.DB_CACHE_DIR, "${java.io.tmpdir}/schemagate-cache", Kind.PATH, Area.DB,
                "Where the embedded binaries and their initialised template are cached.");
        add(SchemaProperties.DB_START_TIMEOUT, "60", Kind.INTEGER, Area.DB,
                "Seconds to wait for the database to accept connections.");
        add(SchemaProperties.DB_ROLES, null, Kind.LIST, Area.DB,
                "Roles created NOLOGIN before the first migration, comma-separated.");

        add(SchemaProperties.MIGRATIONS_SKIP, "false", Kind.BOOLEAN, Area.MIGRATIONS, "Skips the migration checks.");
        add(SchemaProperties.MIGRATIONS_LOCATIONS, null, Kind.LIST, Area.MIGRATIONS, "Flyway locations of the"
                + " migrations; default: the project's Flyway settings, else " + MigrationSettings.DEFAULT_LOCATION + ".");
        add(SchemaProperties.MIGRATIONS_SCHEMAS, null, Kind.LIST, Area.MIGRATIONS,
                "Schemas Flyway manages (default: the project's Flyway schemas, else the connection's).");
        add(MIGRATIONS_PLACEHOLDERS, null, Kind.MAP, Area.MIGRATIONS, "Flyway placeholders: <name>=<value>.");
        add(SchemaProperties.MIGRATIONS_TABLE, null, Kind.TEXT, Area.MIGRATIONS,
                "Flyway's history table (default flyway_schema_history).");
        add(SchemaProperties.MIGRATIONS_SEEDS, MigrationSettings.DEFAULT_SEEDS, Kind.PATH, Area.MIGRATIONS,
                "Folder of seed files V<version>__*.sql, run right after their migration.");
        add(SchemaProperties.MIGRATIONS_IRREVERSIBLE, null, Kind.LIST, Area.MIGRATIONS,
                "Versions applied but never rolled back, e.g. 3,7.");
        add(SchemaProperties.MIGRATIONS_FROM, null, Kind.TEXT, Area.MIGRATIONS,
                "Round-trip only the versions after this one.");
        add(SchemaProperties.MIGRATIONS_COLUMN_ORDER, "false", Kind.BOOLEAN, Area.MIGRATIONS,
                "Whether a different column order is a schema difference.");
        add(SchemaProperties.MIGRATIONS_COMPARE_GRANTS, "true", Kind.BOOLEAN, Area.MIGRATIONS,
                "Whether ownership and grants are compared.");
        add(SchemaProperties.MIGRATIONS_CHAIN, "true", Kind.BOOLEAN, Area.MIGRATIONS,
                "After the per-version pass, undo every version newest first and apply them all again.");
        add(SchemaProperties.MIGRATIONS_GENERATED_ROWS, "true", Kind.BOOLEAN, Area.MIGRATIONS,
                "Fill new tables with generated rows; false: only seed files fill tables.");
        add(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, "5m", Kind.DURATION, Area.MIGRATIONS,
                "Longest one statement of an undo or chain step may run (300s, 5m, 500ms).");
        add(SchemaProperties.MIGRATIONS_SNAPSHOT, "incremental", Kind.TEXT, Area.MIGRATIONS, "incremental: after"
                + " each step read only the objects and tables it touched (event triggers); full: read everything.");
        add(SchemaProperties.MIGRATIONS_ENCODING, null, Kind.TEXT, Area.MIGRATIONS,
                "The encoding of the scripts (default: the project's Flyway encoding, else UTF-8).");
        add(SchemaProperties.MIGRATIONS_VALIDATE_NAMING, null, Kind.BOOLEAN, Area.MIGRATIONS,
                "A misnamed .sql file is an ERROR (default: the project's Flyway validateMigrationNaming, else false).");
        add(SchemaProperties.MIGRATIONS_LAYOUT, "auto", Kind.TEXT, Area.MIGRATIONS, "How the migration folders"
                + " are laid out: auto, flyway, updown, goose, dbmate or diesel.");
        add(SchemaProperties.LINT_SKIP, "false", Kind.BOOLEAN, Area.LINT, "Skips the migration safety lint.");

        add(SchemaProperties.COMPAT_SKIP, "false", Kind.BOOLEAN, Area.COMPAT, "Skips the JSON Schema checks.");
        add(SchemaProperties.COMPAT_SCHEMAS_DIR, CompatSettings.DEFAULT_SCHEMAS_DIR, Kind.PATH, Area.COMPAT,
                "Folder of the JSON Schemas (.json, .yaml, .yml).");
        add(SchemaProperties.COMPAT_SAMPLES_DIR, CompatSettings.DEFAULT_SAMPLES_DIR, Kind.PATH, Area.COMPAT,
                "Recorded payloads, <samplesDir>/<schema file name>/*.json, that must stay valid.");
        add(SchemaProperties.COMPAT_REMOTE_REFS, null, Kind.LIST, Area.COMPAT,
                "URL prefixes whose remote $refs may be fetched (default none).");
        add(SchemaProperties.COMPAT_MODE, "BACKWARD", MODES, Area.COMPAT, "BACKWARD, FORWARD, FULL, NONE, or"
                + " BACKWARD_TRANSITIVE, FORWARD_TRANSITIVE, FULL_TRANSITIVE.");
        add(SchemaProperties.COMPAT_POLICY, "lenient", POLICIES, Area.COMPAT,
                "lenient (a property added to an open model is a WARNING) or strict (ERROR).");
        add(SchemaProperties.COMPAT_UNPROVEN, "WARNING", UNPROVEN, Area.COMPAT,
                "The severity of a break no witness document proves: WARNING or ERROR.");
        add(SchemaProperties.COMPAT_FORMAT_ASSERTION, "false", Kind.BOOLEAN, Area.COMPAT,
                "Compare format as an assertion.");
        add(SchemaProperties.COMPAT_BASELINE, null, Kind.TEXT, Area.COMPAT,
                "The previous release's schemas, as baseline (default: baseline).");

        add(SchemaProperties.API_SKIP, "false", Kind.BOOLEAN, Area.API, "Skips the OpenAPI checks.");
        add(SchemaProperties.OPENAPI_SPEC_DIR, null, Kind.PATH, Area.API, "Folder of the OpenAPI specs and the"
                + " files they $ref, for api-compat, client, docs, gitlab-release and attach (default "
                + dev.schemagate.core.openapi.spec.SpecDir.DEFAULT + ").");
        add(SchemaProperties.API_SPEC_DIR, null, Kind.PATH, Area.API, "Deprecated: use openapi.specDir.");
        add(SchemaProperties.API_BASELINE, null, Kind.TEXT, Area.API,
                "The previous release's specs, as baseline (default: compat.baseline, then baseline).");

        add(SchemaProperties.CLIENT_SKIP, "false", Kind.BOOLEAN, Area.CLIENT, "Skips the client and its drift check.");
        add(SchemaProperties.CLIENT_SPEC, null, Kind.TEXT, Area.CLIENT,
                "The spec to generate from (default: the one spec in openapi.specDir).");
        add(SchemaProperties.CLIENT_SPEC_DIR, null, Kind.PATH, Area.CLIENT, "Deprecated: use openapi.specDir.");
        add(SchemaProperties.CLIENT_OUTPUT, "${project.build.directory}/generated-sources/openapi", Kind.PATH,
                Area.CLIENT, "Where the client goes; the generator owns this folder.");
        add(SchemaProperties.CLIENT_CHECK, "true", Kind.BOOLEAN, Area.CLIENT,
                "verify checks a client folder that git tracks for drift.");
        add(SchemaProperties.CLIENT_GENERATOR_NAME, "java", Kind.TEXT, Area.CLIENT, "openapi-generator's generator.");
        add(SchemaProperties.CLIENT_LIBRARY, "native", Kind.TEXT, Area.CLIENT, "The generator's library.");
        add(SchemaProperties.CLIENT_API_PACKAGE, null, Kind.TEXT, Area.CLIENT, "Package of the API classes.");
        add(SchemaProperties.CLIENT_MODEL_PACKAGE, null, Kind.TEXT, Area.CLIENT, "Package of the model classes.");
        add(SchemaProperties.CLIENT_INVOKER_PACKAGE, null, Kind.TEXT, Area.CLIENT, "Package of the invoker classes.");
        add(CLIENT_CONFIG_OPTIONS, null, Kind.MAP, Area.CLIENT, "The generator's own options: <name>=<value>.");
        add(CLIENT_ADDITIONAL_PROPERTIES, null, Kind.LIST, Area.CLIENT, "Template values, key=value entries.");
        add(CLIENT_GLOBAL_PROPERTIES, null, Kind.MAP, Area.CLIENT, "openapi-generator's global properties.");
        add(CLIENT_GENERATE_API_TESTS, "false", Kind.BOOLEAN, Area.CLIENT, "Generate the API test stubs.");
        add(CLIENT_GENERATE_MODEL_TESTS, "false", Kind.BOOLEAN, Area.CLIENT, "Generate the model test stubs.");
        add(SchemaProperties.CLIENT_ADD_COMPILE_SOURCE_ROOT, "true", Kind.BOOLEAN, Area.CLIENT,
                "schema:client adds the client folder to the module's compile sources (Maven only).");

        add(SchemaProperties.DOCS_SKIP, "false", Kind.BOOLEAN, Area.DOCS, "Skips the API docs.");
        add(SchemaProperties.DOCS_SPEC_DIR, null, Kind.PATH, Area.DOCS, "Deprecated: use openapi.specDir.");
        add(SchemaProperties.DOCS_VERSION, "${project.version}", Kind.TEXT, Area.DOCS,
                "Name of this version's folder (default: the project version; in a tag pipeline, the tag).");
        add(SchemaProperties.DOCS_OUTPUT_DIRECTORY, "${project.build.directory}/schemagate/api-docs", Kind.PATH,
                Area.DOCS, "Root of the docs site.");

        add(SchemaProperties.GITLAB_SKIP, "false", Kind.BOOLEAN, Area.GITLAB, "Skips the merge-request note.");
        add(SchemaProperties.GITLAB_NOTE, "false", Kind.BOOLEAN, Area.GITLAB,
                "Also create or update the merge request's schemagate note after the reports are written.");
        add(SchemaProperties.GITLAB_TOKEN_ENV, "SCHEMAGATE_GITLAB_TOKEN", Kind.TEXT, Area.GITLAB,
                "Environment variable holding the GitLab token (api scope).");
        add(SchemaProperties.GITLAB_SERVER_ID, null, Kind.TEXT, Area.GITLAB,
                "A settings.xml <server> whose password is the GitLab token (Maven only).");
        add(SchemaProperties.GITLAB_RELEASE_SKIP, "false", Kind.BOOLEAN, Area.RELEASE, "Skips the release.");
        add(SchemaProperties.GITLAB_RELEASE_TAG, null, Kind.TEXT, Area.RELEASE, "The tag to release (default CI_COMMIT_TAG).");
        add(SchemaProperties.GITLAB_RELEASE_NAME, null, Kind.TEXT, Area.RELEASE, "The release's name (default: the tag).");
        add(SchemaProperties.GITLAB_RELEASE_DOCS_URL, null, Kind.TEXT, Area.RELEASE,
                "Where this tag's API docs are published (default $CI_PAGES_URL/<tag>/).");
        add(SchemaProperties.ATTACH_SKIP, "false", Kind.BOOLEAN, Area.ATTACH, "Skips schema:attach.");
    }

    private OptionCatalog() {
    }

    private static void add(String name, String defaultValue, Kind kind, Area area, String description) {
        OPTIONS.put(name, new Option(name, defaultValue, kind, List.of(), area, description));
    }

    private static void add(String name, String defaultValue, List<String> allowed, Area area, String description) {
        OPTIONS.put(name, new Option(name, defaultValue, Option.Kind.CHOICE, allowed, area, description));
    }

    /** The name that replaces a deprecated one (which still works, with a warning); empty for a current name. */
    public static Optional<String> replacement(String name) {
        return SpecDir.DEPRECATED.contains(name) ? Optional.of(SchemaProperties.OPENAPI_SPEC_DIR) : Optional.empty();
    }

    /** Every option, in the order docs/configuration.md lists them. */
    public static List<Option> all() {
        return List.copyOf(OPTIONS.values());
    }

    /** The option of a key; a map option's entries ({@code schema.severities.<rule>}) belong to it. */
    public static Optional<Option> find(String key) {
        Option exact = OPTIONS.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        int dot = key.lastIndexOf('.');
        while (dot > 0) {
            Option o = OPTIONS.get(key.substring(0, dot));
            if (o != null && o.isMap()) {
                return Optional.of(o);
            }
            dot = key.lastIndexOf('.', dot - 1);
        }
        return Optional.empty();
    }

    /** The known name closest to {@code key} (edit distance), for "did you mean". */
    public static String closest(String key) {
        return OPTIONS.keySet().stream().min(Comparator.comparingInt(n -> distance(n.toLowerCase(), key.toLowerCase())))
                .orElse(null);
    }

    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }

    /** The options of some areas, for a subcommand's flags. */
    public static List<Option> of(List<Area> areas) {
        List<Option> out = new ArrayList<>();
        for (Option o : OPTIONS.values()) {
            if (areas.contains(o.area())) {
                out.add(o);
            }
        }
        return out;
    }
}
