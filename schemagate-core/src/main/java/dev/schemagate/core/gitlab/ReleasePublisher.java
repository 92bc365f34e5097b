package dev.schemagate.core.gitlab;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.support.Secret;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;
import org.gitlab4j.api.ReleaseLinksApi;
import org.gitlab4j.api.ReleasesApi;
import org.gitlab4j.api.models.Link;
import org.gitlab4j.api.models.Release;
import org.gitlab4j.api.models.ReleaseLinkParams;
import org.gitlab4j.api.models.ReleaseParams;
import org.gitlab4j.models.Constants.TokenType;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Creates the GitLab Release of a tag, or updates it: a second run adds missing links and corrects
 * their URLs, and keeps a description someone wrote by hand. Unlike the merge-request note, a release
 * that cannot be written fails: the release job exists for nothing else. 429 and 5xx answers are
 * retried as for the note; the token goes only into its header and is scrubbed from every message.
 */
public final class ReleasePublisher {
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Sleeper sleeper;

    public ReleasePublisher() {
        this(NotePublisher.TIMEOUT, NotePublisher.TIMEOUT, Sleeper.system());
    }

    ReleasePublisher(Duration connectTimeout, Duration readTimeout, Sleeper sleeper) {
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.sleeper = sleeper;
    }

    /** @return what was done, for an INFO line; throws SchemaGateException when GitLab refused or failed */
    public String publish(ReleaseTarget target, GitLabAuth auth, ReleaseContent content) {
        if (auth.token().isEmpty()) {
            throw new ConfigurationException("No GitLab token: " + auth.source() + " is empty. In a GitLab job "
                    + GitLabAuth.JOB_TOKEN_ENV + " is set by GitLab; elsewhere put a project access token with api scope"
                    + " in $SCHEMAGATE_GITLAB_TOKEN (schema.gitlab.tokenEnv) or a settings.xml <server> (schema.gitlab.serverId).");
        }
        Retrying retrying = new Retrying(sleeper);
        TokenType type = auth.jobToken() ? TokenType.JOB_TOKEN : TokenType.PRIVATE;
        try (GitLabApi api = new GitLabApi(target.hostUrl(), type, auth.token().reveal())) {
            api.setRequestTimeout(millis(connectTimeout), millis(readTimeout));
            List<String> done = new ArrayList<>();
            ReleasesApi releases = api.getReleasesApi();
            Optional<Release> existing = find(releases, target, retrying);
            if (existing.isEmpty()) {
                retrying.call(() -> releases.createRelease(target.projectId(), new ReleaseParams()
                        .withTagName(target.tag()).withName(content.name()).withDescription(content.description())));
                done.add("created " + target.describe());
            } else if (blank(existing.get().getDescription())) {
                retrying.call(() -> releases.updateRelease(target.projectId(), new ReleaseParams()
                        .withTagName(target.tag()).withDescription(content.description())));
                done.add("updated " + target.describe() + " (description was empty)");
            } else {
                done.add("kept " + target.describe() + " and its description");
            }
            done.add(syncLinks(api.getReleaseLinksApi(), target, content, retrying));
            return "GitLab Release: " + String.join("; ", done) + ".";
        } catch (GitLabApiException e) {
            throw new SchemaGateException(failure(e, target, auth, retrying.attempts()), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SchemaGateException("Interrupted while writing " + target.describe() + ".", e);
        } catch (RuntimeException e) { // jakarta.ws.rs.ProcessingException and kin from the HTTP client
            if (e instanceof SchemaGateException || e instanceof ConfigurationException) {
                throw e;
            }
            throw new SchemaGateException("Cannot write " + target.describe() + ": "
                    + NetworkFailure.describe(e, target.apiUrl(), readTimeout, auth.token()));
        }
    }

    private static Optional<Release> find(ReleasesApi releases, ReleaseTarget target, Retrying retrying)
            throws GitLabApiException, InterruptedException {
        try {
            return Optional.of(retrying.call(() -> releases.getRelease(target.projectId(), target.tag())));
        } catch (GitLabApiException e) {
            if (e.getHttpStatus() == 404) {
                return Optional.empty();
            }
            throw e;
        }
    }

    private static String syncLinks(ReleaseLinksApi linksApi, ReleaseTarget target, ReleaseContent content,
                                    Retrying retrying) throws GitLabApiException, InterruptedException {
        List<Link> present = retrying.call(() -> linksApi.getLinks(target.projectId(), target.tag()));
        int created = 0;
        int updated = 0;
        for (ReleaseContent.Link wanted : content.links()) {
            Optional<Link> same = present.stream().filter(l -> wanted.name().equals(l.getName())).findFirst();
            ReleaseLinkParams params = new ReleaseLinkParams().withTagName(target.tag()).withName(wanted.name())
                    .withUrl(wanted.url()).withLinkType("other");
            if (same.isEmpty()) {
                retrying.call(() -> linksApi.createLink(target.projectId(), params));
                created++;
            } else if (!wanted.url().equals(same.get().getUrl())) {
                Integer id = same.get().getId();
                retrying.call(() -> linksApi.updateLink(target.projectId(), id, params));
                updated++;
            }
        }
        int unchanged = content.links().size() - created - updated;
        return "links: " + created + " added, " + updated + " updated, " + unchanged + " already right";
    }

    private String failure(GitLabApiException e, ReleaseTarget target, GitLabAuth auth, int attempts) {
        int status = e.getHttpStatus();
        Secret token = auth.token();
        if (status <= 0) {
            return "Cannot write " + target.describe() + ": " + NetworkFailure.describe(e, target.apiUrl(), readTimeout, token);
        }
        String answer = "GitLab answered " + status + " (" + token.scrub(e.getMessage()) + ") while writing "
                + target.describe() + ": ";
        if (status == 401 || status == 403) {
            return answer + "the " + auth + " may not create releases. " + (auth.jobToken()
                    ? "A job token can, when the user who ran the pipeline has at least the Developer role and may"
                    + " create the tag's release (protected tags need Maintainer); or put a project access token with api"
                    + " scope in $SCHEMAGATE_GITLAB_TOKEN (masked)."
                    : "Give the token api scope and at least the Developer role in the project.");
        }
        if (status == 404) {
            return answer + "check that project " + target.projectId() + " exists at " + target.apiUrl()
                    + " and that the tag " + target.tag() + " exists in it (push the tag first).";
        }
        if (status == 429 || status >= 500) {
            return answer + "gave up after " + attempts + " attempt(s); GitLab seems overloaded. Re-run the job.";
        }
        return answer + "GitLab rejected the request; its message is in the parentheses.";
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }
}
