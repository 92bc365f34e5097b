package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    @Test
    void theHistoryOfAGitRefIsItAndEveryTagReachableFromItNewestFirst() throws Exception {
        Path basedir = repo.resolve("service");
        git("-c", "user.name=t", "-c", "user.email=t@example.org", "commit", "-q", "-am", "release 2");
        git("tag", "v2.0");
        git("tag", "unrelated-but-reachable");
        List<BaselineFiles> history = Baselines.resolveHistory("git:v2.0", basedir, Map.of(), Log.silent());
        try {
            assertThat(history).extracting(BaselineFiles::description)
                    .contains("git:v2.0", "git:v1.0", "git:unrelated-but-reachable").hasSize(3).first()
                    .isEqualTo("git:v2.0");
            assertThat(Files.readString(history.get(history.size() - 1).root()
                    .resolve("src/main/resources/db/migration/V1__init.sql"))).isNotEmpty();
        } finally {
            history.forEach(BaselineFiles::close);
        }
        assertThat(history).allSatisfy(b -> assertThat(b.extractedTo()).doesNotExist());
    }

    @Test
    void aListIsResolvedEntryByEntryAndOneBaselineIsItsFirst() throws Exception {
        Path basedir = repo.resolve("service");
        Files.createDirectories(basedir.resolve("old-a"));
        List<BaselineFiles> history = Baselines.resolveHistory("dir:old-a, git:v1.0", basedir, Map.of(), Log.silent());
        assertThat(history).extracting(BaselineFiles::description).containsExactly("dir:old-a", "git:v1.0");
        history.forEach(BaselineFiles::close);
        try (BaselineFiles one = Baselines.resolve("dir:old-a,git:v1.0", basedir, Map.of(), Log.silent()).orElseThrow()) {
            assertThat(one.description()).isEqualTo("dir:old-a");
        }
    }

    @Test
    void aSchemasZipIsABaselineAndMavenCoordinatesNeedTheBuildTool() throws Exception {
        Path basedir = repo.resolve("service");
        Path zip = repo.resolve("service-1.0-schemas.zip");
        BaselineArchive.write(zip, basedir, List.of(Path.of("src/main/resources/db/migration")));
        try (BaselineFiles files = Baselines.resolve("zip:" + zip, basedir, Map.of(), Log.silent()).orElseThrow()) {
            assertThat(files.description()).isEqualTo("zip:service-1.0-schemas.zip");
            assertThat(files.root().resolve("src/main/resources/db/migration/V1__init.sql")).exists();
        }
        assertThatThrownBy(() -> Baselines.resolve("maven:com.acme:svc:1.0", basedir, Map.of(), Log.silent()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("zip:<path>");
        assertThatThrownBy(() -> Baselines.resolve("zip:missing.zip", basedir, Map.of(), Log.silent()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("schema.baseline=zip:missing.zip").hasMessageContaining("missing.zip does not exist");
    }
}
