package dev.schemagate.core.gitlab;

import dev.schemagate.core.db.Secret;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/** Why a GitLab call got no HTTP answer (timeout, connection refused, unknown host), token scrubbed. */
final class NetworkFailure {
    private NetworkFailure() {
    }

    static String describe(Exception e, String apiUrl, Duration readTimeout, Secret token) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SocketTimeoutException) {
                return "GitLab at " + apiUrl + " did not answer within " + readTimeout.toMillis()
                        + " ms. GitLab may be down or overloaded; re-run this job later.";
            }
            if (t instanceof ConnectException || t instanceof UnknownHostException) {
                return "could not connect to GitLab at " + apiUrl + " (" + token.scrub(t.toString()) + "). Check "
                        + GitLabEnvironment.API_URL + " and the runner's network and proxy settings.";
            }
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        return "could not talk to GitLab at " + apiUrl + " (" + token.scrub(root.toString()) + ").";
    }
}
