package dev.schemagate.core.baseline;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGateException;
import org.apache.commons.compress.archivers.tar.TarArchiveEntry;
import org.apache.commons.compress.archivers.tar.TarArchiveInputStream;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Reads a module's files as they were at a git ref, with the git command line. */
final class GitBaseline {
    private GitBaseline() {
    }

    static BaselineFiles extract(Path basedir, String ref, String description) {
        if (!exists(basedir, ref)) {
            throw new ConfigurationException("Baseline " + description + ": git knows no commit '" + ref + "' in "
                    + basedir + ". Fetch it first (git fetch origin " + ref + " or git fetch --tags), or set "
                    + dev.schemagate.core.SchemaProperties.BASELINE + " to another ref.");
        }
        Path into = null;
        try {
            into = Files.createTempDirectory("schemagate-baseline-");
            if (!moduleExistsAt(basedir, ref)) {
                // a module the release did not have yet: nothing of it was released
                return new BaselineFiles(into, description, into);
            }
            // run in the module folder, git archive gives that folder's files relative to it
            Process git = new ProcessBuilder("git", "archive", "--format=tar", ref, "--", ".")
                    .directory(basedir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            untar(git.getInputStream(), into);
            if (!git.waitFor(2, TimeUnit.MINUTES) || git.exitValue() != 0) {
                throw new SchemaGateException("git archive " + ref + " failed in " + basedir);
            }
            return new BaselineFiles(into, description, into);
        } catch (IOException | InterruptedException | RuntimeException e) {
            if (into != null) {
                new BaselineFiles(into, description, into).close();
            }
            if (e instanceof InterruptedException) {
                Thread.currentThread().interrupt();
            }
            if (e instanceof RuntimeException r) {
                throw r;
            }
            throw new SchemaGateException("Cannot read baseline " + description + ": " + e.getMessage(), e);
        }
    }

    private static boolean moduleExistsAt(Path basedir, String ref) {
        String prefix = run(basedir, "git", "rev-parse", "--show-prefix").strip();
        return prefix.isEmpty() || status(basedir, "git", "cat-file", "-e", ref + ":" + prefix) == 0;
    }

    static boolean exists(Path basedir, String ref) {
        return status(basedir, "git", "rev-parse", "--verify", "--quiet", ref + "^{commit}") == 0;
    }

    static Optional<Path> topLevel(Path dir) {
        if (status(dir, "git", "rev-parse", "--git-dir") != 0) {
            return Optional.empty();
        }
        String top = run(dir, "git", "rev-parse", "--show-toplevel").strip();
        return top.isEmpty() ? Optional.empty() : Optional.of(Path.of(top));
    }

    static Optional<String> newestTag(Path basedir) {
        if (status(basedir, "git", "rev-parse", "--git-dir") != 0) {
            return Optional.empty();
        }
        String tags = run(basedir, "git", "tag", "--sort=-creatordate");
        return tags.lines().map(String::strip).filter(t -> !t.isEmpty()).findFirst();
    }

    /** Tags whose commit is an ancestor of {@code ref} (or is it), newest first. */
    static List<String> tagsReachableFrom(Path basedir, String ref) {
        if (!exists(basedir, ref)) {
            return List.of();
        }
        return run(basedir, "git", "tag", "--merged", ref, "--sort=-creatordate").lines().map(String::strip)
                .filter(t -> !t.isEmpty()).toList();
    }

    private static void untar(InputStream in, Path into) throws IOException {
        try (TarArchiveInputStream tar = new TarArchiveInputStream(in)) {
            TarArchiveEntry entry;
            while ((entry = tar.getNextEntry()) != null) {
                Path target = into.resolve(entry.getName()).normalize();
                if (!target.startsWith(into) || entry.isSymbolicLink()) {
                    continue;
                }
                if (entry.isDirectory()) {
                    Files.createDirectories(target);
                } else if (entry.isFile()) {
                    Files.createDirectories(target.getParent());
                    Files.copy(tar, target, StandardCopyOption.REPLACE_EXISTING);
                }
            }
        }
    }

    private static int status(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
            return p.waitFor(1, TimeUnit.MINUTES) ? p.exitValue() : -1;
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    private static String run(Path dir, String... command) {
        try {
            Process p = new ProcessBuilder(List.of(command)).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(1, TimeUnit.MINUTES);
            return out;
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
