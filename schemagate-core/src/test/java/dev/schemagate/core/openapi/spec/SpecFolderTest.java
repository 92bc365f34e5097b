package dev.schemagate.core.openapi.spec;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.openapi.client.ClientSettings;
import dev.schemagate.core.openapi.compat.ApiCompatCheck;
import dev.schemagate.core.openapi.compat.ApiCompatSettings;
import dev.schemagate.core.openapi.docs.ApiDocs;
import dev.schemagate.core.openapi.docs.DocsOptions;
import dev.schemagate.core.openapi.docs.DocsResult;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * One answer to "which files of the OpenAPI folder are specs", the same for api-compat, client and docs:
 * a file with a top-level openapi key that no other spec reaches through its $refs, in the folder and below.
 */
class SpecFolderTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Pets
              version: 1.0.0
            paths:
              /pets:
                get:
                  responses:
                    '200':
                      description: the pets
                      content:
                        application/json:
                          schema:
                            $ref: 'parts/common.yaml#/components/schemas/Pet'
            """;
    /** A part that is an OpenAPI document itself (some editors want the key to validate a file). */
    private static final String PART_WITH_OPENAPI_KEY = """
            openapi: 3.0.3
            info:
              title: shared parts
              version: '1'
            paths: {}
            components:
              schemas:
                Pet:
                  type: object
                  properties:
                    name:
                      type: string
            """;

    @TempDir
    Path module;

    private Path specDir() {
        return module.resolve(SpecDir.DEFAULT);
    }

    private void write(String name, String text) throws IOException {
        Path file = specDir().resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    /** What each goal takes for the specs of the folder. */
    private record Answers(List<String> apiCompat, List<String> docs, Path client) {
    }

    private Answers answers() {
        List<String> logged = new ArrayList<>();
        List<Finding> findings = ApiCompatCheck.run(new ApiCompatSettings(module, Path.of(SpecDir.DEFAULT)),
                Optional.empty(), SeverityPolicy.defaults(), Log.silent());
        findings.forEach(f -> logged.add(f.location().file()));
        DocsResult docs = ApiDocs.build(new DocsOptions(specDir(), module.resolve("target/api-docs"), "1.0", "t", module),
                Log.silent());
        return new Answers(logged, docs.specs(), ClientSettings.findSpec(module, Path.of(SpecDir.DEFAULT), null));
    }

    @Test
    void aPartWithAnOpenapiKeyThatTheSpecRefsIsAPartForEveryGoal() throws IOException {
        write("pets.yaml", SPEC);
        write("parts/common.yaml", PART_WITH_OPENAPI_KEY);

        assertThat(SpecLoader.load(specDir()).specs()).extracting(ApiSpec::name).containsExactly("pets.yaml");
        Answers answers = answers();
        assertThat(answers.apiCompat()).containsExactly("src/main/openapi/pets.yaml");
        assertThat(answers.docs()).containsExactly("pets.yaml");
        assertThat(answers.client()).isEqualTo(specDir().resolve("pets.yaml"));
        assertThat(SpecLoader.load(specDir()).specs().get(0).files()).containsOnlyKeys("pets.yaml", "parts/common.yaml");
    }

    @Test
    void aSpecInASubfolderIsFoundByEveryGoal() throws IOException {
        write("v1/pets.yaml", SPEC);
        write("v1/parts/common.yaml", PART_WITH_OPENAPI_KEY.replace("openapi: 3.0.3\n", ""));

        Answers answers = answers();
        assertThat(answers.apiCompat()).containsExactly("src/main/openapi/v1/pets.yaml");
        assertThat(answers.docs()).containsExactly("v1/pets.yaml");
        assertThat(module.resolve("target/api-docs/1.0/v1_pets.html")).isNotEmptyFile();
        assertThat(answers.client()).isEqualTo(specDir().resolve("v1/pets.yaml"));
    }

    @Test
    void aTopLevelYamlWithoutOpenapiKeyIsNoLongerTheClientSpec() throws IOException {
        write("settings.yaml", "generator: java\n");

        assertThatThrownBy(() -> ClientSettings.findSpec(module, Path.of(SpecDir.DEFAULT), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("No OpenAPI spec in src/main/openapi: none of its 1 .yaml/.yml/.json files [settings.yaml]"
                        + " has a top-level 'openapi' key. Add the key to your spec, set schema.client.spec to it, or point"
                        + " schema.openapi.specDir at its folder.");

        write("v1/pets.yaml", SPEC);
        write("v1/parts/common.yaml", PART_WITH_OPENAPI_KEY);
        assertThat(ClientSettings.findSpec(module, Path.of(SpecDir.DEFAULT), null)).isEqualTo(specDir().resolve("v1/pets.yaml"));
        assertThat(ClientSettings.findSpec(module, Path.of("src/main/none"), null)).isNull();
    }

    @Test
    void documentsThatOnlyReferToEachOtherAreAllSpecs() throws IOException {
        write("a.yaml", "openapi: 3.1.0\ninfo: {title: a, version: '1'}\npaths: {}\n"
                + "components: {schemas: {A: {$ref: 'b.yaml#/components/schemas/B'}}}\n");
        write("b.yaml", "openapi: 3.1.0\ninfo: {title: b, version: '1'}\npaths: {}\n"
                + "components: {schemas: {B: {$ref: 'a.yaml#/components/schemas/A'}}}\n");

        assertThat(SpecLoader.read(specDir()).specs()).extracting(ApiSpec::name).containsExactly("a.yaml", "b.yaml");
    }

    @Test
    void aFileThatDoesNotParseFailsTheClientAndTheDocsWithFileLineAndFix() throws IOException {
        write("pets.yaml", SPEC);
        write("parts/common.yaml", "components:\n  schemas:\n    Pet: [\n");

        assertThatThrownBy(() -> ClientSettings.findSpec(module, Path.of(SpecDir.DEFAULT), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("src/main/openapi/parts/common.yaml:4:1 is not valid YAML: ")
                .hasMessageEndingWith("Fix the syntax at that position.");
        assertThatThrownBy(() -> ApiDocs.build(new DocsOptions(specDir(), module.resolve("site"), "1", "t", module),
                Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("src/main/openapi/parts/common.yaml:4:1 is not valid YAML: ");
    }

    @Test
    void theInlinedSpecOfAPageNamesNoOtherFile() throws IOException {
        write("pets.yaml", SPEC);
        write("parts/common.yaml", PART_WITH_OPENAPI_KEY);

        ApiSpec spec = SpecLoader.read(specDir()).specs().get(0);
        String inlined = SpecInliner.inline(spec).toString();

        assertThat(inlined).doesNotContain("common.yaml", ApiSpec.FILES)
                .contains("\"schema\":{\"type\":\"object\",\"properties\":{\"name\":{\"type\":\"string\"}}}");
    }

    @Test
    void aFileBeyondTheReadersLimitsSaysSoInTheUsersTermsForTheDocsToo() throws IOException {
        write("pets.yaml", SPEC);
        write("parts/deep.json", "[".repeat(3000) + "]".repeat(3000));

        assertThatThrownBy(() -> ApiDocs.build(new DocsOptions(specDir(), module.resolve("site"), "1", "t", module),
                Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("src/main/openapi/parts/deep.json is not valid JSON: it nests 501 levels deep,"
                        + " deeper than the 500 levels schemagate reads.")
                .hasMessageContaining("move deeply nested parts into $defs (or components)");
    }
}
