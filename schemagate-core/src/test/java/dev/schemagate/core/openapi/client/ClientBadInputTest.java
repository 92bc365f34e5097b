package dev.schemagate.core.openapi.client;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class ClientBadInputTest {
    @TempDir
    Path module;

    @Test
    void yamlSyntaxErrorNamesFileLineAndColumn() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        Files.writeString(spec, Files.readString(spec).replace("  /api/v1/users:\n", "  /api/v1/users:\n\t  bad: [\n"));

        assertThatThrownBy(() -> OpenApiClient.generate(ClientTestModules.settings(module, spec, "out"), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("src/main/openapi/incubator-api.yaml:")
                .hasMessageContaining("is not valid YAML")
                .hasMessageEndingWith("Fix the syntax at that position.");
        assertThat(module.resolve("out")).doesNotExist();
    }

    @Test
    void refToAMissingFileNamesTheReferrerItsLineAndTheMissingFile() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        String text = Files.readString(spec);
        int line = (int) text.substring(0, text.indexOf("components/incubator-components.yaml#/components/schemas/SchemaCatalog"))
                .lines().count();
        Files.writeString(spec, text.replace("components/incubator-components.yaml#/components/schemas/SchemaCatalog",
                "components/catalog.yaml#/SchemaCatalog"));

        assertThatThrownBy(() -> OpenApiClient.generate(ClientTestModules.settings(module, spec, "out"), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("src/main/openapi/incubator-api.yaml:" + line + " at #/paths/~1api~1v1~1schema/get/responses/200"
                        + "/content/application~1json/schema/$ref: $ref \"components/catalog.yaml#/SchemaCatalog\" names a file"
                        + " that does not exist (components/catalog.yaml). Fix the path: it is relative to incubator-api.yaml.");
    }

    @Test
    void unknownGeneratorNameIsNamedWithItsParameter() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        GeneratorOptions options = new GeneratorOptions("jawa", null, null, null, null, null, null, null, false, false);

        assertThatThrownBy(() -> OpenApiClient.generate(ClientTestModules.settings(module, spec, "out", options), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("schema.client.generatorName: there is no generator named 'jawa' in openapi-generator 7.25.0. Use one of: ")
                .hasMessageContaining(", java, ");
    }

    @Test
    void unknownLibraryAndConfigOptionAreNamed() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        GeneratorOptions library = new GeneratorOptions("java", "nativ", null, null, null, null, null, null, false, false);
        assertThatThrownBy(() -> OpenApiClient.generate(ClientTestModules.settings(module, spec, "out", library), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("schema.client.library: generator 'java' has no library 'nativ'. Use one of: ")
                .hasMessageContaining("native");

        GeneratorOptions option = ClientTestModules.withConfigOptions(Map.of("useJakartaEE", "true"));
        assertThatThrownBy(() -> OpenApiClient.generate(ClientTestModules.settings(module, spec, "out", option), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("<configOptions>: generator 'java' has no option [useJakartaEE]. Its options: ")
                .hasMessageContaining("useJakartaEe");
    }

    @Test
    void anOutputThatCannotBeCreatedNamesTheProperty() throws IOException {
        Path spec = ClientTestModules.withSampleSpec(module);
        Files.writeString(module.resolve("taken"), "a file where the folder should be");

        assertThatThrownBy(() -> OpenApiClient.generate(ClientTestModules.settings(module, spec, "taken/client"), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("schema.client.output is taken/client, but it cannot be created (")
                .hasMessageEndingWith("Point schema.client.output at a folder you can write to.");
    }

    @Test
    void aSpecThatParsesButIsNotOpenApiIsRejectedWithTheGeneratorsReasons() throws IOException {
        Path spec = module.resolve("src/main/openapi/api.yaml");
        ClientTestModules.write(spec, "openapi: 3.0.3\ninfo:\n  title: t\npaths:\n  /x:\n    get:\n      responses: 7\n");

        assertThatThrownBy(() -> OpenApiClient.generate(ClientTestModules.settings(module, spec, "out"), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("src/main/openapi/api.yaml is not a valid OpenAPI document: ")
                .hasMessageContaining("info.version is missing");
    }

    @Test
    void severalSpecsWithoutAChoiceAskForSchemaClientSpec() throws IOException {
        ClientTestModules.write(module.resolve("src/main/openapi/a.yaml"), "openapi: 3.0.3\n");
        ClientTestModules.write(module.resolve("src/main/openapi/b.yaml"), "openapi: 3.0.3\n");
        // a document in a subfolder that no spec $refs is a spec too (as for api-compat and docs)
        ClientTestModules.write(module.resolve("src/main/openapi/parts/c.yaml"), "openapi: 3.0.3\n");

        assertThatThrownBy(() -> ClientSettings.findSpec(module, Path.of("src/main/openapi"), null))
                .isInstanceOf(ConfigurationException.class)
                .hasMessage("src/main/openapi holds 3 specs [a.yaml, b.yaml, parts/c.yaml]. Set schema.client.spec to the"
                        + " one to generate from (one execution per spec).");
        assertThat(ClientSettings.findSpec(module, Path.of("src/main/openapi"), "src/main/openapi/b.yaml"))
                .isEqualTo(module.resolve("src/main/openapi/b.yaml"));
        assertThat(ClientSettings.findSpec(module, Path.of("src/none"), null)).isNull();
        assertThatThrownBy(() -> ClientSettings.findSpec(module, Path.of("src/main/openapi"), "nope.yaml"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("schema.client.spec names nope.yaml, which does not exist.");
    }
}
