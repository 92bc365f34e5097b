package dev.schemagate.cli;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.File;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * ci-templates/schema-verify-cli.yml really runs: gitlab-ci-local (shell executor, image: ignored) runs its job
 * in a git repository holding a Go service with golang-migrate migrations and no pom (the fixture go-orders),
 * with the jar this module built, once downloaded from a URL (the default way) and once from a path. The
 * template's git fetches go to a local bare clone of the repository. Needs .ci/tools.sh's gitlab-ci-local.
 */
class CliTemplateRunIT {
    private static final String ORIGIN = "https://gitlab.example.com/shop/orders.git";
    private static final Path REPO_ROOT = Path.of(System.getProperty("schemagate.repoRoot", "..")).toAbsolutePath().normalize();
    private static final Path JAR = Path.of(System.getProperty("schemagate.cli.jar")).toAbsolutePath();
    private static final Path FIXTURE = REPO_ROOT.resolve("schemagate-cli/src/test/fixtures/go-orders");
    private static final long TIMEOUT_MINUTES = 8;

    @TempDir
    static Path tmp;
    private static Path tools;
    private static Path javaBin;
    private static HttpServer downloads;
    private static final AtomicInteger jarDownloads = new AtomicInteger();

    @BeforeAll
    static void tools() throws IOException {
        String dir = System.getenv("SCHEMAGATE_TOOLS_DIR");
        tools = (dir == null || dir.isBlank() ? Path.of(System.getProperty("user.home"), ".cache", "schemagate-tools")
                : Path.of(dir)).resolve("node_modules/.bin");
        assertThat(tools.resolve("gitlab-ci-local")).as("gitlab-ci-local (npm) in " + tools + ": run .ci/tools.sh once,"
                + " or set SCHEMAGATE_TOOLS_DIR to where it is installed").isExecutable();
        assertThat(JAR).as("the CLI jar (mvn package builds it)").isRegularFile();
        // the job's `java` is the one running this test
        javaBin = Files.createDirectories(tmp.resolve("java-bin"));
        Files.createSymbolicLink(javaBin.resolve("java"), Path.of(System.getProperty("java.home"), "bin", "java"));
        // stands in for the package registry the template downloads the jar from by default
        downloads = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        downloads.createContext("/schemagate-cli.jar", exchange -> {
            jarDownloads.incrementAndGet();
            byte[] body = Files.readAllBytes(JAR);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        downloads.start();
    }

    @AfterAll
    static void stop() {
        if (downloads != null) {
            downloads.stop(0);
        }
    }

    @Test
    void aCleanGoServicePassesWithTheJarDownloadedFromAUrl() throws Exception {
        String url = "http://127.0.0.1:" + downloads.getAddress().getPort() + "/schemagate-cli.jar";
        Path repo = newRepo("clean", url);

        Run run = run(repo);

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("PASS  schema-verify", "schemagate: downloading " + url,
                "schemagate: 3 migrations round-tripped: 0 errors, 0 warnings.").doesNotContain("could not fetch tags");
        assertThat(jarDownloads.get()).isEqualTo(1);
        Path reports = repo.resolve("orders/target/schemagate");
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("<testsuite").doesNotContain("<failure");
        JsonNode codeQuality = JsonMapper.builder().build().readTree(reports.resolve("codequality.json").toFile());
        assertThat(codeQuality.isArray()).isTrue();
        assertThat(codeQuality.valueStream().map(i -> i.path("severity").asString())).doesNotContain("critical");
        JsonNode report = JsonMapper.builder().build().readTree(reports.resolve("report.json").toFile());
        assertThat(report.path("migrations").size()).isEqualTo(3);
        assertThat(reports.resolve("report.html")).isRegularFile();
    }

    @Test
    void aBrokenUndoScriptFailsTheJobAndTheReportsNameTheRule() throws Exception {
        Path repo = newRepo("broken-undo", JAR.toString());
        Path undo = repo.resolve("orders/db/migrations/000003_add_users_display_name.down.sql");
        Files.writeString(undo, "-- forgot to drop users.display_name\nSELECT 1;\n");
        commit(repo, "break the undo of 000003");

        Run run = run(repo);

        assertThat(run.exitCode()).as(run.log()).isNotZero();
        assertThat(run.log()).contains("FAIL  schema-verify", "migration.rollback.residue");
        Path reports = repo.resolve("orders/target/schemagate");
        JsonNode codeQuality = JsonMapper.builder().build().readTree(reports.resolve("codequality.json").toFile());
        assertThat(codeQuality.valueStream().filter(i -> i.path("check_name").asString().equals("migration.rollback.residue")))
                .singleElement().satisfies(issue -> {
                    assertThat(issue.path("severity").asString()).isEqualTo("critical");
                    assertThat(issue.at("/location/path").asString())
                            .endsWith("db/migrations/000003_add_users_display_name.down.sql");
                    assertThat(issue.path("description").asString()).contains("display_name");
                });
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("<failure");
        assertThat(Files.readString(reports.resolve("report.json"))).contains("\"migration.rollback.residue\"");
    }

    @Test
    void mrNotePostsTheSummaryWithTheTokenOfTheNamedVariable() throws Exception {
        List<String> requests = new CopyOnWriteArrayList<>();
        HttpServer gitlab = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        gitlab.createContext("/api/v4/projects/42/merge_requests/7/notes", exchange -> {
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            requests.add(exchange.getRequestMethod() + " " + exchange.getRequestHeaders().getFirst("PRIVATE-TOKEN")
                    + " " + URLDecoder.decode(body, StandardCharsets.UTF_8));
            boolean get = exchange.getRequestMethod().equals("GET");
            byte[] answer = (get ? "[]" : "{\"id\":5,\"body\":\"x\",\"system\":false,\"noteable_type\":\"MergeRequest\"}")
                    .getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(get ? 200 : 201, answer.length);
            exchange.getResponseBody().write(answer);
            exchange.close();
        });
        gitlab.start();
        Run run;
        Path repo = newRepo("mr-note", JAR.toString(), "      mr_note: true\n      token_variable: ORDERS_NOTE_TOKEN\n");
        try {
            run = run(repo, Map.of("CI_API_V4_URL", "http://127.0.0.1:" + gitlab.getAddress().getPort() + "/api/v4",
                    "CI_PROJECT_ID", "42", "CI_MERGE_REQUEST_IID", "7", "ORDERS_NOTE_TOKEN", "glpat-n0te-Secret"));
        } finally {
            gitlab.stop(0);
        }

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("PASS  schema-verify").doesNotContain("glpat-n0te-Secret")
                .doesNotContain("Merge-request note not published");
        assertThat(requests).hasSize(2);
        assertThat(requests.get(0)).startsWith("GET glpat-n0te-Secret");
        String summary = Files.readString(repo.resolve("orders/target/schemagate/summary.md"));
        assertThat(requests.get(1)).startsWith("POST glpat-n0te-Secret").contains(summary.lines().findFirst().orElseThrow());
    }

    private record Run(int exitCode, String log) {
    }

    /** gitlab-ci-local runs the schema-verify job; the job's git fetches of the origin go to the bare clone. */
    private static Run run(Path repo) throws IOException, InterruptedException {
        return run(repo, Map.of());
    }

    private static Run run(Path repo, Map<String, String> more) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(tools.resolve("gitlab-ci-local").toString(),
                "--force-shell-executor", "--no-color", "--ignore-predefined-vars",
                "CI_PROJECT_DIR,CI_API_V4_URL,CI_PROJECT_ID,CI_JOB_TOKEN",
                "--variable", "CI_PROJECT_DIR=" + repo,
                "--variable", "GIT_CONFIG_COUNT=1",
                "--variable", "GIT_CONFIG_KEY_0=url." + repo.resolveSibling("origin.git").toUri() + ".insteadOf",
                "--variable", "GIT_CONFIG_VALUE_0=" + ORIGIN));
        more.forEach((k, v) -> command.addAll(List.of("--variable", k + "=" + v)));
        command.add("schema-verify");
        Path log = Files.createTempFile(tmp, "gitlab-ci-local", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("PATH", javaBin + File.pathSeparator + tools + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("HOME", repo.getParent().toString()); // gitlab-ci-local's state stays in the temp folder
        Process p = pb.start();
        try {
            boolean done = p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES);
            String text = Files.readString(log, StandardCharsets.UTF_8);
            assertThat(done).as("gitlab-ci-local finished in " + TIMEOUT_MINUTES + " min:\n" + text).isTrue();
            return new Run(p.exitValue(), text);
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
        }
    }

    /** A git repository with ci-templates/, the Go service in orders/ and a pipeline including the CLI template. */
    private static Path newRepo(String name, String cliJar) throws Exception {
        return newRepo(name, cliJar, "");
    }

    private static Path newRepo(String name, String cliJar, String moreInputs) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve(name).resolve("repo"));
        copy(REPO_ROOT.resolve("ci-templates"), repo.resolve("ci-templates"));
        copy(FIXTURE, repo.resolve("orders"));
        Files.writeString(repo.resolve(".gitlab-ci.yml"), """
                stages: [test]
                include:
                  - local: ci-templates/schema-verify-cli.yml
                    inputs:
                      project_dir: orders
                      cli_jar: %s
                """.formatted(cliJar) + moreInputs);
        Files.writeString(repo.resolve(".gitignore"), "target/\n.schemagate-cli/\n.gitlab-ci-local/\n");
        exec(repo, "git", "init", "-q", "-b", "main");
        commit(repo, "orders service");
        exec(repo, "git", "remote", "add", "origin", ORIGIN);
        exec(repo, "git", "update-ref", "refs/remotes/origin/main", "HEAD");
        exec(repo, "git", "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
        exec(repo.getParent(), "git", "clone", "-q", "--bare", repo.toString(), "origin.git");
        return repo;
    }

    private static void copy(Path from, Path to) throws IOException {
        TestFiles.copyProject(from, to);
    }

    private static void commit(Path repo, String message) throws Exception {
        exec(repo, "git", "add", "-A");
        exec(repo, "git", "-c", "user.name=schemagate test", "-c", "user.email=test@schemagate.invalid", "commit", "-q",
                "-m", message);
    }

    private static void exec(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
    }
}
