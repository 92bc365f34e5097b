package dev.schemagate.core.gitlab;

import org.gitlab4j.api.GitLabApiException;

import java.time.Duration;
import java.util.Optional;

/**
 * Retries GitLab calls answered with 429 or 5xx: exponential backoff (Retry-After honoured), at most
 * {@value #MAX_ATTEMPTS} attempts per request, and one waiting budget shared by every request of a run.
 */
final class Retrying {
    static final int MAX_ATTEMPTS = 3;
    static final Duration RETRY_BUDGET = Duration.ofSeconds(10);
    static final Duration FIRST_BACKOFF = Duration.ofSeconds(1);

    @FunctionalInterface
    interface Call<T> {
        T run() throws GitLabApiException;
    }

    private final Sleeper sleeper;
    private Duration waited = Duration.ZERO;
    private int attempts;

    Retrying(Sleeper sleeper) {
        this.sleeper = sleeper;
    }

    /** Attempts made by the last request. */
    int attempts() {
        return attempts;
    }

    <T> T call(Call<T> call) throws GitLabApiException, InterruptedException {
        for (attempts = 1; ; attempts++) {
            try {
                return call.run();
            } catch (GitLabApiException e) {
                int status = e.getHttpStatus();
                if (!(status == 429 || status >= 500) || attempts >= MAX_ATTEMPTS) {
                    throw e;
                }
                Duration wait = status == 429 ? retryAfter(e).orElse(backoff()) : backoff();
                if (waited.plus(wait).compareTo(RETRY_BUDGET) > 0) {
                    throw e;
                }
                sleeper.sleep(wait);
                waited = waited.plus(wait);
            }
        }
    }

    private Duration backoff() {
        return FIRST_BACKOFF.multipliedBy(1L << (attempts - 1));
    }

    /** Retry-After in seconds (GitLab sends seconds); an HTTP date or garbage counts as absent. */
    static Optional<Duration> retryAfter(GitLabApiException e) {
        if (e.getHeaders() == null) {
            return Optional.empty();
        }
        return e.getHeaders().entrySet().stream()
                .filter(h -> h.getKey().equalsIgnoreCase("Retry-After") && !h.getValue().isEmpty())
                .map(h -> h.getValue().get(0).trim())
                .filter(v -> v.matches("\\d{1,6}"))
                .map(v -> Duration.ofSeconds(Long.parseLong(v)))
                .findFirst();
    }
}
