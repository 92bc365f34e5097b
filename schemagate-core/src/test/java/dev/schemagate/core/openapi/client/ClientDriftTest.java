package dev.schemagate.core.openapi.client;

import dev.schemagate.core.Log;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class ClientDriftTest {
    private static final String MODEL = "src/main/java/org/openapitools/client/model/";

    @TempDir
    Path module;

    @Test
    void anUntrackedClientIsNotChecked() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        ClientSettings settings = ClientTestModules.settings(module, spec, "client");
        OpenApiClient.generate(settings, Log.silent());
        Files.writeString(module.resolve("client/" + MODEL + "Tag.java"), "edited");

        assertThat(OpenApiClient.checkDrift(settings, SeverityPolicy.defaults(), Log.silent())).isEmpty();
    }

    @Test
    void aCommittedClientThatMatchesPassesAndAHandEditedOneIsStale() throws Exception {
        Path spec = ClientTestModules.withSampleSpec(module);
        ClientSettings settings = ClientTestModules.settings(module, spec, "client");
        OpenApiClient.generate(settings, Log.silent());
        git("init", "-q");
        git("add", "client");
        assertThat(OpenApiClient.checkDrift(settings, SeverityPolicy.defaults(), Log.silent())).isEmpty();

        Path user = module.resolve("client/" + MODEL + "User.java");
        Files.writeString(user, Files.readString(user).replace("private String email;", "private String mail;"));
        Files.delete(module.resolve("client/" + MODEL + "TagUsage.java"));
        Files.writeString(module.resolve("client/" + MODEL + "Extra.java"), "class Extra {}\n");

        List<Finding> findings = OpenApiClient.checkDrift(settings, SeverityPolicy.defaults(), Log.silent());

        assertThat(findings).hasSize(1);
        Finding stale = findings.get(0);
        assertThat(stale.ruleId()).isEqualTo("openapi.client.stale");
        assertThat(stale.severity()).isEqualTo(Severity.ERROR);
        assertThat(stale.location().file()).isEqualTo("client");
        assertThat(stale.details()).containsEntry("added", List.of(MODEL + "TagUsage.java"))
                .containsEntry("removed", List.of(MODEL + "Extra.java"))
                .containsEntry("command", "mvn schema:client");
        assertThat(stale.message())
                .startsWith("client is stale: it differs from what src/main/openapi/incubator-api.yaml generates now"
                        + " (1 changed, 1 added, 1 removed).\n  changed " + MODEL + "User.java at line ")
                .contains("\n    -   private String mail;\n    +   private String email;")
                .endsWith("Regenerate it with 'mvn schema:client' and commit client.");
        @SuppressWarnings("unchecked")
        List<Map<String, String>> changed = (List<Map<String, String>>) stale.details().get("changed");
        assertThat(changed).extracting(c -> c.get("file")).containsExactly(MODEL + "User.java");

        Path report = dev.schemagate.core.report.ReportJson.write(
                new dev.schemagate.core.report.Report("0.1.0", null, List.of(), findings), module.resolve("report"));
        assertThat(dev.schemagate.core.report.ReportSchemaTest.validate(report)).isEmpty();
    }

    @Test
    void theDiffShowsTheFirstDifferingLines() {
        assertThat(ClientFiles.firstLines("a\nb\nc\n", "a\nB\nc\n")).isEqualTo("line 2:\n- b\n+ B");
        assertThat(ClientFiles.firstLines("a\n", "a\nx\ny\nz\nw\nv\n")).isEqualTo("line 2:\n+ x\n+ y\n+ z\n+ w\n…");
    }

    private void git(String... args) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("git", "-c", "user.name=t", "-c", "user.email=t@t"));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(module.toFile()).inheritIO().start();
        assertThat(p.waitFor()).isZero();
    }
}
