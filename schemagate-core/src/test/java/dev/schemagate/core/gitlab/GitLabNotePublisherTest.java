package dev.schemagate.core.gitlab;

import dev.schemagate.core.support.Secret;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** NotePublisher against a local server replaying GitLab's notes API answers. */
class GitLabNotePublisherTest {
    private static final String TOKEN = "glpat-s3cr3t-T0KEN-value";
    private static final String NOTES = "/api/v4/projects/42/merge_requests/7/notes";
    private static final String SUMMARY = "**schemagate: 1 error** in V3__add_orders.sql";

    private final List<Duration> sleeps = new ArrayList<>();
    private MockWebServer server;
    private NoteTarget target;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        target = new NoteTarget(server.url("/api/v4").toString(), "42", 7);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private NotePublisher publisher(int perPage, Duration readTimeout) {
        return new NotePublisher("$SCHEMAGATE_GITLAB_TOKEN", Duration.ofSeconds(2), readTimeout, sleeps::add, perPage);
    }

    private NoteResult publish() {
        return publisher(100, Duration.ofSeconds(5)).publish(target, Secret.of(TOKEN), SUMMARY);
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json").body(body).build();
    }

    private static String note(long id, String body) {
        String escaped = body.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n");
        return "{\"id\":" + id + ",\"body\":\"" + escaped + "\",\"system\":false,\"noteable_type\":\"MergeRequest\"}";
    }

    private static String error(String message) {
        return "{\"message\":\"" + message + "\"}";
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("request").isNotNull();
        assertThat(request.getHeaders().get("PRIVATE-TOKEN")).isEqualTo(TOKEN);
        return request;
    }

    private static String form(RecordedRequest request) {
        return URLDecoder.decode(request.getBody().utf8(), StandardCharsets.UTF_8);
    }

    private static void assertClean(NoteResult result) {
        assertThat(result.message()).doesNotContain(TOKEN).doesNotContain("s3cr3t");
    }

    @Test
    void firstRunCreatesNoteWithMarker() throws Exception {
        server.enqueue(json(200, "[" + note(1, "LGTM") + "]"));
        server.enqueue(json(201, note(501, NotePublisher.MARKER + "\n" + SUMMARY)));

        NoteResult result = publish();

        assertThat(result.published()).isTrue();
        assertThat(result.message()).contains("created note 501");
        assertClean(result);
        RecordedRequest list = take();
        assertThat(list.getMethod()).isEqualTo("GET");
        assertThat(list.getTarget()).startsWith(NOTES);
        RecordedRequest create = take();
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getTarget()).isEqualTo(NOTES);
        assertThat(form(create)).contains("body=" + NotePublisher.MARKER + "\n" + SUMMARY);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void secondRunUpdatesTheMarkedNote() throws Exception {
        server.enqueue(json(200, "[" + note(9, "nice") + "," + note(501, NotePublisher.MARKER + "\nold summary") + "]"));
        server.enqueue(json(200, note(501, NotePublisher.MARKER + "\n" + SUMMARY)));

        NoteResult result = publish();

        assertThat(result.published()).isTrue();
        assertThat(result.message()).contains("updated note 501");
        assertClean(result);
        take();
        RecordedRequest update = take();
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getTarget()).isEqualTo(NOTES + "/501");
        assertThat(form(update)).contains(SUMMARY);
        assertThat(server.getRequestCount()).as("no POST: still one note").isEqualTo(2);
    }

    @Test
    void unchangedNoteIsNotRewritten() throws Exception {
        server.enqueue(json(200, "[" + note(501, NotePublisher.MARKER + "\n" + SUMMARY) + "]"));

        NoteResult result = publish();

        assertThat(result.published()).isTrue();
        assertThat(result.message()).contains("already up to date");
        take();
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void listingPaginatesUntilTheMarkedNote() throws Exception {
        server.enqueue(json(200, "[" + note(1, "a") + "," + note(2, "b") + "]"));
        server.enqueue(json(200, "[" + note(3, NotePublisher.MARKER + "\nold") + "]"));
        server.enqueue(json(200, note(3, NotePublisher.MARKER + "\n" + SUMMARY)));

        NoteResult result = publisher(2, Duration.ofSeconds(5)).publish(target, Secret.of(TOKEN), SUMMARY);

        assertThat(result.published()).isTrue();
        assertThat(result.message()).contains("updated note 3");
        RecordedRequest page1 = take();
        assertThat(page1.getUrl().queryParameter("page")).isEqualTo("1");
        assertThat(page1.getUrl().queryParameter("per_page")).isEqualTo("2");
        RecordedRequest page2 = take();
        assertThat(page2.getUrl().queryParameter("page")).isEqualTo("2");
        RecordedRequest update = take();
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getTarget()).isEqualTo(NOTES + "/3");
    }

    @Test
    void unauthorizedGivesTokenScopeHint() throws Exception {
        server.enqueue(json(401, error("401 Unauthorized")));

        NoteResult result = publish();

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("401").contains("$SCHEMAGATE_GITLAB_TOKEN").contains("api scope")
                .contains("job token");
        assertClean(result);
        take();
        assertThat(sleeps).isEmpty();
    }

    @Test
    void forbiddenGivesTokenScopeHint() throws Exception {
        server.enqueue(json(200, "[]"));
        server.enqueue(json(403, error("403 Forbidden")));

        NoteResult result = publish();

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("403").contains("api scope");
        assertClean(result);
    }

    @Test
    void notFoundHintsAtProjectAndMergeRequest() throws Exception {
        server.enqueue(json(404, error("404 Not found")));

        NoteResult result = publish();

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("404").contains("project 42 merge request !7")
                .contains("CI_PROJECT_ID").contains("CI_MERGE_REQUEST_IID");
        assertClean(result);
        take();
    }

    @Test
    void serverErrorIsRetriedWithBackoff() throws Exception {
        server.enqueue(json(500, error("500 Internal Server Error")));
        server.enqueue(json(200, "[]"));
        server.enqueue(json(201, note(77, NotePublisher.MARKER + "\n" + SUMMARY)));

        NoteResult result = publish();

        assertThat(result.published()).isTrue();
        assertThat(result.message()).contains("created note 77");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1));
        for (int i = 0; i < 3; i++) {
            take();
        }
    }

    @Test
    void persistentServerErrorGivesUpAfterThreeAttempts() throws Exception {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, error("503 Service Unavailable")));
        }

        NoteResult result = publish();

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("503").contains("3 attempt(s)").contains("later");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
        assertThat(server.getRequestCount()).isEqualTo(3);
        assertClean(result);
    }

    @Test
    void rateLimitHonoursRetryAfter() throws Exception {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3")
                .setHeader("Content-Type", "application/json").body(error("429 Too Many Requests")).build());
        server.enqueue(json(200, "[]"));
        server.enqueue(json(201, note(88, NotePublisher.MARKER + "\n" + SUMMARY)));

        NoteResult result = publish();

        assertThat(result.published()).isTrue();
        assertThat(sleeps).containsExactly(Duration.ofSeconds(3));
        take();
        take();
        assertThat(take().getMethod()).isEqualTo("POST");
    }

    @Test
    void rateLimitBeyondBudgetIsNotWaitedFor() {
        server.enqueue(new MockResponse.Builder().code(429).setHeader("Retry-After", "3600")
                .body(error("429 Too Many Requests")).build());

        NoteResult result = publish();

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("429").contains("rate limited");
        assertThat(sleeps).isEmpty();
        assertClean(result);
    }

    @Test
    void timeoutIsNotPublished() throws Exception {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        NoteResult result = publisher(100, Duration.ofMillis(300)).publish(target, Secret.of(TOKEN), SUMMARY);

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("did not answer within 300 ms");
        assertClean(result);
        take();
    }

    @Test
    void unreachableServerIsNotPublished() {
        server.close();

        NoteResult result = publish();

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("GitLab at " + target.apiUrl()).contains("(connection refused)")
                .doesNotContain("java.net").doesNotContain("Exception");
        assertClean(result);
    }

    @Test
    void tokenEchoedByGitLabIsMasked() {
        server.enqueue(json(400, error("bad header PRIVATE-TOKEN " + TOKEN)));

        NoteResult result = publish();

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("400").contains("****");
        assertClean(result);
    }

    @Test
    void missingTokenSaysWhereToPutIt() {
        NoteResult result = publisher(100, Duration.ofSeconds(1)).publish(target, Secret.none(), SUMMARY);

        assertThat(result.published()).isFalse();
        assertThat(result.message()).contains("$SCHEMAGATE_GITLAB_TOKEN").contains("api scope");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void malformedJsonFromGitLabIsNamedWithoutLibraryTypes() {
        server.enqueue(json(200, "{\"id\": 1, \"body\": "));
        server.enqueue(json(200, "<html>Sign in</html>"));

        NoteResult truncated = publish();
        NoteResult html = publish();

        for (NoteResult result : List.of(truncated, html)) {
            assertThat(result.published()).isFalse();
            assertThat(result.message()).contains(target.apiUrl()).contains("not the JSON")
                    .doesNotContainIgnoringCase("jackson").doesNotContainIgnoringCase("gitlab4j")
                    .doesNotContain("Exception").doesNotContain("com.").doesNotContain("org.");
            assertClean(result);
        }
    }
}
