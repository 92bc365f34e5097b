package dev.schemagate.maven;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.gitlab.GitLabEnvironment;
import dev.schemagate.core.gitlab.NotePublisher;
import dev.schemagate.core.gitlab.NoteResult;
import dev.schemagate.core.gitlab.NoteTarget;
import dev.schemagate.core.report.SummaryMarkdown;
import org.apache.maven.plugin.logging.Log;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.crypto.SettingsDecrypter;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Posts summary.md as the merge request's one schemagate note; used by schema:gitlab-note and by
 * schema:verify with schema.gitlab.note=true. Logs, never throws: the note does not change the
 * build's verdict.
 */
final class GitLabNote {

    private GitLabNote() {
    }

    static void publish(File outputDirectory, String tokenEnv, String serverId, Settings settings,
                        SettingsDecrypter decrypter, Map<String, String> env, Log log) {
        Optional<NoteTarget> target = GitLabEnvironment.from(env);
        if (target.isEmpty()) {
            log.info("No merge-request note: " + GitLabEnvironment.whyNot() + ".");
            return;
        }
        Path summary = outputDirectory.toPath().resolve(SummaryMarkdown.FILE_NAME);
        String body;
        try {
            body = Files.readString(summary, StandardCharsets.UTF_8);
        } catch (IOException e) {
            log.warn("Merge-request note not published: cannot read " + summary + " (" + e + "). Run schema:verify"
                    + " before schema:gitlab-note, in the same build or job.");
            return;
        }
        GitLabToken token;
        try {
            token = GitLabToken.resolve(tokenEnv, serverId, settings, decrypter);
        } catch (ConfigurationException e) {
            log.warn("Merge-request note not published: " + e.getMessage());
            return;
        }
        NoteResult result = new NotePublisher(token.source()).publish(target.get(), token.token(), body);
        if (result.published()) {
            log.info(result.message());
        } else {
            log.warn(result.message());
        }
    }
}
