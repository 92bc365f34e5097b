package dev.schemagate.core.openapi.compat;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.SchemaGate;
import dev.schemagate.core.report.Report;
import dev.schemagate.core.rules.Finding;
import dev.schemagate.core.rules.Rule;
import dev.schemagate.core.rules.Severity;
import dev.schemagate.core.rules.SeverityPolicy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** schema:api-compat end to end through SchemaGate.apiCompat: bad input, git and dir baselines, report files. */
class ApiCompatCheckTest {
    private static final String SPEC = """
            openapi: 3.0.3
            info:
              title: Orders
              version: 1.0.0
            paths:
              /orders:
                post:
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema:
                          $ref: '#/components/schemas/Order'
                  responses:
                    '201':
                      description: created
              /orders/{id}:
                delete:
                  parameters:
                    - name: id
                      in: path
                      required: true
                      schema:
                        type: string
                  responses:
                    '204':
                      description: deleted
            components:
              schemas:
                Order:
                  type: object
                  required: [sku]
                  properties:
                    sku:
                      type: string
                    quantity:
                      type: integer
            """;

    @TempDir
    Path repo;

    private Path module() throws Exception {
        return Files.createDirectories(repo.resolve("service"));
    }

    private Path write(String relative, String text) throws Exception {
        Path file = repo.resolve("service").resolve(relative);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, text);
    }

    private Report run(String baseline) throws Exception {
        return SchemaGate.apiCompat(ApiCompatSettings.defaults(module()), baseline, SeverityPolicy.defaults(),
                repo.resolve("service/target/schemagate"), Map.of(), Log.silent());
    }

    private static List<Finding> at(Report report, Severity severity) {
        return report.findings().stream().filter(f -> f.severity() == severity).toList();
    }

    private void git(String... args) throws Exception {
        String[] command = Stream.concat(Stream.of("git", "-c", "user.name=t", "-c", "user.email=t@example.org"),
                Stream.of(args)).toArray(String[]::new);
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    }

    private void release(String tag) throws Exception {
        if (!Files.isDirectory(repo.resolve(".git"))) {
            git("init", "-q", "-b", "main");
        }
        git("add", "-A");
        git("commit", "-q", "-m", "release " + tag);
        git("tag", tag);
    }

    @Test
    void aYamlSyntaxErrorNamesFileLineAndColumn() throws Exception {
        write("src/main/openapi/orders.yaml", SPEC.replace("  /orders:\n", "  /orders:\n   bad: [\n"));
        Report report = run(null);
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.OPENAPI_SPEC_INVALID.id());
            assertThat(f.severity()).isEqualTo(Severity.ERROR);
            assertThat(f.location().file()).isEqualTo("src/main/openapi/orders.yaml");
            assertThat(f.location().line()).isNotNull();
            assertThat(f.message()).startsWith("src/main/openapi/orders.yaml:" + f.location().line() + ":")
                    .contains("is not valid YAML").contains("Fix the syntax at that position");
        });
    }

    @Test
    void aRefToAMissingFileNamesTheLineOfTheRef() throws Exception {
        write("src/main/openapi/orders.yaml", SPEC.replace("'#/components/schemas/Order'", "'schemas/order.yaml'"));
        Finding f = run(null).findings().get(0);
        assertThat(f.ruleId()).isEqualTo(Rule.OPENAPI_SPEC_INVALID.id());
        assertThat(f.location().line()).isEqualTo(13);
        assertThat(f.location().pointer()).isEqualTo("/paths/~1orders/post/requestBody/content/application~1json/schema/$ref");
        assertThat(f.message()).isEqualTo("src/main/openapi/orders.yaml:13 at #/paths/~1orders/post/requestBody/content"
                + "/application~1json/schema/$ref: $ref \"schemas/order.yaml\" names a file that does not exist"
                + " (schemas/order.yaml). Fix the path: it is relative to orders.yaml.");
    }

    @Test
    void aMissingGitRefIsAConfigurationErrorAndLeavesNothingBehind() throws Exception {
        write("src/main/openapi/orders.yaml", SPEC);
        release("v1.0");
        long before = tempDirs();
        assertThatThrownBy(() -> run("git:v9.9")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("git knows no commit 'v9.9'").hasMessageContaining("git fetch");
        assertThat(tempDirs()).isEqualTo(before);
    }

    @Test
    void aMissingDirBaselineIsAConfigurationError() throws Exception {
        write("src/main/openapi/orders.yaml", SPEC);
        assertThatThrownBy(() -> run("dir:../release-0.9")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.baseline=dir:../release-0.9").hasMessageContaining("does not exist");
    }

    @Test
    void aFolderWithoutSpecsIsAConfigurationErrorNamingTheProperty() throws Exception {
        write("src/main/openapi/README.yaml", "note: no spec here\n");
        assertThatThrownBy(() -> run(null)).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("schema.openapi.specDir").hasMessageContaining("holds no OpenAPI document");
    }

    @Test
    void aSpecRemovedSinceTheGitBaselineIsAnError() throws Exception {
        write("src/main/openapi/orders.yaml", SPEC);
        write("src/main/openapi/legacy/stock.yaml", SPEC);
        release("v1.0");
        Files.delete(repo.resolve("service/src/main/openapi/legacy/stock.yaml"));
        Report report = run("git:v1.0");
        assertThat(at(report, Severity.ERROR)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.OPENAPI_SPEC_REMOVED.id());
            assertThat(f.location().file()).isEqualTo("src/main/openapi/legacy/stock.yaml");
            assertThat(f.message()).startsWith("src/main/openapi/legacy/stock.yaml was removed since git:v1.0;");
        });
    }

    @Test
    void aBreakingChangeSinceTheGitBaselineIsReportedWithAProvenWitnessAndATestCasePerSpec() throws Exception {
        write("src/main/openapi/orders.yaml", SPEC);
        release("v1.0");
        write("src/main/openapi/orders.yaml", SPEC.replace("required: [sku]", "required: [sku, quantity]")
                .replace("  /orders/{id}:\n", "  /orders/{orderId}:\n").replace("name: id", "name: orderId"));
        Report report = run("git:v1.0");
        assertThat(at(report, Severity.ERROR)).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.OPENAPI_REQUEST_INCOMPATIBLE.id());
            assertThat(f.location().file()).isEqualTo("src/main/openapi/orders.yaml");
            assertThat(f.location().pointer()).isEqualTo("/components/schemas/Order/required");
            assertThat(f.location().baselinePointer()).isEqualTo("/components/schemas/Order/required");
            assertThat(f.location().line()).isEqualTo(32);
            assertThat(f.details()).containsEntry("jsonschemaRule", "jsonschema.required.added")
                    .containsEntry("witnessChecked", true).doesNotContainKey("witnessRefuted")
                    .containsEntry("operation", "POST /orders");
            assertThat(f.message()).startsWith("src/main/openapi/orders.yaml:32: POST /orders request body application/json"
                    + " at #/components/schemas/Order/required (checked BACKWARD");
        });
        assertThat(report.findings()).extracting(Finding::ruleId).doesNotContain(Rule.OPENAPI_OPERATION_REMOVED.id());
        String junit = Files.readString(repo.resolve("service/target/schemagate/junit.xml"));
        assertThat(junit).contains("name=\"api orders.yaml\"");
        assertThat(Files.readString(repo.resolve("service/target/schemagate/report.json")))
                .contains("\"openapi.request.incompatible\"");
        assertThat(Files.readString(repo.resolve("service/target/schemagate/codequality.json")))
                .contains("openapi.request.incompatible");
        assertThat(dev.schemagate.core.report.ReportSchemaTest.validate(repo.resolve("service/target/schemagate/report.json")))
                .isEmpty();
    }

    @Test
    void aResponseBreakCarriesAProvenForwardWitnessAndNamesEveryOperation() throws Exception {
        Path fixture = Path.of(getClass().getResource("/openapi-compat/response-required-removed-30").toURI());
        List<Finding> errors = ApiCompatFixturesTest.run(fixture, repo).stream()
                .filter(f -> f.severity() == Severity.ERROR).toList();
        assertThat(errors).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.OPENAPI_RESPONSE_INCOMPATIBLE.id());
            assertThat(f.details()).containsEntry("forwardWitnessChecked", true).containsKey("forwardWitness")
                    .containsEntry("operations", List.of("GET /pets response 200 application/json",
                            "GET /pets/{id} response 200 application/json", "POST /pets response 201 application/json"));
            assertThat(f.message()).startsWith("src/main/openapi/api.yaml:85: GET /pets response 200 application/json (and"
                    + " GET /pets/{id} response 200 application/json, POST /pets response 201 application/json) at"
                    + " #/components/schemas/Pet/required (checked FORWARD");
        });
    }

    @Test
    void aBaselineWithoutTheSpecFolderMakesEverySpecNew() throws Exception {
        write("src/main/openapi/orders.yaml", SPEC);
        Files.createDirectories(repo.resolve("release"));
        Report report = run("dir:../release");
        assertThat(report.findings()).singleElement().satisfies(f -> {
            assertThat(f.ruleId()).isEqualTo(Rule.OPENAPI_SPEC_CHECKED.id());
            assertThat(f.message()).contains("dir:../release has no src/main/openapi folder");
        });
    }

    private static long tempDirs() throws Exception {
        try (Stream<Path> s = Files.list(Path.of(System.getProperty("java.io.tmpdir")))) {
            return s.filter(p -> p.getFileName().toString().startsWith("schemagate-baseline-")).count();
        }
    }
}
