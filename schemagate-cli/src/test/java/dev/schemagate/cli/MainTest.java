package dev.schemagate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input and the flags' sources, in process and without a database. */
class MainTest {
    @TempDir
    Path project;

    private String out;
    private String err;

    private int run(Map<String, String> env, String... args) {
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = Main.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8), env, project);
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    private int run(String... args) {
        return run(Map.of(), args);
    }

    @Test
    void versionNamesToolJavaAndBundledPostgres() {
        assertThat(run("--version")).isZero();
        assertThat(out).contains("schemagate ").contains("Java " + System.getProperty("java.version"))
                .contains("PostgreSQL 17.11.0 (bundled");
    }

    @Test
    void anUnknownSubcommandSuggestsTheClosest() {
        assertThat(run("verfy")).isEqualTo(2);
        assertThat(err).contains("Unmatched argument at index 0: 'verfy'").contains("Did you mean: schemagate verify?");
    }

    @Test
    void anUnknownFlagSuggestsTheClosest() {
        assertThat(run("verify", "--db.provder=external")).isEqualTo(2);
        assertThat(err).contains("Unknown option: '--db.provder=external'").contains("--db.provider");
    }

    @Test
    void aFlagOfAnotherGoalIsUnknownThere() {
        assertThat(run("compat", "--db.provider=external")).isEqualTo(2);
        assertThat(err).contains("Unknown option: '--db.provider=external'");
    }

    @Test
    void aWrongTypeNamesTheFlagAndTheAllowedValues() {
        assertThat(run("verify", "--db.provider=docker")).isEqualTo(2);
        assertThat(err).contains("Invalid value for option '--db.provider': 'docker' is not one of embedded,"
                + " testcontainers, external");
        assertThat(run("verify", "--migrations.chain=maybe")).isEqualTo(2);
        assertThat(err).contains("'--migrations.chain': 'maybe' is not a boolean; use true or false");
        assertThat(run("verify", "--db.startTimeout=soon")).isEqualTo(2);
        assertThat(err).contains("'--db.startTimeout': 'soon' is not a whole number, e.g. 60");
        assertThat(run("compat", "--failOn=LOUD")).isEqualTo(2);
        assertThat(err).contains("'--failOn': 'LOUD' is not one of ERROR, WARNING, INFO");
    }

    @Test
    void aBadPropertiesFileLineNamesFileLineAndTheClosestName() throws IOException {
        Files.writeString(project.resolve("schemagate.properties"), "# settings\nfailOn=WARNING\ndb.provder=external\n");
        assertThat(run("compat")).isEqualTo(2);
        assertThat(out).contains("[ERROR] schemagate.properties:3: db.provder is not a schemagate property. Did you mean"
                + " db.provider?");
        Files.writeString(project.resolve("schemagate.properties"), "compat.mode=SIDEWAYS\n");
        assertThat(run("compat")).isEqualTo(2);
        assertThat(out).contains("schemagate.properties:1: compat.mode=SIDEWAYS: 'SIDEWAYS' is not one of BACKWARD,");
    }

    @Test
    void aBadEnvironmentVariableIsNamed() {
        assertThat(run(Map.of("SCHEMAGATE_FAIL_ON", "LOUD"), "compat")).isEqualTo(2);
        assertThat(out).contains("[ERROR] SCHEMAGATE_FAIL_ON=LOUD: 'LOUD' is not one of ERROR, WARNING, INFO.");
    }

    @Test
    void flagsWinOverEnvironmentWhichWinsOverTheFile() throws IOException {
        Files.writeString(project.resolve("schemagate.properties"), "compat.skip=false\nschema.api.skip=true\n");
        Files.createDirectories(project.resolve("src/main/resources/schemas"));
        Files.writeString(project.resolve("src/main/resources/schemas/ok.json"),
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}");
        assertThat(run("api-compat")).isZero();
        assertThat(out).contains("Skipping: schema.api.skip is true.");
        assertThat(run(Map.of("SCHEMAGATE_COMPAT_SKIP", "true"), "compat")).isZero();
        assertThat(out).contains("Skipping: schema.compat.skip is true.");
        assertThat(run(Map.of("SCHEMAGATE_COMPAT_SKIP", "true"), "compat", "--compat.skip=false")).isZero();
        assertThat(out).doesNotContain("Skipping").contains("schemagate: 1 JSON Schema checked: 0 errors, 0 warnings.");
        assertThat(project.resolve("target/schemagate/report.json")).exists();
    }

    @Test
    void findingsAtTheThresholdExitOne() throws IOException {
        Files.createDirectories(project.resolve("src/main/resources/schemas"));
        Files.writeString(project.resolve("src/main/resources/schemas/broken.json"), "{\"type\": 12}");
        assertThat(run("compat", "--out=build/sg")).isEqualTo(1);
        assertThat(out).contains("[ERROR]").contains("finding(s) at or above --failOn=ERROR");
        assertThat(project.resolve("build/sg/report.json")).exists();
        assertThat(project.resolve("build/sg/junit.xml")).exists();
        assertThat(project.resolve("build/sg/codequality.json")).exists();
        assertThat(project.resolve("build/sg/summary.md")).exists();
        assertThat(project.resolve("build/sg/report.html")).exists();
    }

    @Test
    void whatNeedsMavenSaysSo() {
        assertThat(run("compat", "--baseline=maven:com.acme:orders:1.0.0")).isEqualTo(2);
        assertThat(out).contains("schema.baseline=maven:com.acme:orders:1.0.0: maven: baselines are not supported by"
                + " the CLI yet");
        assertThat(run("verify", "--db.version=15")).isEqualTo(2);
        assertThat(out).contains("schema.db.version=15: the command line has only the bundled PostgreSQL 17");
        assertThat(run("docs")).isEqualTo(2);
        assertThat(out).contains("schemagate docs is not available in the CLI yet");
    }

    @Test
    void helpPerSubcommandListsItsFlagsWithDefaultAndVariable() {
        assertThat(run("migrations", "--help")).isZero();
        assertThat(out).contains("Usage: schemagate migrations").contains("--migrations.locations=<a,b,...>")
                .contains("Default: embedded. Env: SCHEMAGATE_DB_PROVIDER").doesNotContain("--compat.mode");
    }
}
