package dev.schemagate.core.gitlab;

import dev.schemagate.core.support.Secret;
import org.gitlab4j.api.GitLabApi;
import org.gitlab4j.api.GitLabApiException;
import org.gitlab4j.api.NotesApi;
import org.gitlab4j.api.models.Note;

import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * Creates or updates ONE note on a merge request: the note whose body starts with {@link #MARKER}.
 * Every push then refreshes the same comment instead of adding one. Failures (GitLab down, 401,
 * 403, 404, 429, timeouts) come back as a {@link NoteResult} warning, never as an exception;
 * 429 and 5xx answers are retried with exponential backoff (Retry-After honoured), at most
 * {@value Retrying#MAX_ATTEMPTS} attempts per request and {@link Retrying#RETRY_BUDGET} of waiting per run.
 * The token is only ever sent in the PRIVATE-TOKEN header; messages are scrubbed of it.
 */
public final class NotePublisher {
    /** The hidden first line that marks our note. */
    public static final String MARKER = "<!-- schemagate:mr-note -->";
    static final Duration TIMEOUT = Duration.ofSeconds(10);
    static final int PER_PAGE = 100;
    private static final int MAX_PAGES = 100;

    private final String tokenSource;
    private final Duration connectTimeout;
    private final Duration readTimeout;
    private final Sleeper sleeper;
    private final int perPage;

    /** @param tokenSource where the token came from, for hints, e.g. {@code $SCHEMAGATE_GITLAB_TOKEN} */
    public NotePublisher(String tokenSource) {
        this(tokenSource, TIMEOUT, TIMEOUT, Sleeper.system(), PER_PAGE);
    }

    NotePublisher(String tokenSource, Duration connectTimeout, Duration readTimeout, Sleeper sleeper, int perPage) {
        this.tokenSource = tokenSource;
        this.connectTimeout = connectTimeout;
        this.readTimeout = readTimeout;
        this.sleeper = sleeper;
        this.perPage = perPage;
    }

    /** Posts {@code body} (summary.md) as the merge request's schemagate note, or updates that note. */
    public NoteResult publish(NoteTarget target, Secret token, String body) {
        if (token.isEmpty()) {
            return NoteResult.warning("no GitLab token in " + tokenSource + ". Put a project access token with api scope"
                    + " there (as a masked CI/CD variable); a job token cannot post notes.");
        }
        String text = MARKER + "\n" + body;
        Retrying retrying = new Retrying(sleeper);
        try (GitLabApi api = new GitLabApi(target.hostUrl(), token.reveal())) {
            api.setRequestTimeout(millis(connectTimeout), millis(readTimeout));
            NotesApi notes = api.getNotesApi();
            Optional<Note> existing = findMarked(notes, target, retrying);
            if (existing.isPresent()) {
                Long id = existing.get().getId();
                if (text.equals(existing.get().getBody())) {
                    return NoteResult.published("note " + id + " on " + target.describe() + " is already up to date.");
                }
                retrying.call(() -> notes.updateMergeRequestNote(target.projectId(), target.mergeRequestIid(), id, text));
                return NoteResult.published("updated note " + id + " on " + target.describe() + ".");
            }
            Note created = retrying.call(() -> notes.createMergeRequestNote(target.projectId(),
                    target.mergeRequestIid(), text, null, null));
            return NoteResult.published("created note " + created.getId() + " on " + target.describe() + ".");
        } catch (GitLabApiException e) {
            return NoteResult.warning(reason(e, target, retrying.attempts(), token));
        } catch (RuntimeException e) { // jakarta.ws.rs.ProcessingException and kin from the HTTP client
            return NoteResult.warning(network(e, target, token));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return NoteResult.warning("interrupted while waiting to retry.");
        }
    }

    private Optional<Note> findMarked(NotesApi notes, NoteTarget target, Retrying retrying)
            throws GitLabApiException, InterruptedException {
        for (int page = 1; page <= MAX_PAGES; page++) {
            int current = page;
            List<Note> batch = retrying.call(() -> notes.getMergeRequestNotes(target.projectId(),
                    target.mergeRequestIid(), current, perPage));
            Optional<Note> marked = batch.stream()
                    .filter(n -> n.getBody() != null && n.getBody().startsWith(MARKER)).findFirst();
            if (marked.isPresent() || batch.size() < perPage) {
                return marked;
            }
        }
        return Optional.empty();
    }

    private String reason(GitLabApiException e, NoteTarget target, int attempts, Secret token) {
        int status = e.getHttpStatus();
        String answer = "GitLab answered " + status + " (" + token.scrub(e.getMessage()) + ") for " + target.describe() + ": ";
        if (status == 401 || status == 403) {
            return answer + "the token in " + tokenSource + " needs api scope and at least Reporter access to the"
                    + " project; a job token cannot post notes. Use a project access token with api scope,"
                    + " stored as a masked CI/CD variable.";
        }
        if (status == 404) {
            return answer + "check that the project and merge request exist at " + target.apiUrl() + " ("
                    + GitLabEnvironment.PROJECT_ID + ", " + GitLabEnvironment.MERGE_REQUEST_IID
                    + ") and that the token in " + tokenSource + " belongs to a member of the project.";
        }
        if (status == 429) {
            return answer + "rate limited after " + attempts + " attempt(s); the note stays as it was."
                    + " The next pipeline will update it, or re-run this job later.";
        }
        if (status >= 500) {
            return answer + "GitLab seems down or overloaded (" + attempts + " attempt(s)). Re-run this job later.";
        }
        if (status > 0) {
            return answer + "GitLab rejected the request; its message is in the parentheses.";
        }
        return network(e, target, token);
    }

    private String network(Exception e, NoteTarget target, Secret token) {
        return NetworkFailure.describe(e, target.apiUrl(), readTimeout, token);
    }

    private static int millis(Duration d) {
        return (int) Math.min(Integer.MAX_VALUE, d.toMillis());
    }
}
