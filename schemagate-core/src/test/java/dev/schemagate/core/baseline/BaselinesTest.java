package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Baselines read from a real git repository made for the test. */
class BaselinesTest {
    @TempDir
    Path repo;
    private Path module;

    @BeforeEach
    void repositoryWithARelease() throws Exception {
        module = Files.createDirectories(repo.resolve("service/src/main/resources/db/migration"));
        Files.writeString(module.resolve("V1__init.sql"), "CREATE TABLE a (id int);\n");
        git("init", "-q", "-b", "main");
        git("add", "-A");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-m", "release");
        git("tag", "v1.0");
        Files.writeString(module.resolve("V1__init.sql"), "CREATE TABLE a (id bigint);\n");
    }

    private void git(String... args) throws Exception {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        Process p = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true).start();
        assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(p.exitValue()).as(new String(p.getInputStream().readAllBytes())).isZero();
    }

    @Test
    void aGitRefGivesTheModuleAsItWasAndIsDeletedAfterwards() throws Exception {
        Path basedir = repo.resolve("service");
        Path extracted;
        try (BaselineFiles files = Baselines.resolve("git:v1.0", basedir, Map.of(), Log.silent()).orElseThrow()) {
            Path old = files.root().resolve("src/main/resources/db/migration/V1__init.sql");
            assertThat(Files.readString(old)).isEqualTo("CREATE TABLE a (id int);\n");
            extracted = files.extractedTo();
        }
        assertThat(extracted).doesNotExist();
    }

    @Test
    void withoutASettingTheNewestTagIsTheBaseline() {
        Optional<BaselineFiles> files = Baselines.resolve(null, repo.resolve("service"), Map.of(), Log.silent());
        assertThat(files).hasValueSatisfying(f -> assertThat(f.description()).isEqualTo("git:v1.0"));
        files.ifPresent(BaselineFiles::close);
    }

    @Test
    void inAMergeRequestTheTargetBranchIsTheBaseline() {
        Optional<BaselineFiles> files = Baselines.resolve(null, repo.resolve("service"),
                Map.of("CI_MERGE_REQUEST_TARGET_BRANCH_NAME", "main"), Log.silent());
        assertThat(files).hasValueSatisfying(f -> assertThat(f.description()).isEqualTo("git:main"));
        files.ifPresent(BaselineFiles::close);
    }

    @Test
    void anUnknownRefSaysHowToFetchIt() {
        assertThatThrownBy(() -> Baselines.resolve("git:v9.9", repo.resolve("service"), Map.of(), Log.silent()))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("git knows no commit 'v9.9'")
                .hasMessageContaining("git fetch");
    }

    @Test
    void aMissingDirAndAnUnknownFormAreClearErrors() {
        assertThatThrownBy(() -> Baselines.resolve("dir:nope", repo, Map.of(), Log.silent()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("does not exist");
        assertThatThrownBy(() -> Baselines.resolve("svn:trunk", repo, Map.of(), Log.silent()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("git:<ref>");
    }

    @Test
    void aModuleTheReleaseDidNotHaveHasAnEmptyBaseline() throws Exception {
        Path newModule = Files.createDirectories(repo.resolve("new-service"));
        try (BaselineFiles files = Baselines.resolve("git:v1.0", newModule, Map.of(), Log.silent()).orElseThrow()) {
            try (var listing = Files.list(files.root())) {
                assertThat(listing).isEmpty();
            }
        }
    }
}
