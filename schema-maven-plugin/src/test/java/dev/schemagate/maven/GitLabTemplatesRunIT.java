package dev.schemagate.maven;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The CI templates really run: gitlab-ci-local (shell executor, image: ignored) runs the jobs of a
 * pipeline that includes ci-templates/ with {@code include: local:} and {@code inputs:}, in a git copy of
 * the sample project whose origin looks like GitLab (its fetches go to a local bare clone).
 */
class GitLabTemplatesRunIT {
    private static final String ORIGIN = "https://gitlab.example.com/incubator/backend.git";
    private static final Path REPO_ROOT = Path.of(System.getProperty("schemagate.repoRoot", "..")).toAbsolutePath().normalize();

    @TempDir
    static Path tmp;
    private static GitLabCiLocal gitlabCiLocal;
    private static Path bin;
    private static HttpServer pages;
    private static final AtomicReference<Path> publishedSite = new AtomicReference<>();

    @BeforeAll
    static void tools() throws IOException {
        gitlabCiLocal = GitLabCiLocal.find();
        bin = Files.createDirectories(tmp.resolve("bin"));
        Path mvn = bin.resolve("mvn");
        Files.writeString(mvn, "#!/bin/sh\nexec '" + Path.of(System.getProperty("maven.home"), "bin", "mvn") + "' -s '"
                + writeSettings() + "' '-Dmaven.repo.local=" + System.getProperty("schemagate.it.localRepo")
                + "' '-Dschema.db.cacheDir=" + System.getProperty("schemagate.it.cacheDir") + "' \"$@\"\n");
        mvn.toFile().setExecutable(true);
        // stands in for the Pages site: serves the site.tar.gz of the last deployment, 404 before the first
        pages = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        pages.createContext("/site.tar.gz", exchange -> {
            Path site = publishedSite.get();
            byte[] body = site == null ? new byte[0] : Files.readAllBytes(site);
            exchange.sendResponseHeaders(site == null ? 404 : 200, site == null ? -1 : body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        pages.start();
    }

    @AfterAll
    static void stopPages() {
        if (pages != null) {
            pages.stop(0);
        }
    }

    @Test
    void schemaVerifyPassesOnTheSampleProjectAndLeavesTheReports() throws Exception {
        Path repo = newRepo("verify-passes");

        GitLabCiLocal.Run run = run(repo, "schema-verify", Map.of());

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("PASS  schema-verify", "Applied 8 of 8 migrations")
                .doesNotContain("could not fetch tags");
        Path reports = repo.resolve("sample-project/target/schemagate");
        assertThat(Files.readString(reports.resolve("junit.xml"))).contains("<testsuite", "migration V8");
        assertThat(Files.readString(reports.resolve("report.html"))).contains("data-version=\"8\"");
        JsonNode codeQuality = JsonMapper.builder().build().readTree(reports.resolve("codequality.json").toFile());
        assertThat(codeQuality.isArray()).isTrue();
        assertThat(codeQuality.valueStream().map(i -> i.path("severity").asString())).doesNotContain("critical"); // warnings (major) do not fail the job
    }

    @Test
    void schemaVerifyFailsOnABrokenUndoScriptAndCodeQualityNamesTheRule() throws Exception {
        Path repo = newRepo("verify-broken-undo");
        Path undo = repo.resolve("sample-project/src/main/resources/db/migration/U8__create_idea_overview_view.sql");
        Files.writeString(undo, "-- Undo V8: forgot to drop the view\nSELECT 1;\n");
        commit(repo, "break U8");

        GitLabCiLocal.Run run = run(repo, "schema-verify", Map.of());

        assertThat(run.exitCode()).as(run.log()).isNotZero();
        assertThat(run.log()).contains("FAIL  schema-verify");
        JsonNode codeQuality = JsonMapper.builder().build()
                .readTree(repo.resolve("sample-project/target/schemagate/codequality.json").toFile());
        assertThat(codeQuality.isArray()).isTrue();
        assertThat(codeQuality.valueStream().filter(i -> i.path("check_name").asString().equals("migration.rollback.residue")))
                .singleElement().satisfies(issue -> {
                    assertThat(issue.path("severity").asString()).isEqualTo("critical");
                    assertThat(issue.at("/location/path").asString())
                            .isEqualTo("sample-project/src/main/resources/db/migration/U8__create_idea_overview_view.sql");
                    assertThat(issue.path("description").asString()).contains("view public.idea_overview");
                });
        assertThat(Files.readString(repo.resolve("sample-project/target/schemagate/junit.xml"))).contains("<failure");
    }

    @Test
    void apiDocsPagesPublishesEachTagAndKeepsTheEarlierOnes() throws Exception {
        Path repo = newRepo("api-docs");
        String pagesUrl = "http://127.0.0.1:" + pages.getAddress().getPort();

        GitLabCiLocal.Run first = run(repo, "pages", Map.of("CI_COMMIT_TAG", "v1.0.0", "CI_PAGES_URL", pagesUrl));

        assertThat(first.exitCode()).as(first.log()).isZero();
        assertThat(first.log()).contains("site.tar.gz not found (HTTP 404): publishing the first version", "PASS  pages");
        Path publicDir = repo.resolve("public");
        assertThat(publicDir.resolve("v1.0.0/index.html")).isRegularFile();
        assertThat(publicDir.resolve("v1.0.0/assets/swagger-ui/swagger-ui-bundle.js")).isRegularFile();

        Path deployed = Files.copy(publicDir.resolve("site.tar.gz"), tmp.resolve("deployed-site.tar.gz"));
        publishedSite.set(deployed);
        GitLabCiLocal.Run second = run(repo, "pages", Map.of("CI_COMMIT_TAG", "v1.1.0", "CI_PAGES_URL", pagesUrl));

        assertThat(second.exitCode()).as(second.log()).isZero();
        assertThat(second.log()).contains("kept the published versions: v1.0.0");
        assertThat(publicDir.resolve("v1.0.0/index.html")).isRegularFile();
        assertThat(publicDir.resolve("v1.1.0/index.html")).isRegularFile();
        assertThat(publicDir.resolve("versions.txt")).hasContent("v1.1.0\nv1.0.0");
        assertThat(Files.readString(publicDir.resolve("index.html"))).contains("href=\"v1.1.0/index.html\"",
                "href=\"v1.0.0/index.html\"");
        assertThat(Files.readString(publicDir.resolve("latest/index.html"))).contains("../v1.1.0/index.html");
        try (Stream<Path> pagesOfSpecs = Files.list(publicDir.resolve("v1.1.0"))) {
            assertThat(pagesOfSpecs.map(p -> p.getFileName().toString())).anyMatch(n -> n.endsWith(".html") && !n.equals("index.html"));
        }
    }

    @Test
    void releaseJobCreatesTheTagsReleaseWithTheJobToken() throws Exception {
        Path repo = newRepo("release");
        try (FakeGitLabReleases gitlab = new FakeGitLabReleases()) {
            GitLabCiLocal.Run run = run(repo, "schema-release", Map.of("CI_COMMIT_TAG", "v1.1.0",
                    "CI_PAGES_URL", "https://incubator.gitlab.io/backend", "CI_API_V4_URL", gitlab.apiUrl(),
                    "CI_PROJECT_ID", "42", "CI_JOB_TOKEN", "glcbt-gcl-J0b-Secret"));

            assertThat(run.exitCode()).as(run.log()).isZero();
            assertThat(run.log()).contains("PASS  schema-release",
                    "GitLab Release: created the release v1.1.0 of project 42; links: 2 added")
                    .doesNotContain("glcbt-gcl-J0b-Secret");
            JsonNode release = gitlab.releases.get("v1.1.0");
            assertThat(release.at("/assets/links").valueStream().map(l -> l.path("url").asString())).containsExactly(
                    "https://incubator.gitlab.io/backend/v1.1.0/",
                    "https://incubator.gitlab.io/backend/v1.1.0/spec/incubator-api.yaml");
            assertThat(gitlab.requests).allMatch(r -> r.endsWith("job=glcbt-gcl-J0b-Secret private=null"));
        }
    }

    private static GitLabCiLocal.Run run(Path repo, String job, Map<String, String> more) throws Exception {
        Map<String, String> variables = new java.util.TreeMap<>(more);
        variables.put("CI_PROJECT_DIR", repo.toString());
        // the template's git fetches go to a local bare clone instead of the GitLab-looking origin
        variables.put("GIT_CONFIG_COUNT", "1");
        variables.put("GIT_CONFIG_KEY_0", "url." + repo.resolveSibling("origin.git").toUri() + ".insteadOf");
        variables.put("GIT_CONFIG_VALUE_0", ORIGIN);
        return gitlabCiLocal.run(repo, job, bin, variables);
    }

    /** A git repository with ci-templates/, the sample project and a pipeline including both templates. */
    private static Path newRepo(String name) throws Exception {
        Path repo = Files.createDirectories(tmp.resolve(name).resolve("repo"));
        exec(tmp, "rsync", "-a", "--exclude", "target/", "--exclude", ".gitlab-ci-local/",
                REPO_ROOT.resolve("ci-templates") + "/", repo.resolve("ci-templates") + "/");
        exec(tmp, "rsync", "-a", "--exclude", "target/", "--exclude", ".gitlab-ci-local/",
                REPO_ROOT.resolve("sample-project") + "/", repo.resolve("sample-project") + "/");
        String version = System.getProperty("schemagate.version");
        Files.writeString(repo.resolve(".gitlab-ci.yml"), """
                stages: [test, deploy]
                include:
                  - local: ci-templates/schema-verify.yml
                    inputs:
                      project_dir: sample-project
                      plugin_version: %1$s
                  - local: ci-templates/api-docs.yml
                    inputs:
                      project_dir: sample-project
                      plugin_version: %1$s
                """.formatted(version));
        exec(repo, "git", "init", "-q", "-b", "main");
        commit(repo, "sample project");
        exec(repo, "git", "remote", "add", "origin", ORIGIN);
        exec(repo, "git", "update-ref", "refs/remotes/origin/main", "HEAD");
        exec(repo, "git", "symbolic-ref", "refs/remotes/origin/HEAD", "refs/remotes/origin/main");
        exec(repo.getParent(), "git", "clone", "-q", "--bare", repo.toString(), "origin.git");
        return repo;
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

    private static Path writeSettings() throws IOException {
        String userRepo = Path.of(System.getProperty("schemagate.it.userRepo")).toUri().toString();
        String repo = "<id>user-repo</id><url>" + userRepo + "</url>"
                + "<releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots>";
        return Files.writeString(tmp.resolve("settings.xml"), "<settings><profiles><profile><id>it</id>"
                + "<repositories><repository>" + repo + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repo + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>it</activeProfile></activeProfiles></settings>");
    }
}
