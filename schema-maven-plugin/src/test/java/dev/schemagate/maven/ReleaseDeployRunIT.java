package dev.schemagate.maven;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The release pipeline's deploy-packages job really deploys: gitlab-ci-local runs it from this
 * repository's own .gitlab-ci.yml on a tag, against a local stand-in for GitLab's Maven package
 * registry that accepts the uploads and records each one with its Job-Token header.
 */
class ReleaseDeployRunIT {
    private static final Path REPO_ROOT = Path.of(System.getProperty("schemagate.repoRoot", "..")).toAbsolutePath().normalize();
    private static final String TOKEN = "glcbt-gcl-Dep1oy-Secret";

    @TempDir
    static Path tmp;
    private static HttpServer registry;
    private static final List<String> uploads = new CopyOnWriteArrayList<>();

    @BeforeAll
    static void standIn() throws IOException {
        registry = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        registry.createContext("/api/v4/projects/42/packages/maven/", exchange -> {
            exchange.getRequestBody().readAllBytes();
            if (exchange.getRequestMethod().equals("PUT")) {
                uploads.add(exchange.getRequestURI().getPath() + " token=" + exchange.getRequestHeaders().getFirst("Job-Token"));
                exchange.sendResponseHeaders(201, -1);
            } else {
                exchange.sendResponseHeaders(404, -1); // no maven-metadata.xml yet: a first release
            }
            exchange.close();
        });
        registry.start();
    }

    @AfterAll
    static void stop() {
        if (registry != null) {
            registry.stop(0);
        }
    }

    @Test
    void tagPipelineDeploysCoreAndPluginWithTheJobToken() throws Exception {
        GitLabCiLocal gitlabCiLocal = GitLabCiLocal.find();
        Path repo = Files.createDirectories(tmp.resolve("repo"));
        exec(tmp, "rsync", "-a", "--exclude", "target/", "--exclude", ".git", "--exclude", ".gitlab-ci-local/",
                REPO_ROOT + "/", repo + "/");
        exec(repo, "git", "init", "-q", "-b", "main");
        exec(repo, "git", "add", "-A");
        exec(repo, "git", "-c", "user.name=schemagate test", "-c", "user.email=test@schemagate.invalid", "commit",
                "-q", "-m", "release");
        Path userRepo = Path.of(System.getProperty("schemagate.it.userRepo"));
        Map<String, String> variables = new java.util.TreeMap<>(Map.of(
                "CI_PROJECT_DIR", repo.toString(),
                "CI_COMMIT_TAG", "0.1.0",
                "CI_API_V4_URL", "http://127.0.0.1:" + registry.getAddress().getPort() + "/api/v4",
                "CI_PROJECT_ID", "42",
                "CI_JOB_TOKEN", TOKEN,
                // the machine's repository (everything the build needs is there) and Maven wrapper; the job's
                // HOME is a temp folder. Not -o: Maven refuses to deploy offline.
                "MAVEN_OPTS", "-Dmaven.repo.local=" + userRepo,
                "MAVEN_USER_HOME", userRepo.getParent().toString()));

        GitLabCiLocal.Run run = gitlabCiLocal.run(repo, "deploy-packages", Files.createDirectories(tmp.resolve("bin")),
                variables);

        assertThat(run.exitCode()).as(run.log()).isZero();
        assertThat(run.log()).contains("PASS  deploy-packages", "deploying schemagate 0.1.0 (was 0.1.0-SNAPSHOT)")
                .doesNotContain(TOKEN);
        String base = "/api/v4/projects/42/packages/maven/dev/schemagate/";
        assertThat(uploads).contains(
                base + "schemagate-parent/0.1.0/schemagate-parent-0.1.0.pom token=" + TOKEN,
                base + "schemagate-core/0.1.0/schemagate-core-0.1.0.jar token=" + TOKEN,
                base + "schemagate-core/0.1.0/schemagate-core-0.1.0.pom token=" + TOKEN,
                base + "schema-maven-plugin/0.1.0/schema-maven-plugin-0.1.0.jar token=" + TOKEN,
                base + "schema-maven-plugin/0.1.0/schema-maven-plugin-0.1.0.pom token=" + TOKEN,
                base + "schemagate-cli/0.1.0/schemagate-cli-0.1.0.jar token=" + TOKEN);
        assertThat(uploads).allMatch(u -> u.endsWith(" token=" + TOKEN));
        // the plugin's prefix metadata, so <pluginGroups> finds schema:verify in the registry
        assertThat(uploads).anyMatch(u -> u.startsWith(base + "maven-metadata.xml"));
    }

    private static void exec(Path dir, String... command) throws Exception {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes());
        if (p.waitFor() != 0) {
            throw new AssertionError(String.join(" ", command) + " failed:\n" + out);
        }
    }
}
