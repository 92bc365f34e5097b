package dev.schemagate.core.openapi.client;

import dev.schemagate.core.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class ClientGenerationTest {
    @TempDir
    Path module;

    @Test
    void theSampleSpecGivesByteIdenticalClientsTwice() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        ClientResult first = OpenApiClient.generate(ClientTestModules.settings(module, spec, "out/one"), Log.silent());
        ClientResult second = OpenApiClient.generate(ClientTestModules.settings(module, spec, "out/two"), Log.silent());

        assertThat(first.upToDate()).isFalse();
        assertThat(second.upToDate()).isFalse();
        assertThat(first.specFiles()).isEqualTo(2);
        assertThat(ClientFiles.list(module.resolve("out/one")))
                .containsKeys(".openapi-generator/FILES", "src/main/java/org/openapitools/client/api/IdeasApi.java",
                        "src/main/java/org/openapitools/client/model/Idea.java");
        assertThat(ClientFiles.compare(module.resolve("out/one"), module.resolve("out/two")).isEmpty()).isTrue();
        String idea = Files.readString(module.resolve("out/one/src/main/java/org/openapitools/client/model/Idea.java"));
        assertThat(idea).doesNotContain("date = \"").contains("class Idea");
    }

    @Test
    void skipsWhenNothingChangedAndRegeneratesWhenAReferencedFileChanges() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        ClientSettings settings = ClientTestModules.settings(module, spec, "target/generated-sources/openapi");
        assertThat(OpenApiClient.generate(settings, Log.silent()).upToDate()).isFalse();

        ClientResult again = OpenApiClient.generate(settings, Log.silent());
        assertThat(again.upToDate()).isTrue();
        assertThat(again.touched()).isZero();

        Path components = module.resolve("src/main/openapi/components/incubator-components.yaml");
        Files.writeString(components, Files.readString(components)
                .replace("          example: not_found\n", "          example: not_found\n          maxLength: 64\n"));
        ClientResult changed = OpenApiClient.generate(settings, Log.silent());
        assertThat(changed.upToDate()).isFalse();
        assertThat(changed.touched()).isPositive();
    }

    @Test
    void otherOptionsAreAnotherCacheKey() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        ClientSettings plain = ClientTestModules.settings(module, spec, "target/client");
        ClientSettings other = ClientTestModules.settings(module, spec, "target/client",
                ClientTestModules.withConfigOptions(java.util.Map.of("useJakartaEe", "true")));
        java.util.List<Path> files = OpenApiClient.specFiles(plain);
        assertThat(ClientCache.key(plain, files)).isNotEqualTo(ClientCache.key(other, files))
                .isEqualTo(ClientCache.key(plain, files));
    }

    @Test
    void filesNoLongerGeneratedAreDeletedAndOthersKept() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        ClientSettings settings = ClientTestModules.settings(module, spec, "target/client");
        OpenApiClient.generate(settings, Log.silent());
        Path mine = module.resolve("target/client/NOTES.txt");
        Files.writeString(mine, "kept");
        Files.writeString(spec, Files.readString(spec).replace("tags: [tags]", "tags: [labels]"));

        OpenApiClient.generate(settings, Log.silent());

        Path api = module.resolve("target/client/src/main/java/org/openapitools/client/api");
        assertThat(api.resolve("LabelsApi.java")).exists();
        assertThat(api.resolve("TagsApi.java")).doesNotExist();
        assertThat(mine).exists();
    }
}
