package dev.schemagate.core.migration;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ScriptDiscoveryTest {
    private static final byte[] LATIN1 = "create table t (id int);\n-- caf\u00e9\ninsert into t values (1);\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @TempDir
    Path basedir;

    private Path dir() throws Exception {
        Path dir = Files.createDirectories(basedir.resolve("db/migration"));
        Files.writeString(dir.resolve("V1__init.sql"), "create table t1 (id int);\n");
        return dir;
    }

    private ScriptDiscovery.Discovery discover(Path dir, FlywayConventions c) {
        return ScriptDiscovery.discover(basedir, List.of(dir), Set.of(), SeverityPolicy.defaults(), c);
    }

    @Test
    void aMisnamedScriptIsAWarningNamingTheFileAndTheNameToUse() throws Exception {
        Path dir = dir();
        Files.writeString(dir.resolve("V9-add-t2.sql"), "create table t2 (id int);\n");

        ScriptDiscovery.Discovery found = discover(dir, FlywayConventions.defaults());

        assertThat(found.migrations()).extracting(VersionedMigration::version).containsExactly("1");
        Finding f = found.findings().get(0);
        assertThat(f.ruleId()).isEqualTo(Rule.MIGRATION_FILE_IGNORED.id());
        assertThat(f.severity()).isEqualTo(Severity.WARNING);
        assertThat(f.location().file()).isEqualTo("db/migration/V9-add-t2.sql");
        assertThat(f.message()).startsWith("db/migration/V9-add-t2.sql is never applied: it looks like versioned"
                + " migration V9 but the separator is '-'").contains("rename it to V9__add_t2.sql")
                .contains("schema.migrations.validateNaming=true");
    }

    @Test
    void validatingNamesMakesItAnError() throws Exception {
        Path dir = dir();
        Files.writeString(dir.resolve("v2__x.sql"), "select 1;\n");

        ScriptDiscovery.Discovery found = discover(dir, FlywayConventions.defaults().withValidateMigrationNaming(true));

        assertThat(found.findings()).singleElement().satisfies(f -> {
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.message()).contains("the prefix is 'v'").doesNotContain("validateNaming=true");
        });
    }

    @Test
    void anUndecodableScriptIsAFindingAndItsVersionCannotRun() throws Exception {
        Path dir = dir();
        Files.write(dir.resolve("V2__latin1.sql"), LATIN1);

        ScriptDiscovery.Discovery found = discover(dir, FlywayConventions.defaults());

        assertThat(found.migrations()).extracting(VersionedMigration::version).containsExactly("1", "2");
        assertThat(found.unreadable(found.migrations().get(1))).isTrue();
        assertThat(found.unreadable(found.migrations().get(0))).isFalse();
        Finding f = found.findings().get(0);
        assertThat(f.ruleId()).isEqualTo(Rule.MIGRATION_FILE_UNREADABLE.id());
        assertThat(f.severity()).isEqualTo(Severity.ERROR);
        assertThat(f.location().line()).isEqualTo(2);
        assertThat(f.location().version()).isEqualTo("2");
        assertThat(f.message()).startsWith("db/migration/V2__latin1.sql:2: byte 31 (0xE9) is not valid UTF-8")
                .contains("-Dschema.migrations.encoding=ISO-8859-1").doesNotContain("Input length");
    }

    @Test
    void theConfiguredEncodingReadsIt() throws Exception {
        Path dir = dir();
        Files.write(dir.resolve("V2__latin1.sql"), LATIN1);

        ScriptDiscovery.Discovery found = discover(dir, FlywayConventions.defaults()
                .withEncoding(StandardCharsets.ISO_8859_1));

        assertThat(found.findings()).isEmpty();
        assertThat(ScriptDiscovery.read(found.migrations().get(1).script(), StandardCharsets.ISO_8859_1))
                .contains("caf\u00e9");
    }

    @Test
    void aLinkOutOfTheModuleIsRefusedUnlessAllowed() throws Exception {
        Path dir = dir();
        Path outside = Files.createTempFile("schemagate-outside", ".sql");
        try {
            Files.writeString(outside, "secret text\n");
            Files.createSymbolicLink(dir.resolve("V2__linked.sql"), outside);

            assertThatThrownBy(() -> discover(dir, FlywayConventions.defaults()))
                    .isInstanceOf(ConfigurationException.class)
                    .hasMessageStartingWith("db/migration/V2__linked.sql is a symbolic link to ")
                    .hasMessageContaining("schema.followSymlinks=true")
                    .hasMessageNotContaining("secret");
            ScriptDiscovery.Discovery allowed = ScriptDiscovery.discover(basedir, List.of(dir), Set.of(),
                    SeverityPolicy.defaults(), FlywayConventions.defaults(), true);
            assertThat(allowed.migrations()).extracting(VersionedMigration::version).containsExactly("1", "2");
        } finally {
            Files.deleteIfExists(outside);
        }
    }

    @Test
    void aLinkInsideTheModuleIsFollowed() throws Exception {
        Path dir = dir();
        Path real = Files.writeString(basedir.resolve("shared.sql"), "create table t2 (id int);\n");
        Files.createSymbolicLink(dir.resolve("V2__shared.sql"), real);

        assertThat(discover(dir, FlywayConventions.defaults()).migrations()).hasSize(2);
    }
}
