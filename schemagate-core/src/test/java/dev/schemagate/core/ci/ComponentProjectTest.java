package dev.schemagate.core.ci;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * ci-templates/publish-component.sh lays out a CI/CD Catalog component project (templates/<name>.yml,
 * README.md, a release pipeline) and pushes it with the tag; here to a real local bare git repository.
 */
final class ComponentProjectTest {
    private static final Path ROOT = Path.of(System.getProperty("schemagate.repoRoot", "..")).toAbsolutePath().normalize();

    @TempDir
    Path tmp;

    @Test
    void laysOutTemplatesReadmeAndReleasePipeline() throws Exception {
        Path out = tmp.resolve("component");
        String log = run(List.of(script(), out.toString()), ROOT);

        // the names in the shell's glob order, which depends on the locale
        String laidOut = "component project laid out in " + out + ": ";
        assertThat(log).contains(laidOut);
        String names = log.substring(log.indexOf(laidOut) + laidOut.length()).lines().findFirst().orElse("");
        assertThat(names.split(" ")).containsExactlyInAnyOrder("api-docs", "schema-verify", "schema-verify-cli");
        for (String name : List.of("schema-verify", "schema-verify-cli", "api-docs")) {
            assertThat(out.resolve("templates/" + name + ".yml"))
                    .hasSameBinaryContentAs(ROOT.resolve("ci-templates/" + name + ".yml"));
        }
        assertThat(out.resolve("templates")).isDirectoryNotContaining("glob:**.sh");
        String readme = Files.readString(out.resolve("README.md"));
        assertThat(readme).contains("## schema-verify", "## api-docs",
                "component: $CI_SERVER_FQDN/<group>/<this project>/schema-verify@<version>",
                "| `db_provider` | `embedded` |", "| `keep_versions` | `true` |");
        assertThat(Files.readString(out.resolve(".gitlab-ci.yml"))).contains("if: $CI_COMMIT_TAG", "release:",
                "tag_name: $CI_COMMIT_TAG");
    }

    @Test
    void pushesTheLayoutWithTheTag() throws Exception {
        Path remote = tmp.resolve("components.git");
        run(List.of("git", "init", "-q", "--bare", remote.toString()), tmp);

        String log = run(List.of(script(), tmp.resolve("out").toString(), "--push", remote.toUri().toString(),
                "--tag", "v1.4.0"), ROOT);

        assertThat(log).contains("pushed the components with tag v1.4.0");
        String files = run(List.of("git", "--git-dir", remote.toString(), "ls-tree", "-r", "--name-only", "v1.4.0"), tmp);
        assertThat(files.lines()).containsExactly(".gitlab-ci.yml", "README.md", "templates/api-docs.yml",
                "templates/schema-verify-cli.yml", "templates/schema-verify.yml");
        String readme = run(List.of("git", "--git-dir", remote.toString(), "show", "main:README.md"), tmp);
        assertThat(readme).contains("schema-verify@v1.4.0");
        assertThat(tmp.resolve("out/.git")).doesNotExist();
    }

    private static String script() {
        return ROOT.resolve("ci-templates/publish-component.sh").toString();
    }

    private static String run(List<String> command, Path dir) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(String.join(" ", command) + "\n" + out).isZero();
        return out;
    }
}
