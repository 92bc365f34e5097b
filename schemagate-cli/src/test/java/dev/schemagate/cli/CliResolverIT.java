package dev.schemagate.cli;

import dev.schemagate.core.baseline.BaselineArchive;
import dev.schemagate.core.db.PostgresMajor;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The shaded jar resolves what Maven resolves for the plugin, with no Maven and no network: a file:// repository laid
 * out here stands in for Maven Central (a settings.xml mirror of everything points at it), holding the PostgreSQL 13
 * binaries copied from the build's local repository (the pom fetches them there) and the sample's 0.9 release as a {@code schemas} zip.
 */
class CliResolverIT {
    private static final Path REPO = Path.of(System.getProperty("schemagate.repoRoot", ".."));
    private static final Path JAR = Path.of(System.getProperty("schemagate.cli.jar"));
    private static final String BASELINE = "maven:com.acme.sample:sample:0.9";

    @TempDir
    Path work;
    private Path home;
    private Path sample;
    private FileRepository remote;
    private int exit;

    @BeforeEach
    void layOutTheRepository() throws IOException {
        sample = copySample(work.resolve("sample"));
        remote = new FileRepository(work.resolve("remote"));
        String version = PostgresMajor.binariesVersion(13);
        Path binaries = Path.of(System.getProperty("schemagate.localRepository"),
                PostgresMajor.BINARIES_GROUP.replace('.', '/'), PostgresMajor.BINARIES_ARTIFACT, version,
                PostgresMajor.BINARIES_ARTIFACT + "-" + version + ".jar");
        remote.deploy(PostgresMajor.BINARIES_GROUP, PostgresMajor.BINARIES_ARTIFACT, version, null, "jar", binaries);
        Path zip = work.resolve("sample-0.9-schemas.zip");
        BaselineArchive.write(zip, sample.resolve("release-0.9"), List.of(Path.of("src")));
        remote.deploy("com.acme.sample", "sample", "0.9", BaselineArchive.CLASSIFIER, BaselineArchive.TYPE, zip);
        home = work.resolve("home");
        settings("");
    }

    @Test
    void verifyRunsOnResolvedBinariesAgainstAResolvedBaselineThenCompatReadsThemOfflineFromTheCache() throws Exception {
        String console = jar("verify", "--db.version=13", "--baseline=" + BASELINE);
        assertThat(exit).as(console).isZero();
        Path local = home.resolve(".m2/repository");
        assertThat(console)
                .contains("Downloading from test-mirror: " + remote.url() + "io/zonky/test/postgres/")
                .contains("PostgreSQL 13 (--db.version): binaries " + PostgresMajor.binariesCoordinates(13))
                .contains("Baseline " + BASELINE + ": " + local.resolve("com/acme/sample/sample/0.9/sample-0.9-schemas.zip"))
                .contains("schemagate: 8 migrations applied, 2 round-tripped, 5 JSON Schemas and 1 OpenAPI spec"
                        + " checked: 0 errors, 2 warnings.");
        assertThat(local.resolve("io/zonky/test/postgres/" + PostgresMajor.BINARIES_ARTIFACT + "/13.22.0")).isDirectory();
        assertThat(console).containsPattern("PostgreSQL 13\\.\\d+ \\(embedded\\) ready");
        assertThat(Files.readString(sample.resolve("target/schemagate/report.json")))
                .containsPattern("\"serverVersion\" ?: ?\"13\\.");

        settings("<offline>true</offline>\n");
        String offline = jar("compat", "--baseline=" + BASELINE);
        assertThat(exit).as(offline).isZero();
        assertThat(offline).doesNotContain("Downloading").contains("Baseline " + BASELINE + ": " + local);
    }

    @Test
    void whatTheRepositoriesLackIsAConfigurationErrorNamingFlagCoordinatesAndRepositories() throws Exception {
        String baseline = jar("compat", "--baseline=maven:com.acme.sample:sample:9.9");
        assertThat(exit).as(baseline).isEqualTo(2);
        assertThat(baseline).contains("[ERROR] Baseline maven:com.acme.sample:sample:9.9: cannot resolve"
                + " com.acme.sample:sample:zip:schemas:9.9 from local " + home.resolve(".m2/repository")
                + ", test-mirror (" + remote.url() + ") mirroring [central]").contains("give --baseline a git: or dir:");

        String binaries = jar("verify", "--db.version=14");
        assertThat(exit).as(binaries).isEqualTo(2);
        assertThat(binaries).contains("[ERROR] --db.version=14: cannot resolve " + PostgresMajor.binariesCoordinates(14)
                + " from local ").contains("or use --db.provider=testcontainers.");
    }

    private void settings(String extra) throws IOException {
        Files.createDirectories(home.resolve(".m2"));
        Files.writeString(home.resolve(".m2/settings.xml"), FileRepository.mirrorSettings(remote.url(), extra));
    }

    private String jar(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Duser.home=" + home, "-jar", JAR.toString()));
        command.addAll(List.of(args));
        Process p = new ProcessBuilder(command).directory(sample.toFile()).redirectErrorStream(true).start();
        String text = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(p.waitFor(10, TimeUnit.MINUTES)).as(text).isTrue();
        exit = p.exitValue();
        return text;
    }

    private static Path copySample(Path to) throws IOException {
        return TestFiles.copyProject(REPO.resolve("sample-project"), to);
    }
}
