package dev.schemagate.maven;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * gitlab-ci-local (npm, on Node 22) as .ci/tools.sh installs it into $SCHEMAGATE_TOOLS_DIR (default
 * ~/.cache/schemagate-tools): runs one job of a pipeline with the shell executor, image: ignored.
 */
final class GitLabCiLocal {
    private static final long TIMEOUT_MINUTES = 5;
    private final Path bin;

    private GitLabCiLocal(Path bin) {
        this.bin = bin;
    }

    /** Fails (never skips) with what to run when a tool is missing. */
    static GitLabCiLocal find() {
        String dir = System.getenv("SCHEMAGATE_TOOLS_DIR");
        Path tools = dir == null || dir.isBlank()
                ? Path.of(System.getProperty("user.home"), ".cache", "schemagate-tools") : Path.of(dir);
        Path bin = tools.resolve("node_modules/.bin");
        for (String tool : List.of("node", "gitlab-ci-local")) {
            if (!Files.isExecutable(bin.resolve(tool))) {
                throw new AssertionError(tool + " not found in " + bin + ". The template runs need Node 22 and"
                        + " gitlab-ci-local 4.75 from npm, and rsync: run .ci/tools.sh once (.ci/run does), or set"
                        + " SCHEMAGATE_TOOLS_DIR to where they are installed.");
            }
        }
        if (!onPath("rsync")) {
            throw new AssertionError("rsync not found on PATH; gitlab-ci-local needs it: apt-get install -y rsync"
                    + " (.ci/tools.sh does).");
        }
        return new GitLabCiLocal(bin);
    }

    record Run(int exitCode, String log) {
    }

    /**
     * Runs {@code job} of {@code repo}'s .gitlab-ci.yml.
     *
     * @param pathFirst  a folder put first on the job's PATH (the mvn stand-in)
     * @param variables  --variable NAME=value for the job
     */
    Run run(Path repo, String job, Path pathFirst, Map<String, String> variables) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("gitlab-ci-local").toString(),
                "--force-shell-executor", "--no-color", "--ignore-predefined-vars",
                "CI_PROJECT_DIR,CI_COMMIT_TAG,CI_PAGES_URL,CI_API_V4_URL,CI_PROJECT_ID,CI_JOB_TOKEN"));
        variables.forEach((k, v) -> command.addAll(List.of("--variable", k + "=" + v)));
        command.add(job);
        Path log = Files.createTempFile("gitlab-ci-local", ".log");
        ProcessBuilder pb = new ProcessBuilder(command).directory(repo.toFile()).redirectErrorStream(true)
                .redirectOutput(log.toFile());
        pb.environment().put("PATH", pathFirst + File.pathSeparator + bin + File.pathSeparator + System.getenv("PATH"));
        pb.environment().put("HOME", repo.getParent().toString()); // its ~/.gitlab-ci-local state stays in the temp folder
        Process p = pb.start();
        try {
            if (!p.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES)) {
                throw new AssertionError("gitlab-ci-local " + job + " did not finish in " + TIMEOUT_MINUTES + " min:\n"
                        + Files.readString(log, StandardCharsets.UTF_8));
            }
            return new Run(p.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
        } finally {
            p.descendants().forEach(ProcessHandle::destroyForcibly);
            p.destroyForcibly();
            Files.deleteIfExists(log);
        }
    }

    private static boolean onPath(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }
}
