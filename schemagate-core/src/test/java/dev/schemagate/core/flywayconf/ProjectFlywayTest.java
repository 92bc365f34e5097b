package dev.schemagate.core.flywayconf;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.migration.MigrationSettings;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ProjectFlywayTest {
    @TempDir
    Path module;

    private final List<String> logged = new ArrayList<>();

    @Test
    void springPropertiesGiveVendorFolderSuffixTablePlaceholderAndResolveReferences() throws IOException {
        Files.createDirectories(module.resolve("src/main/resources/db/migration/postgresql"));
        write("src/main/resources/application.properties", """
                spring.jpa.database=POSTGRESQL
                app.schema=inventory
                spring.flyway.locations=classpath:db/migration/{vendor},classpath:db/common
                spring.flyway.sql-migration-suffixes=${spring.jpa.database}.sql
                spring.flyway.table=schema_version
                spring.flyway.schemas=${app.schema}
                spring.flyway.placeholders.owner=${APP_OWNER:app_owner}
                spring.flyway.baseline-on-migrate=true
                spring.datasource.password=never-read
                """);
        MigrationSettings s = apply(Set.of(), Map.of());
        assertThat(s.locations()).containsExactly(
                "filesystem:" + module.resolve("src/main/resources/db/migration/postgresql"),
                "filesystem:" + module.resolve("src/main/resources/db/common"));
        assertThat(s.flyway().suffixes()).containsExactly("POSTGRESQL.sql");
        assertThat(s.table()).isEqualTo("schema_version");
        assertThat(s.schemas()).containsExactly("inventory");
        assertThat(s.placeholders()).containsExactly(Map.entry("owner", "app_owner"));
        assertThat(s.flyway().baselineOnMigrate()).isTrue();
        assertThat(logged).anySatisfy(l -> assertThat(l).startsWith("Flyway settings: baselineOnMigrate, locations,"
                + " placeholders.owner, schemas, sqlMigrationSuffixes, table from src/main/resources/application.properties"
                + " (spring.flyway.*)"));
        assertThat(String.join("\n", logged)).doesNotContain("never-read");
    }

    @Test
    void springYamlListsAndProfilesAndEnvironmentReference() throws IOException {
        write("src/main/resources/application.yml", """
                spring:
                  flyway:
                    locations:
                      - classpath:db/migration
                      - filesystem:sql/extra
                    default-schema: app
                    schemas: [app, audit]
                    placeholders:
                      tenant: ${TENANT}
                ---
                spring:
                  config:
                    activate:
                      on-profile: test
                  flyway:
                    table: test_history
                """);
        MigrationSettings s = apply(Set.of(), Map.of("TENANT", "acme"));
        assertThat(s.locations()).containsExactly("filesystem:" + module.resolve("src/main/resources/db/migration"),
                "filesystem:sql/extra");
        assertThat(s.schemas()).containsExactly("app", "audit");
        assertThat(s.flyway().defaultSchema()).isEqualTo("app");
        assertThat(s.table()).isNull();
        assertThat(s.placeholders()).containsEntry("tenant", "acme");
    }

    @Test
    void flywayConfAndTomlWithTomlWinning() throws IOException {
        write("flyway.conf", """
                flyway.locations=filesystem:sql/conf
                flyway.table=conf_history
                flyway.placeholders.a=1
                flyway.url=jdbc:postgresql://prod/db
                """);
        write("flyway.toml", """
                [environments.default]
                url = "jdbc:postgresql://prod/db"
                schemas = ["billing"]

                [flyway]
                locations = ["filesystem:sql/toml", "filesystem:sql/shared"]
                sqlMigrationPrefix = "M"
                sqlMigrationSeparator = "-"
                placeholderPrefix = "#["
                placeholderSuffix = "]"

                [flyway.placeholders]
                b = "2"
                """);
        MigrationSettings s = apply(Set.of(), Map.of());
        assertThat(s.locations()).containsExactly("filesystem:sql/toml", "filesystem:sql/shared");
        assertThat(s.table()).isEqualTo("conf_history");
        assertThat(s.schemas()).containsExactly("billing");
        assertThat(s.placeholders()).containsOnly(Map.entry("a", "1"), Map.entry("b", "2"));
        assertThat(s.flyway().sqlMigrationPrefix()).isEqualTo("M");
        assertThat(s.flyway().separator()).isEqualTo("-");
        assertThat(s.flyway().placeholderPrefix()).isEqualTo("#[");
        assertThat(logged.get(0)).contains("placeholders.a, table from flyway.conf")
                .contains("sqlMigrationSeparator from flyway.toml");
    }

    @Test
    void buildPluginThenEnvironmentThenSchemaMigrationsOverride() throws IOException {
        write("src/main/resources/application.properties", "spring.flyway.table=spring_history\n");
        FlywaySource plugin = FlywaySource.of("pom.xml (flyway-maven-plugin <configuration>)",
                Map.of("table", "plugin_history", "schemas", "one,two", "placeholders.x", "from-plugin"));
        Map<String, String> env = Map.of("FLYWAY_TABLE", "env_history", "FLYWAY_PLACEHOLDERS_Y", "from-env",
                "FLYWAY_PASSWORD", "secret");
        MigrationSettings explicit = new MigrationSettings(module, List.of("filesystem:db"), List.of("mine"),
                Map.of("x", "mine"), null, null, Set.of(), null, false, true);
        MigrationSettings s = ProjectFlyway.apply(explicit, EnumSet.of(ProjectFlyway.Override.LOCATIONS,
                ProjectFlyway.Override.SCHEMAS, ProjectFlyway.Override.PLACEHOLDERS),
                new FlywayInputs(module, List.of(), plugin, env), log());
        assertThat(s.table()).isEqualTo("env_history");
        assertThat(s.locations()).containsExactly("filesystem:db");
        assertThat(s.schemas()).containsExactly("mine");
        assertThat(s.placeholders()).containsOnly(Map.entry("x", "mine"), Map.entry("y", "from-env"));
        assertThat(String.join("\n", logged)).contains("placeholders.y, table from the environment (FLYWAY_*)")
                .contains("schema.migrations.schemas overrides the project's schemas")
                .doesNotContain("secret");
    }

    @Test
    void flywaysEncodingAndNamingCheckApplyUnlessSchemaMigrationsOverrideThem() throws IOException {
        write("flyway.conf", "flyway.encoding=ISO-8859-1\nflyway.validateMigrationNaming=true\n");
        MigrationSettings project = ProjectFlyway.apply(MigrationSettings.defaults(module), Set.of(),
                new FlywayInputs(module, List.of(), null, Map.of()), log());
        assertThat(project.flyway().encoding()).isEqualTo(java.nio.charset.StandardCharsets.ISO_8859_1);
        assertThat(project.flyway().validateMigrationNaming()).isTrue();

        MigrationSettings explicit = MigrationSettings.defaults(module).withFlywayConventions(MigrationSettings
                .defaults(module).flyway().withEncoding(java.nio.charset.StandardCharsets.UTF_8)
                .withValidateMigrationNaming(false)).withFollowSymlinks(true);
        MigrationSettings s = ProjectFlyway.apply(explicit, EnumSet.of(ProjectFlyway.Override.ENCODING,
                ProjectFlyway.Override.VALIDATE_NAMING), new FlywayInputs(module, List.of(), null, Map.of()), log());
        assertThat(s.flyway().encoding()).isEqualTo(java.nio.charset.StandardCharsets.UTF_8);
        assertThat(s.flyway().validateMigrationNaming()).isFalse();
        assertThat(s.followSymlinks()).isTrue();
        assertThat(String.join("\n", logged)).contains("schema.migrations.encoding overrides the project's encoding")
                .contains("schema.migrations.validateNaming overrides the project's validateMigrationNaming");
    }

    @Test
    void nothingConfiguredKeepsDefaultsAndSaysSo() {
        MigrationSettings s = apply(Set.of(), Map.of());
        assertThat(s.locations()).containsExactly(MigrationSettings.DEFAULT_LOCATION);
        assertThat(s.flyway().suffixes()).containsExactly(".sql");
        assertThat(logged.get(0)).contains("none found");
    }

    @Test
    void aBadBooleanNamesItsSource() throws IOException {
        write("flyway.conf", "flyway.outOfOrder=yes\n");
        assertThatThrownBy(() -> apply(Set.of(), Map.of())).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("outOfOrder in flyway.conf is 'yes'");
    }

    private MigrationSettings apply(Set<ProjectFlyway.Override> overridden, Map<String, String> env) {
        return ProjectFlyway.apply(MigrationSettings.defaults(module), overridden.isEmpty()
                ? EnumSet.noneOf(ProjectFlyway.Override.class) : EnumSet.copyOf(overridden),
                new FlywayInputs(module, List.of(), null, env), log());
    }

    private void write(String path, String text) throws IOException {
        Path file = module.resolve(path);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private Log log() {
        return Log.of(logged::add, logged::add, m -> { });
    }
}
