package dev.schemagate.core.options;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaProperties;
import dev.schemagate.core.VerifyOptions;
import dev.schemagate.core.compat.CompatMode;
import dev.schemagate.core.compat.CompatPolicy;
import dev.schemagate.core.compat.CompatSettings;
import dev.schemagate.core.db.DatabaseProvider;
import dev.schemagate.core.db.DatabaseSettings;
import dev.schemagate.core.db.Privileges;
import dev.schemagate.core.support.Secret;
import dev.schemagate.core.lint.LintSettings;
import dev.schemagate.core.migration.MigrationSettings;
import dev.schemagate.core.migration.RoundTripSettings;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class SchemaGateOptionsTest {
    @TempDir
    Path module;

    private final FrontEnd noBuildTool = new FrontEnd(major -> {
        throw new ConfigurationException("no binaries for " + major);
    }, (spec, transitive) -> spec, List.of(), null, (property, id) -> {
        throw new ConfigurationException("no server " + id);
    });

    private SchemaGateOptions options(Map<String, String> properties, Map<String, String> env) {
        return SchemaGateOptions.of(properties, env, module, module.resolve("target"), "1.2.3", noBuildTool, Log.silent());
    }

    private SchemaGateOptions options(String... pairs) {
        Map<String, String> map = new HashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            map.put(pairs[i], pairs[i + 1]);
        }
        return options(map, Map.of());
    }

    /** The Mojo's parameters, each at its defaultValue, as Maven hands them over: every one set explicitly. */
    private Map<String, String> mojoDefaults() {
        Map<String, String> map = new HashMap<>();
        for (Option o : OptionCatalog.all()) {
            if (o.defaultValue() != null) {
                map.put(o.name(), o.defaultValue().replace("${project.build.directory}", module.resolve("target").toString())
                        .replace("${project.basedir}", module.toString())
                        .replace("${java.io.tmpdir}", System.getProperty("java.io.tmpdir"))
                        .replace("${project.version}", "1.2.3"));
            }
        }
        return map;
    }

    @Test
    void anEmptyMapGivesTheDefaultsOfTheMojos() {
        SchemaGateOptions o = options();
        Path out = module.resolve("target/schemagate");
        assertThat(o.outputDir()).isEqualTo(out);
        assertThat(o.failOn()).isEqualTo(Severity.ERROR);
        assertThat(o.database()).isEqualTo(new DatabaseSettings(DatabaseProvider.EMBEDDED, out,
                DatabaseSettings.defaultCacheDir(), "postgres:17", null, null, Secret.none(), Duration.ofSeconds(60),
                null, Privileges.MANAGED));
        MigrationSettings m = o.migrations();
        assertThat(m.locations()).containsExactly(MigrationSettings.DEFAULT_LOCATION);
        assertThat(m.seeds()).isEqualTo(module.resolve(MigrationSettings.DEFAULT_SEEDS));
        assertThat(m.roundTrip()).isEqualTo(RoundTripSettings.defaults());
        assertThat(m.columnOrder()).isFalse();
        assertThat(m.compareGrants()).isTrue();
        assertThat(m.followSymlinks()).isFalse();
        assertThat(m.roles()).isEmpty();
        assertThat(o.compat()).isEqualTo(CompatSettings.defaults(module));
        assertThat(o.api()).isEqualTo(ApiCompatSettings.defaults(module));
        assertThat(o.client()).isNull();
        assertThat(o.lint(Goal.VERIFY)).isEqualTo(LintSettings.inVerify());
        assertThat(o.lint(Goal.LINT)).isEqualTo(LintSettings.only());
        assertThat(o.severities().severityOf(Rule.MIGRATION_APPLY_FAILED)).isEqualTo(Rule.MIGRATION_APPLY_FAILED.defaultSeverity());
        assertThat(o.skippedBy(Goal.VERIFY)).isNull();
        assertThat(o.baseline(Goal.VERIFY)).isNull();
    }

    @Test
    void unsetPropertiesAndTheMojosExplicitDefaultsGiveTheSameSettings() {
        SchemaGateOptions unset = options();
        SchemaGateOptions maven = options(mojoDefaults(), Map.of());
        assertThat(maven.database()).isEqualTo(unset.database());
        assertThat(maven.migrations()).isEqualTo(unset.migrations());
        assertThat(maven.compat()).isEqualTo(unset.compat());
        assertThat(maven.api()).isEqualTo(unset.api());
        assertThat(maven.outputDir()).isEqualTo(unset.outputDir());
        assertThat(maven.value(SchemaProperties.DOCS_VERSION)).isEqualTo("1.2.3");
        VerifyOptions a = maven.verifyOptions(Goal.VERIFY);
        VerifyOptions b = unset.verifyOptions(Goal.VERIFY);
        assertThat(a.compat()).isEqualTo(b.compat()).isNotNull();
        assertThat(a.api()).isEqualTo(b.api()).isNotNull();
        assertThat(options().verifyOptions(Goal.MIGRATIONS).compat()).isNull();
    }

    @Test
    void valuesAreReadAsTheMojoReadsItsFields() {
        SchemaGateOptions o = options(SchemaProperties.DB_PROVIDER, "External", SchemaProperties.DB_URL,
                "jdbc:postgresql://db:5432/postgres", SchemaProperties.DB_START_TIMEOUT, "5",
                SchemaProperties.MIGRATIONS_LOCATIONS, "filesystem:db/a, filesystem:db/b",
                SchemaProperties.MIGRATIONS_IRREVERSIBLE, "3,7", SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, "500ms",
                SchemaProperties.COMPAT_MODE, "full", SchemaProperties.COMPAT_POLICY, "strict",
                OptionCatalog.SEVERITIES + ".migration.apply.failed", "WARNING",
                OptionCatalog.MIGRATIONS_PLACEHOLDERS + ".owner", "app", SchemaProperties.LINT_SKIP, "true");
        DatabaseSettings db = options(Map.of(SchemaProperties.DB_PROVIDER, "external", SchemaProperties.DB_PASSWORD_ENV,
                "MY_PW"), Map.of("MY_PW", "s3cret")).database();
        assertThat(db.password().reveal()).isEqualTo("s3cret");
        assertThat(db.user()).isEqualTo("postgres");
        assertThat(o.database().provider()).isEqualTo(DatabaseProvider.EXTERNAL);
        assertThat(o.database().startTimeout()).isEqualTo(Duration.ofSeconds(5));
        MigrationSettings m = o.migrations();
        assertThat(m.locations()).containsExactly("filesystem:db/a", "filesystem:db/b");
        assertThat(m.irreversible()).containsExactlyInAnyOrder("3", "7");
        assertThat(m.placeholders()).containsEntry("owner", "app");
        assertThat(m.roundTrip().statementTimeout()).isEqualTo(Duration.ofMillis(500));
        assertThat(o.compat().mode()).isEqualTo(CompatMode.FULL);
        assertThat(o.compat().policy()).isEqualTo(CompatPolicy.STRICT);
        assertThat(o.severities().severityOf(Rule.MIGRATION_APPLY_FAILED)).isEqualTo(Severity.WARNING);
        assertThat(o.lint(Goal.VERIFY)).isEqualTo(LintSettings.off());
    }

    @Test
    void theGoalsOwnBaselineComesFirstAndMavenEntriesGoToTheFrontEnd() {
        SchemaGateOptions o = options(SchemaProperties.BASELINE, "git:main", SchemaProperties.COMPAT_BASELINE, "dir:old");
        assertThat(o.baseline(Goal.VERIFY)).isEqualTo("git:main");
        assertThat(o.baseline(Goal.COMPAT)).isEqualTo("dir:old");
        assertThat(o.baseline(Goal.API_COMPAT)).isEqualTo("dir:old");
        FrontEnd maven = new FrontEnd(noBuildTool.binaries(), (spec, transitive) -> "zip:/r.zip" + (transitive ? ",more" : ""),
                List.of(), null, noBuildTool.servers());
        SchemaGateOptions transitive = SchemaGateOptions.of(Map.of(SchemaProperties.BASELINE, "maven:g:a:1",
                SchemaProperties.COMPAT_MODE, "BACKWARD_TRANSITIVE"), Map.of(), module, null, null, maven, Log.silent());
        assertThat(transitive.baseline(Goal.VERIFY)).isEqualTo("zip:/r.zip,more");
    }

    @Test
    void aMajorOtherThanTheBundledOneIsAskedOfTheFrontEnd() {
        assertThatThrownBy(() -> options(SchemaProperties.DB_VERSION, "15").database())
                .isInstanceOf(ConfigurationException.class).hasMessage("no binaries for 15");
        assertThat(options(SchemaProperties.DB_VERSION, "15", SchemaProperties.DB_PROVIDER, "testcontainers")
                .database().image()).isEqualTo("postgres:15");
    }

    @Test
    void skipFlagsNameWhatSkipped() {
        assertThat(options(SchemaProperties.SKIP, "true").skippedBy(Goal.COMPAT)).isEqualTo(SchemaProperties.SKIP);
        assertThat(options(SchemaProperties.COMPAT_SKIP, "true").skippedBy(Goal.COMPAT))
                .isEqualTo(SchemaProperties.COMPAT_SKIP);
        assertThat(options(SchemaProperties.COMPAT_SKIP, "true").skippedBy(Goal.VERIFY)).isNull();
        assertThat(options(SchemaProperties.COMPAT_SKIP, "true").verifyOptions(Goal.VERIFY).compat()).isNull();
    }

    @Test
    void badValuesNameThePropertyAndTheAllowedValues() {
        assertThatThrownBy(() -> options(SchemaProperties.DB_PROVIDER, "docker").database())
                .hasMessageContaining(SchemaProperties.DB_PROVIDER).hasMessageContaining("embedded (default), testcontainers or external");
        assertThatThrownBy(() -> options(SchemaProperties.DB_VERSION, "12").database())
                .hasMessageContaining(SchemaProperties.DB_VERSION).hasMessageContaining("[13, 14, 15, 16, 17]");
        assertThatThrownBy(() -> options(SchemaProperties.DB_PRIVILEGES, "root").database())
                .hasMessageContaining(SchemaProperties.DB_PRIVILEGES).hasMessageContaining("managed");
        assertThatThrownBy(() -> options(SchemaProperties.DB_START_TIMEOUT, "soon").database())
                .hasMessageContaining(SchemaProperties.DB_START_TIMEOUT).hasMessageContaining("whole number");
        assertThatThrownBy(() -> options(SchemaProperties.MIGRATIONS_CHAIN, "yes").migrations())
                .hasMessage(SchemaProperties.MIGRATIONS_CHAIN + ": 'yes' is not a boolean. Use true or false.");
        assertThatThrownBy(() -> options(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT, "later").migrations())
                .hasMessageContaining(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT).hasMessageContaining("5m");
        assertThatThrownBy(() -> options(SchemaProperties.COMPAT_MODE, "SIDEWAYS").compat())
                .hasMessageContaining(SchemaProperties.COMPAT_MODE).hasMessageContaining("BACKWARD (default), FORWARD");
        assertThatThrownBy(() -> options(SchemaProperties.COMPAT_POLICY, "loose").compat())
                .hasMessageContaining("lenient (default) or strict");
        assertThatThrownBy(() -> options(SchemaProperties.COMPAT_UNPROVEN, "INFO").api())
                .hasMessageContaining(SchemaProperties.COMPAT_UNPROVEN).hasMessageContaining("WARNING");
        assertThatThrownBy(() -> options(SchemaProperties.FAIL_ON, "LOUD").failOn())
                .hasMessageContaining(SchemaProperties.FAIL_ON).hasMessageContaining("INFO, WARNING, ERROR");
        assertThatThrownBy(() -> options(SchemaProperties.MIGRATIONS_ENCODING, "klingon").migrations())
                .hasMessageContaining(SchemaProperties.MIGRATIONS_ENCODING).hasMessageContaining("UTF-8");
        assertThatThrownBy(() -> options(OptionCatalog.SEVERITIES + ".no.such.rule", "ERROR").severities())
                .hasMessageContaining("no.such.rule").hasMessageContaining("Known ids");
    }

    @Test
    void anUnknownPropertyNamesTheClosestKnownOne() {
        assertThatThrownBy(() -> options("schema.db.provder", "embedded"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.db.provder is not a schemagate property. Did you mean schema.db.provider?");
    }

    @Test
    void aClientSpecIsFoundAndItsStateGoesUnderTheBuildFolder() throws Exception {
        Files.createDirectories(module.resolve("src/main/openapi"));
        Files.writeString(module.resolve("src/main/openapi/api.yaml"), "openapi: 3.0.3\n");
        var client = options(SchemaProperties.CLIENT_API_PACKAGE, "x.api",
                OptionCatalog.CLIENT_ADDITIONAL_PROPERTIES, "a=1,b=2").client();
        assertThat(client.spec()).isEqualTo(module.resolve("src/main/openapi/api.yaml"));
        assertThat(client.output()).isEqualTo(module.resolve("target/generated-sources/openapi"));
        assertThat(client.stateDir()).isEqualTo(module.resolve("target/schemagate-state"));
        assertThat(client.generator().apiPackage()).isEqualTo("x.api");
        assertThat(client.generator().additionalProperties()).containsEntry("a", "1").containsEntry("b", "2");
        assertThatThrownBy(() -> options(OptionCatalog.CLIENT_ADDITIONAL_PROPERTIES, "novalue").client())
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining(OptionCatalog.CLIENT_ADDITIONAL_PROPERTIES + ": entry 'novalue' is not key=value");
    }

    @Test
    void environmentNamesAreUpperSnakeCase() {
        assertThat(OptionCatalog.find(SchemaProperties.MIGRATIONS_STATEMENT_TIMEOUT).orElseThrow().environmentName())
                .isEqualTo("SCHEMAGATE_MIGRATIONS_STATEMENT_TIMEOUT");
        assertThat(OptionCatalog.find(SchemaProperties.DB_PROVIDER).orElseThrow().environmentName())
                .isEqualTo("SCHEMAGATE_DB_PROVIDER");
    }
}
