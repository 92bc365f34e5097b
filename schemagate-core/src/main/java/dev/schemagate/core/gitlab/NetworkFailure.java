package dev.schemagate.core.gitlab;

import dev.schemagate.core.support.Secret;

import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;

/**
 * Why a GitLab call got no usable answer (timeout, connection refused, unknown host, a body that is
 * not GitLab's JSON), in the user's terms: no library type names, token scrubbed.
 */
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
                String why = t instanceof UnknownHostException ? "unknown host " + t.getMessage()
                        : t.getMessage() == null ? "connection refused" : t.getMessage().toLowerCase(java.util.Locale.ROOT);
                return "could not connect to GitLab at " + apiUrl + " (" + token.scrub(why) + "). Check "
                        + GitLabEnvironment.API_URL + " and the runner's network and proxy settings.";
            }
        }
        if (unreadableBody(e)) {
            return "GitLab at " + apiUrl + " answered with a body that is not the JSON its API sends (a proxy,"
                    + " a sign-in page or a truncated answer?). Check " + GitLabEnvironment.API_URL
                    + " points at the API (…/api/v4) and re-run this job.";
        }
        Throwable root = e;
        while (root.getCause() != null) {
            root = root.getCause();
        }
        String what = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return "could not talk to GitLab at " + apiUrl + " (" + token.scrub(what) + ").";
    }

    /** The GitLab client reads answers with Jackson 2; its parse and mapping errors mean an unexpected body. */
    private static boolean unreadableBody(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t.getClass().getName().startsWith("com.fasterxml.jackson.")) {
                return true;
            }
        }
        return false;
    }
}
