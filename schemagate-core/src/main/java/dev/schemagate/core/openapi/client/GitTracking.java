package dev.schemagate.core.openapi.client;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;

/** Whether git tracks any file under a folder (false outside a repository or without git). */
final class GitTracking {
    private GitTracking() {
    }

    static boolean tracksAnythingUnder(Path basedir, Path folder) {
        try {
            Process git = new ProcessBuilder("git", "ls-files", "--", basedir.relativize(folder).toString())
                    .directory(basedir.toFile()).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            try (InputStream out = git.getInputStream()) {
                boolean any = out.read() >= 0;
                out.transferTo(java.io.OutputStream.nullOutputStream());
                return git.waitFor() == 0 && any;
            }
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
