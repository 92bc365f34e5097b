package dev.schemagate.core.openapi.docs;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** schema:docs' core on the incubator fixture spec: layout, bundling, index, bad inputs. */
class ApiDocsTest {
    static final Path FIXTURE = Path.of("src/test/resources/docs/incubator").toAbsolutePath();

    @TempDir
    Path tmp;

    private DocsResult build(Path specDir, String version) {
        return ApiDocs.build(new DocsOptions(specDir, tmp.resolve("api-docs"), version, "incubator", specDir.getParent()),
                Log.silent());
    }

    @Test
    void writesPageRendererSpecAndIndexes() throws IOException {
        DocsResult result = build(FIXTURE, "1.2.0");

        Path v = tmp.resolve("api-docs/1.2.0");
        assertThat(result.specs()).containsExactly("incubator-api.yaml");
        assertThat(result.pages()).containsExactly(v.resolve("incubator-api.html"));
        assertThat(v.resolve("assets/swagger-ui/swagger-ui-bundle.js")).isNotEmptyFile();
        assertThat(v.resolve("assets/swagger-ui/swagger-ui.css")).isNotEmptyFile();
        assertThat(v.resolve("spec/incubator-api.yaml")).hasSameTextualContentAs(FIXTURE.resolve("incubator-api.yaml"));
        assertThat(v.resolve("spec/schemas/common.yaml")).hasSameTextualContentAs(FIXTURE.resolve("schemas/common.yaml"));
        assertThat(Files.readString(v.resolve("index.html"))).contains("href=\"incubator-api.html\"", "Incubator API",
                "spec/incubator-api.yaml");
        assertThat(Files.readString(tmp.resolve("api-docs/index.html"))).contains("href=\"1.2.0/index.html\"");
        assertThat(tmp.resolve("api-docs/versions.txt")).hasContent("1.2.0");
        assertThat(Files.readString(tmp.resolve("api-docs/latest/index.html"))).contains("url=../1.2.0/index.html");
    }

    @Test
    void pageNeedsNoNetwork() throws IOException {
        build(FIXTURE, "1.2.0");
        String page = Files.readString(tmp.resolve("api-docs/1.2.0/incubator-api.html"));

        assertThat(page).doesNotContain("http://", "https://").contains("validatorUrl: null",
                "src=\"assets/swagger-ui/swagger-ui-bundle.js\"");
    }

    @Test
    void externalRefsAreInlinedAndInternalOnesKept() throws IOException {
        build(FIXTURE, "1.2.0");
        JsonNode spec = inlinedSpec(tmp.resolve("api-docs/1.2.0/incubator-api.html"));

        JsonNode notFound = spec.at("/paths/~1ideas~1{ideaId}/get/responses/404/content/application~1json/schema");
        assertThat(notFound.at("/required").toString()).isEqualTo("[\"code\",\"message\"]");
        assertThat(notFound.at("/properties/message/description").asString()).startsWith("What went wrong");
        assertThat(spec.at("/components/schemas/Idea/allOf/0/$ref").asString()).isEqualTo("#/components/schemas/NewIdea");
        assertThat(spec.toString()).doesNotContain("common.yaml");
    }

    @Test
    void versionsAccumulateNewestFirst() throws IOException {
        build(FIXTURE, "v1.9.2");
        build(FIXTURE, "v1.10.0");
        DocsResult result = build(FIXTURE, "v1.10.0-rc1");

        assertThat(result.versions()).containsExactly("v1.10.0", "v1.10.0-rc1", "v1.9.2");
        assertThat(Files.readString(tmp.resolve("api-docs/latest/index.html"))).contains("../v1.10.0/index.html");
        assertThat(tmp.resolve("api-docs/versions.txt")).hasContent("v1.10.0\nv1.10.0-rc1\nv1.9.2");
    }

    @Test
    void rebuildReplacesTheVersionFolder() throws IOException {
        build(FIXTURE, "1.0");
        Path stale = tmp.resolve("api-docs/1.0/old-spec.html");
        Files.writeString(stale, "old");
        build(FIXTURE, "1.0");
        assertThat(stale).doesNotExist();
    }

    @Test
    void missingSpecFolderSaysWhereToPutSpecs() {
        assertThatThrownBy(() -> build(tmp.resolve("src/main/openapi"), "1.0"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("openapi does not exist")
                .hasMessageContaining("schema.openapi.specDir")
                .hasMessageContaining("schema.docs.skip=true");
    }

    @Test
    void yamlSyntaxErrorNamesFileAndLine() throws IOException {
        Path dir = copyFixture();
        Files.writeString(dir.resolve("incubator-api.yaml"), "openapi: 3.0.3\ninfo:\n  title: x\n\tversion: 1\npaths: {}\n");

        assertThatThrownBy(() -> build(dir, "1.0"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("openapi/incubator-api.yaml:4:")
                .hasMessageContaining("is not valid YAML")
                .hasMessageContaining("Fix the syntax");
    }

    @Test
    void refToMissingFileNamesFilePointerAndTarget() throws IOException {
        Path dir = copyFixture();
        Files.delete(dir.resolve("schemas/common.yaml"));

        assertThatThrownBy(() -> build(dir, "1.0"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("openapi/incubator-api.yaml:18 at #/paths/~1ideas/get/parameters/0/schema/$ref: ")
                .hasMessageContaining("$ref \"schemas/common.yaml#/IdeaStatus\" names a file that does not exist"
                        + " (schemas/common.yaml). Fix the path: it is relative to incubator-api.yaml.");
    }

    @Test
    void refToMissingPointerNamesIt() throws IOException {
        Path dir = copyFixture();
        Files.writeString(dir.resolve("schemas/common.yaml"), "IdeaStatus: {type: string}\nMessage: {type: string}\n");

        assertThatThrownBy(() -> build(dir, "1.0"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageStartingWith("openapi/incubator-api.yaml:66 at #/paths/~1ideas~1{ideaId}/get/responses/404/")
                .hasMessageContaining("$ref \"schemas/common.yaml#/Error\" points to #/Error, which does not exist in"
                        + " schemas/common.yaml. Fix the pointer or add the definition.");
    }

    @Test
    void componentsOnlyDocumentReferencedByTheSpecIsNoPage() throws IOException {
        Path dir = copyFixture();
        Files.writeString(dir.resolve("schemas/common.yaml"), "openapi: 3.0.3\ninfo: {title: parts, version: '1'}\n"
                + "paths: {}\n" + Files.readString(FIXTURE.resolve("schemas/common.yaml")));

        DocsResult result = build(dir, "1.0");

        assertThat(result.specs()).containsExactly("incubator-api.yaml");
        assertThat(ApiDocs.specNames(new DocsOptions(dir, tmp, "1.0", null, null))).containsExactly("incubator-api.yaml");
    }

    @Test
    void folderWithoutSpecSaysSo() throws IOException {
        Path dir = Files.createDirectories(tmp.resolve("openapi"));
        Files.writeString(dir.resolve("common.yaml"), "Error: {type: object}\n");

        assertThatThrownBy(() -> build(dir, "1.0"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("No OpenAPI spec in openapi");
    }

    @Test
    void unwritableOutputNamesTheFolderAndProperty() throws IOException {
        Files.writeString(tmp.resolve("api-docs"), "a file where the folder should be");

        assertThatThrownBy(() -> build(FIXTURE, "1.0"))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("api-docs")
                .hasMessageContaining("is not writable")
                .hasMessageContaining("schema.docs.outputDirectory");
    }

    @Test
    void badVersionNameIsRefused() {
        for (String bad : List.of("../x", "latest", "a b", "")) {
            assertThatThrownBy(() -> build(FIXTURE, bad)).as(bad)
                    .isInstanceOf(ConfigurationException.class).hasMessageContaining("schema.docs.version");
        }
    }

    static JsonNode inlinedSpec(Path page) throws IOException {
        String html = Files.readString(page);
        int start = html.indexOf('>', html.indexOf("id=\"schemagate-spec\"")) + 1;
        String json = html.substring(start, html.indexOf("</script>", start)).replace("<\\/", "</");
        return JsonMapper.builder().build().readTree(json);
    }

    private Path copyFixture() throws IOException {
        Path dir = tmp.resolve("openapi");
        Files.createDirectories(dir.resolve("schemas"));
        Files.copy(FIXTURE.resolve("incubator-api.yaml"), dir.resolve("incubator-api.yaml"));
        Files.copy(FIXTURE.resolve("schemas/common.yaml"), dir.resolve("schemas/common.yaml"));
        return dir;
    }
}
