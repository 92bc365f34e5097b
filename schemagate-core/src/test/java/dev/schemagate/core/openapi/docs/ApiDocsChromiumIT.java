package dev.schemagate.core.openapi.docs;

import dev.schemagate.core.Log;
import dev.schemagate.core.TestPaths;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The generated API docs in a real headless Chromium: every operation of the spec (its operationId and
 * summary) is in the rendered DOM, nothing is left unresolved, and a screenshot is kept as a test artifact
 * in target/api-docs-screenshots/. Without Chromium the test fails and says what to install.
 */
class ApiDocsChromiumIT {
    private static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
    private static Chromium chromium;

    @BeforeAll
    static void browser() {
        chromium = Chromium.find();
    }

    @Test
    void fixtureSpecRendersEveryOperation() throws Exception {
        checkRenders(ApiDocsTest.FIXTURE, "fixture");
    }

    @Test
    void sampleProjectSpecRendersEveryOperation() throws Exception {
        Path specDir = TestPaths.sampleProject().resolve("src/main/openapi");
        assertThat(specDir).as("the sample service's spec").isDirectory();
        checkRenders(specDir, "sample-project");
    }

    private void checkRenders(Path specDir, String name) throws Exception {
        Path site = Path.of("target/api-docs-it", name).toAbsolutePath();
        DocsResult result = ApiDocs.build(new DocsOptions(specDir, site, "1.0.0", name, specDir), Log.silent());
        assertThat(result.pages()).isNotEmpty();
        for (Path page : result.pages()) {
            List<String[]> operations = operations(ApiDocsTest.inlinedSpec(page));
            assertThat(operations).as("operations in " + page).isNotEmpty();

            // the spec itself is inlined in a script element: only what Swagger UI rendered counts
            String dom = chromium.dumpDom(page).replaceAll("(?s)<script\\b.*?</script>", "");

            assertThat(dom).as("Swagger UI rendered " + page).contains("opblock-summary");
            assertThat(dom).doesNotContain("Could not resolve reference", "Failed to load API definition");
            for (String[] op : operations) {
                assertThat(dom).as("operation " + op[0] + " " + op[1] + " in the DOM of " + page).contains(op[1]);
                if (op[2] != null) {
                    assertThat(dom).as("summary of " + op[1]).contains(op[2]);
                }
            }
            String file = page.getFileName().toString().replace(".html", ".png");
            chromium.screenshot(page, Path.of("target/api-docs-screenshots", name + "-" + file));
        }
    }

    /** {path, operationId, summary} of every operation. */
    private static List<String[]> operations(JsonNode spec) {
        List<String[]> found = new ArrayList<>();
        spec.path("paths").properties().forEach(path -> path.getValue().properties().forEach(op -> {
            if (METHODS.contains(op.getKey())) {
                JsonNode summary = op.getValue().get("summary");
                found.add(new String[] {op.getKey().toUpperCase() + " " + path.getKey(),
                        op.getValue().path("operationId").asString(path.getKey()),
                        summary == null ? null : summary.asString()});
            }
        }));
        return found;
    }
}
