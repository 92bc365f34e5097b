package dev.schemagate.maven;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
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
 * A real, forked Maven build is stopped with SIGTERM (CI cancelling a job) or SIGINT (Ctrl-C)
 * while a slow migration runs: afterwards no postgres process of that build may be left, and no
 * data directory in its temp folder.
 */
class InterruptedBuildCleanupIT {
    @TempDir
    Path project;

    @ParameterizedTest
    @ValueSource(strings = {"TERM", "INT"})
    void anInterruptedBuildLeavesNoServerAndNoFiles(String signal) throws Exception {
        // JUnit's folder is 0700: the server, an unprivileged uid under root, must be able to enter it
        Files.setPosixFilePermissions(project, java.nio.file.attribute.PosixFilePermissions.fromString("rwx--x--x"));
        Path tmp = Files.createDirectories(project.resolve("tmp"));
        writeProject();
        Path out = project.resolve("build.log");
        // env --default-signal: a suite started under nohup or with '&' hands an ignored SIGINT down to
        // its children, and a JVM keeps an inherited ignored SIGINT ignored; the build must see Ctrl-C.
        ProcessBuilder pb = new ProcessBuilder("env", "--default-signal=INT,TERM",
                Path.of(System.getProperty("maven.home"), "bin", "mvn").toString(),
                "-B", "-s", writeSettings().toString(),
                "-Dmaven.repo.local=" + System.getProperty("schemagate.it.localRepo"),
                "-Dschema.db.cacheDir=" + System.getProperty("schemagate.it.cacheDir"),
                "dev.schemagate:schema-maven-plugin:" + System.getProperty("schemagate.version") + ":verify")
                .directory(project.toFile()).redirectErrorStream(true).redirectOutput(out.toFile());
        pb.environment().put("MAVEN_OPTS", "-Djava.io.tmpdir=" + tmp);
        Process build = pb.start();
        try {
            awaitLine(out, "create jobs", build);
            assertThat(awaitServer(tmp)).as("the slow migration runs on a live server").isNotEmpty();
            new ProcessBuilder("kill", "-" + signal, Long.toString(build.pid())).start().waitFor(10, TimeUnit.SECONDS);
            assertThat(build.waitFor(60, TimeUnit.SECONDS)).as("the build ends after SIG" + signal).isTrue();
        } finally {
            build.destroyForcibly();
        }
        List<Long> left = serversUsing(tmp);
        left.forEach(pid -> ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly)); // never leak, even on failure
        assertThat(left).as("postgres processes left behind").isEmpty();
        try (Stream<Path> files = Files.list(tmp)) {
            assertThat(files.map(p -> p.getFileName().toString())).as("temp folders left behind")
                    .noneMatch(n -> n.startsWith("schemagate-pg-"));
        }
    }

    /** As the invoker ITs do: the user's own repository serves as a remote for what is not installed. */
    private Path writeSettings() throws IOException {
        String userRepo = Path.of(System.getProperty("schemagate.it.userRepo")).toUri().toString();
        String repo = "<id>user-repo</id><url>" + userRepo + "</url>"
                + "<releases><enabled>true</enabled></releases><snapshots><enabled>true</enabled></snapshots>";
        return Files.writeString(project.resolve("settings.xml"), "<settings><profiles><profile><id>it</id>"
                + "<repositories><repository>" + repo + "</repository></repositories>"
                + "<pluginRepositories><pluginRepository>" + repo + "</pluginRepository></pluginRepositories>"
                + "</profile></profiles><activeProfiles><activeProfile>it</activeProfile></activeProfiles></settings>");
    }

    private void writeProject() throws IOException {
        Path migrations = Files.createDirectories(project.resolve("src/main/resources/db/migration"));
        Files.writeString(project.resolve("pom.xml"), """
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>dev.schemagate.it</groupId>
                  <artifactId>interrupted</artifactId>
                  <version>1.0</version>
                  <packaging>pom</packaging>
                </project>
                """);
        Files.writeString(migrations.resolve("V1__create_jobs.sql"), "CREATE TABLE jobs (id bigint PRIMARY KEY);\n");
        Files.writeString(migrations.resolve("V2__slow_backfill.sql"), "SELECT pg_sleep(300);\n");
    }

    private static void awaitLine(Path log, String text, Process build) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (System.nanoTime() < deadline && build.isAlive()) {
            if (Files.exists(log) && Files.readString(log).contains(text)) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("the build never printed '" + text + "':\n" + Files.readString(log));
    }

    private static List<Long> awaitServer(Path tmp) throws Exception {
        for (int i = 0; i < 100; i++) {
            List<Long> pids = serversUsing(tmp);
            if (!pids.isEmpty()) {
                Thread.sleep(500); // let V2's pg_sleep get under way
                return pids;
            }
            Thread.sleep(100);
        }
        return List.of();
    }

    /** Processes whose command line names the build's temp folder: its postgres server and backends. */
    private static List<Long> serversUsing(Path tmp) throws IOException {
        List<Long> pids = new ArrayList<>();
        try (Stream<Path> procs = Files.list(Path.of("/proc"))) {
            for (Path proc : (Iterable<Path>) procs::iterator) {
                String name = proc.getFileName().toString();
                if (!name.chars().allMatch(Character::isDigit)) {
                    continue;
                }
                try {
                    String cmd = new String(Files.readAllBytes(proc.resolve("cmdline")), StandardCharsets.UTF_8);
                    if (cmd.contains(tmp.toString()) && cmd.contains("postgres")) {
                        pids.add(Long.parseLong(name));
                    }
                } catch (IOException e) {
                    // the process ended while we looked
                }
            }
        }
        return pids;
    }
}
