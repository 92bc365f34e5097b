package dev.schemagate.core.openapi.docs;

import dev.schemagate.core.support.FileTrees;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A real headless Chromium (Debian's {@code chromium}), run once per call and always stopped. */
final class Chromium {
    private static final List<String> NAMES = List.of("chromium", "chromium-browser", "google-chrome");
    private static final long TIMEOUT_SECONDS = 90;

    private final Path binary;

    private Chromium(Path binary) {
        this.binary = binary;
    }

    /** The browser from -Dschemagate.chromium or PATH; fails (never skips) with what to install. */
    static Chromium find() {
        String configured = System.getProperty("schemagate.chromium");
        if (configured != null && !configured.isBlank()) {
            return new Chromium(Path.of(configured));
        }
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            for (String name : NAMES) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return new Chromium(candidate);
                }
            }
        }
        throw new AssertionError("No headless Chromium found (looked for " + NAMES + " on PATH). The API docs test"
                + " needs a real browser: install it with 'apt-get install -y chromium' (.ci/run does this), or"
                + " pass -Dschemagate.chromium=/path/to/chromium.");
    }

    /** The DOM after the page's scripts ran (virtual time lets them finish without waiting in real time). */
    String dumpDom(Path page) throws IOException, InterruptedException {
        return run(List.of("--dump-dom", page.toUri().toString()));
    }

    void screenshot(Path page, Path png) throws IOException, InterruptedException {
        Files.createDirectories(png.getParent());
        Files.deleteIfExists(png);
        run(List.of("--screenshot=" + png.toAbsolutePath(), "--window-size=1280,1800", page.toUri().toString()));
        if (!Files.isRegularFile(png)) {
            throw new AssertionError("Chromium wrote no screenshot to " + png);
        }
    }

    private String run(List<String> args) throws IOException, InterruptedException {
        Path profile = Files.createTempDirectory("schemagate-chromium");
        Path out = profile.resolve("stdout.txt");
        Path err = profile.resolve("stderr.txt");
        List<String> command = new ArrayList<>(List.of(binary.toString(), "--headless", "--no-sandbox",
                "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run", "--hide-scrollbars",
                "--user-data-dir=" + profile.resolve("profile"), "--virtual-time-budget=15000"));
        command.addAll(args);
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        try {
            if (!process.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new AssertionError("Chromium did not finish within " + TIMEOUT_SECONDS + " s: " + command);
            }
            String stdout = Files.readString(out, StandardCharsets.UTF_8);
            if (process.exitValue() != 0) {
                throw new AssertionError("Chromium exited with " + process.exitValue() + ": "
                        + Files.readString(err, StandardCharsets.UTF_8));
            }
            return stdout;
        } finally {
            process.destroyForcibly().waitFor();
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            FileTrees.delete(profile);
        }
    }
}
