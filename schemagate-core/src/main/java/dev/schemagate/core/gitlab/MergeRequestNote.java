package dev.schemagate.core.gitlab;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.Log;
import dev.schemagate.core.report.SummaryMarkdown;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Posts summary.md as the merge request's one schemagate note: the gitlab-note goal, and verify with
 * schema.gitlab.note=true, in both front ends. Logs, never throws: the note does not change the verdict.
 */
public final class MergeRequestNote {
    private MergeRequestNote() {
    }

    /**
     * @param outputDir where verify wrote summary.md
     * @param token     asked only inside a merge-request pipeline; a {@link ConfigurationException} is a warning
     */
    public static void publish(Path outputDir, Supplier<GitLabToken> token, Map<String, String> env, Log log) {
        Optional<NoteTarget> target = GitLabEnvironment.from(env);
        if (target.isEmpty()) {
            log.info("No merge-request note: " + GitLabEnvironment.whyNot() + ".");
            return;
        }
        Path summary = outputDir.resolve(SummaryMarkdown.FILE_NAME);
        String body;
        try {
            body = Files.readString(summary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Merge-request note not published: cannot read " + summary + " (" + e + "). Run verify"
                    + " before gitlab-note, in the same build or job.");
            return;
        }
        GitLabToken resolved;
        try {
            resolved = token.get();
        } catch (ConfigurationException e) {
            log.warn("Merge-request note not published: " + e.getMessage());
            return;
        }
        NoteResult result = new NotePublisher(resolved.source()).publish(target.get(), resolved.token(), body);
        if (result.published()) {
            log.info(result.message());
        } else {
            log.warn(result.message());
        }
    }
}
