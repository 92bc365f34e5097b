package dev.schemagate.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import com.sun.net.httpserver.HttpServer;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

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
    void anEmptyEnvironmentVariableIsUnset() throws IOException {
        // GitLab passes inputs left empty as empty variables
        Files.createDirectories(project.resolve("src/main/resources/schemas"));
        Files.writeString(project.resolve("src/main/resources/schemas/ok.json"),
                "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"type\": \"object\"}");
        assertThat(run(Map.of("SCHEMAGATE_FAIL_ON", "", "SCHEMAGATE_BASELINE", ""), "compat")).as(out).isZero();
        assertThat(out).doesNotContain("[ERROR]").contains("0 errors");
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
        // maven: baselines and other PostgreSQL majors no longer need Maven (StandaloneResolverTest, CliResolverIT)
        assertThat(run("migrations", "--db.provider=external", "--db.url=jdbc:postgresql://127.0.0.1:9/x",
                "--db.serverId=corp")).isEqualTo(2);
        assertThat(out).contains("schema.db.serverId=corp: settings.xml servers need Maven");
    }

    @Test
    void helpPerSubcommandListsItsFlagsWithDefaultAndVariable() {
        assertThat(run("migrations", "--help")).isZero();
        assertThat(out).contains("Usage: schemagate migrations").contains("--migrations.locations=<a,b,...>")
                .contains("Default: embedded. Env: SCHEMAGATE_DB_PROVIDER").doesNotContain("--compat.mode");
        assertThat(run("client", "--help")).isZero();
        assertThat(out).contains("Where the client goes (the same as --client.").contains("--openapi.specDir")
                .doesNotContain("--api.skip");
    }

    /** The sample project's OpenAPI folder (a spec and the components file it $refs) in the temp project. */
    private void copySampleSpecs() throws IOException {
        Path from = Path.of(System.getProperty("schemagate.repoRoot", "..")).resolve("sample-project/src/main/openapi");
        try (var files = Files.walk(from)) {
            for (Path f : files.toList()) {
                Path to = project.resolve("src/main/openapi").resolve(from.relativize(f).toString());
                if (Files.isDirectory(f)) {
                    Files.createDirectories(to);
                } else {
                    Files.copy(f, to);
                }
            }
        }
    }

    @Test
    void clientGeneratesIntoTheConfiguredFolderThenIntoOut() throws IOException {
        copySampleSpecs();
        Files.writeString(project.resolve("schemagate.properties"), "client.output=gen/client\n"
                + "client.apiPackage=com.acme.api\nclient.modelPackage=com.acme.model\n");
        assertThat(run("client")).as(out + err).isZero();
        assertThat(out).contains("Generated the OpenAPI client of src/main/openapi/incubator-api.yaml into gen/client");
        assertThat(project.resolve("gen/client/src/main/java/com/acme/api")).isDirectory();
        assertThat(run("client")).isZero();
        assertThat(out).contains("OpenAPI client gen/client is up to date with src/main/openapi/incubator-api.yaml");

        assertThat(run("client", "--out=build/other")).as(out + err).isZero();
        assertThat(project.resolve("build/other/src/main/java/com/acme/model")).isDirectory();
    }

    @Test
    void clientWithoutASpecSaysWhereItLooked() {
        assertThat(run("client")).isZero();
        assertThat(out).contains("No OpenAPI spec in").contains("nothing to generate");
    }

    @Test
    void docsWritesTheApiDocsFolder() throws IOException {
        copySampleSpecs();
        assertThat(run("docs", "--docs.version=1.4.0")).as(out + err).isZero();
        Path site = project.resolve("target/schemagate/api-docs");
        assertThat(site.resolve("index.html")).isRegularFile();
        assertThat(site.resolve("1.4.0/index.html")).isRegularFile();
        assertThat(site.resolve("1.4.0/spec/incubator-api.yaml")).isRegularFile();
        assertThat(out).contains("schemagate: API docs of 1 spec(s) in " + site.resolve("1.4.0"));

        assertThat(run(Map.of("CI_COMMIT_TAG", "v2.0.0"), "docs", "--out=public")).as(out + err).isZero();
        assertThat(project.resolve("public/v2.0.0/index.html")).isRegularFile();
    }

    @Test
    void docsWithoutAVersionNamesTheFlag() throws IOException {
        copySampleSpecs();
        assertThat(run("docs")).isEqualTo(2);
        assertThat(out).contains("schema.docs.version is not set").contains("--docs.version=1.2.0");
    }

    @Test
    void aBadValueForClientOrDocsNamesTheFlag() {
        assertThat(run("client", "--client.generateApiTests=sometimes")).isEqualTo(2);
        assertThat(err).contains("Invalid value for option '--client.generateApiTests': 'sometimes' is not a boolean;"
                + " use true or false");
        assertThat(run("docs", "--docs.skip=perhaps")).isEqualTo(2);
        assertThat(err).contains("Invalid value for option '--docs.skip': 'perhaps' is not a boolean");
        assertThat(run("client", "--db.provider=embedded")).isEqualTo(2);
        assertThat(err).contains("Unknown option: '--db.provider=embedded'");
    }

    @Test
    void gitlabNoteOutsideAMergeRequestSaysWhyAndExitsZero() {
        assertThat(run("gitlab-note")).isZero();
        assertThat(out).contains("[INFO] No merge-request note: not a merge-request pipeline");
    }

    @Test
    void gitlabNotePostsTheSummaryWithTheTokenOfTheNamedVariable() throws Exception {
        Files.createDirectories(project.resolve("target/schemagate"));
        Files.writeString(project.resolve("target/schemagate/summary.md"), "**schemagate: 0 errors**\n");
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer gitlab = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gitlab.createContext("/api/v4/projects/42/merge_requests/7/notes", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("PRIVATE-TOKEN")
                    + " " + URLDecoder.decode(body, StandardCharsets.UTF_8));
            byte[] answer = (exchange.getRequestMethod().equals("GET") ? "[]"
                    : "{\"id\":5,\"body\":\"x\",\"system\":false,\"noteable_type\":\"MergeRequest\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(exchange.getRequestMethod().equals("GET") ? 200 : 201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gitlab.start();
        try {
            Map<String, String> env = Map.of("CI_API_V4_URL", "http://127.0.0.1:" + gitlab.getAddress().getPort()
                    + "/api/v4", "CI_PROJECT_ID", "42", "CI_MERGE_REQUEST_IID", "7", "MY_TOKEN", "glpat-t0ken-value");
            assertThat(run(env, "gitlab-note", "--gitlab.tokenEnv=MY_TOKEN")).as(out + err).isZero();
        } finally {
            gitlab.stop(0);
        }
        assertThat(out).doesNotContain("glpat-t0ken-value").doesNotContain("[WARNING]");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).startsWith("GET glpat-t0ken-value");
        assertThat(requests.get(1)).startsWith("POST glpat-t0ken-value").contains("**schemagate: 0 errors**");
    }

    @Test
    void gitlabReleaseOutsideATagPipelineNamesWhatIsMissing() {
        assertThat(run(Map.of("CI_API_V4_URL", "http://127.0.0.1:9/api/v4", "CI_PROJECT_ID", "42"), "gitlab-release"))
                .isEqualTo(2);
        assertThat(out).contains("[ERROR] No tag to release: CI_COMMIT_TAG is not set (not a tag pipeline) and"
                + " schema.gitlab.release.tag is empty");
    }

    @Test
    void gitlabReleaseCreatesTheTagsReleaseWithTheJobToken() throws Exception {
        copySampleSpecs();
        JsonMapper json = JsonMapper.builder().build();
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer gitlab = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gitlab.createContext("/api/v4/projects/42/releases", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String method = exchange.getRequestMethod();
            requests.add(method + " " + path + " job=" + exchange.getRequestHeaders().getFirst("JOB-TOKEN"));
            byte[] in = exchange.getRequestBody().readAllBytes();
            ObjectNode body = in.length == 0 ? json.createObjectNode() : (ObjectNode) json.readTree(in);
            int code;
            Object answer;
            if (method.equals("GET") && path.endsWith("/links")) {
                code = 200;
                answer = List.of();
            } else if (method.equals("GET")) {
                code = 404;
                answer = Map.of("message", "404 Not Found");
            } else if (path.endsWith("/links")) {
                code = 201;
                answer = body.put("id", 100 + requests.size()).put("external", true);
            } else {
                code = 201;
                body.putObject("assets").putArray("links");
                answer = body;
            }
            byte[] bytes = json.writeValueAsBytes(answer);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.getResponseHeaders().add("X-Total-Pages", "1");
            exchange.sendResponseHeaders(code, bytes.length);
            exchange.getResponseBody().write(bytes);
            exchange.close();
        });
        gitlab.start();
        try {
            Map<String, String> env = Map.of("CI_API_V4_URL", "http://127.0.0.1:" + gitlab.getAddress().getPort()
                    + "/api/v4", "CI_PROJECT_ID", "42", "CI_COMMIT_TAG", "v1.1.0", "CI_PAGES_URL",
                    "https://shop.gitlab.io/orders", "CI_JOB_TOKEN", "glcbt-J0b-Secret");
            assertThat(run(env, "gitlab-release")).as(out + err).isZero();
        } finally {
            gitlab.stop(0);
        }
        assertThat(out).contains("Writing the GitLab Release v1.1.0 with job token", "2 link(s), docs at"
                + " https://shop.gitlab.io/orders/v1.1.0/", "GitLab Release: created the release v1.1.0 of project 42")
                .doesNotContain("glcbt-J0b-Secret");
        assertThat(requests).isNotEmpty().allMatch(r -> r.endsWith("job=glcbt-J0b-Secret"));
    }
}
