package dev.schemagate.core.gitlab;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaGateException;
import dev.schemagate.core.support.Secret;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import mockwebserver3.SocketEffect;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** ReleasePublisher against a local server replaying GitLab's Releases and Release links API answers. */
class ReleasePublisherTest {
    private static final String JOB_TOKEN = "glcbt-64_j0b-T0KEN-s3cr3t";
    // gitlab4j percent-encodes the tag (dots too); GitLab decodes it
    private static final String RELEASE = "/api/v4/projects/42/releases/v1%2E2%2E0";
    private static final String LINKS = RELEASE + "/assets/links";
    private static final String DOCS = "https://incubator.gitlab.io/backend/v1.2.0/";
    private static final ReleaseContent CONTENT = ReleaseContent.forDocs("v1.2.0", null, DOCS, null,
            List.of("incubator-api.yaml"));

    private final List<Duration> sleeps = new ArrayList<>();
    private MockWebServer server;
    private ReleaseTarget target;

    @BeforeEach
    void start() throws Exception {
        server = new MockWebServer();
        server.start();
        target = ReleaseTarget.from(Map.of("CI_API_V4_URL", server.url("/api/v4").toString(), "CI_PROJECT_ID", "42",
                "CI_COMMIT_TAG", "v1.2.0"), null);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String publish(Duration readTimeout) {
        GitLabAuth auth = GitLabAuth.accessTokenOrJobToken(Secret.none(), "$SCHEMAGATE_GITLAB_TOKEN",
                Map.of("CI_JOB_TOKEN", JOB_TOKEN));
        return new ReleasePublisher(Duration.ofSeconds(2), readTimeout, sleeps::add).publish(target, auth, CONTENT);
    }

    private String publish() {
        return publish(Duration.ofSeconds(5));
    }

    private static MockResponse json(int code, String body) {
        return new MockResponse.Builder().code(code).setHeader("Content-Type", "application/json")
                .setHeader("X-Page", "1").setHeader("X-Per-Page", "96").setHeader("X-Total", "1")
                .setHeader("X-Total-Pages", "1").body(body).build();
    }

    private static String release(String description) {
        return "{\"tag_name\":\"v1.2.0\",\"name\":\"v1.2.0\",\"description\":" + (description == null ? "null"
                : "\"" + description + "\"") + ",\"created_at\":\"2026-11-26T01:00:00.000Z\","
                + "\"assets\":{\"count\":0,\"sources\":[],\"links\":[]}}";
    }

    private static String link(int id, String name, String url) {
        return "{\"id\":" + id + ",\"name\":\"" + name + "\",\"url\":\"" + url + "\",\"link_type\":\"other\",\"external\":true}";
    }

    private static MockResponse notFound() {
        return json(404, "{\"message\":\"404 Not Found\"}");
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("request").isNotNull();
        assertThat(request.getHeaders().get("JOB-TOKEN")).isEqualTo(JOB_TOKEN);
        assertThat(request.getHeaders().get("PRIVATE-TOKEN")).isNull();
        return request;
    }

    private static String body(RecordedRequest r) {
        return r.getBody() == null ? "" : r.getBody().utf8();
    }

    @Test
    void firstRunCreatesReleaseWithDocsAndSpecLinks() throws Exception {
        server.enqueue(notFound());
        server.enqueue(json(201, release("API documentation")));
        server.enqueue(json(200, "[]"));
        server.enqueue(json(201, link(1, "API docs v1.2.0", DOCS)));
        server.enqueue(json(201, link(2, "OpenAPI spec incubator-api.yaml", DOCS + "spec/incubator-api.yaml")));

        String message = publish();

        assertThat(message).contains("created the release v1.2.0 of project 42", "links: 2 added, 0 updated");
        assertThat(take().getTarget()).isEqualTo(RELEASE);
        RecordedRequest create = take();
        assertThat(create.getMethod()).isEqualTo("POST");
        assertThat(create.getTarget()).isEqualTo("/api/v4/projects/42/releases");
        assertThat(body(create)).contains("\"tag_name\":\"v1.2.0\"", "\"name\":\"v1.2.0\"", DOCS);
        assertThat(take().getTarget()).startsWith(LINKS);
        RecordedRequest docs = take();
        assertThat(docs.getMethod()).isEqualTo("POST");
        assertThat(docs.getTarget()).isEqualTo(LINKS);
        assertThat(body(docs)).contains("\"name\":\"API docs v1.2.0\"", "\"url\":\"" + DOCS + "\"", "\"link_type\":\"other\"");
        assertThat(body(take())).contains("\"url\":\"" + DOCS + "spec/incubator-api.yaml\"");
    }

    @Test
    void secondRunKeepsDescriptionAndFixesLinks() throws Exception {
        server.enqueue(json(200, release("Hand-written release notes")));
        server.enqueue(json(200, "[" + link(1, "API docs v1.2.0", "https://old.example/v1.2.0/") + ","
                + link(2, "OpenAPI spec incubator-api.yaml", DOCS + "spec/incubator-api.yaml") + "]"));
        server.enqueue(json(200, link(1, "API docs v1.2.0", DOCS)));

        String message = publish();

        assertThat(message).contains("kept the release v1.2.0", "links: 0 added, 1 updated, 1 already right");
        take();
        take();
        RecordedRequest update = take();
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getTarget()).isEqualTo(LINKS + "/1");
        assertThat(body(update)).contains("\"url\":\"" + DOCS + "\"");
        assertThat(server.getRequestCount()).isEqualTo(3);
    }

    @Test
    void emptyDescriptionIsFilledIn() throws Exception {
        server.enqueue(json(200, release(null)));
        server.enqueue(json(200, release("API documentation")));
        server.enqueue(json(200, "[" + link(1, "API docs v1.2.0", DOCS) + ","
                + link(2, "OpenAPI spec incubator-api.yaml", DOCS + "spec/incubator-api.yaml") + "]"));

        assertThat(publish()).contains("description was empty", "0 added, 0 updated, 2 already right");
        take();
        RecordedRequest update = take();
        assertThat(update.getMethod()).isEqualTo("PUT");
        assertThat(update.getTarget()).isEqualTo(RELEASE);
    }

    @Test
    void unauthorizedFailsWithJobTokenHint() {
        server.enqueue(json(401, "{\"message\":\"401 Unauthorized\"}"));

        assertThatThrownBy(this::publish).isInstanceOf(SchemaGateException.class)
                .hasMessageContaining("GitLab answered 401")
                .hasMessageContaining("job token from $CI_JOB_TOKEN may not create releases")
                .hasMessageContaining("Developer role")
                .satisfies(e -> assertClean(e.getMessage()));
    }

    @Test
    void projectOrTagNotFoundFails() {
        server.enqueue(notFound());
        server.enqueue(json(404, "{\"message\":\"404 Project Not Found\"}"));

        assertThatThrownBy(this::publish).isInstanceOf(SchemaGateException.class)
                .hasMessageContaining("GitLab answered 404")
                .hasMessageContaining("tag v1.2.0 exists in it");
    }

    @Test
    void serverErrorIsRetriedThenSucceeds() throws Exception {
        server.enqueue(json(500, "{\"message\":\"500 Internal Server Error\"}"));
        server.enqueue(json(200, release("notes")));
        server.enqueue(json(502, "{\"message\":\"502 Bad Gateway\"}"));
        server.enqueue(json(200, "[" + link(1, "API docs v1.2.0", DOCS) + ","
                + link(2, "OpenAPI spec incubator-api.yaml", DOCS + "spec/incubator-api.yaml") + "]"));

        assertThat(publish()).contains("kept the release", "2 already right");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(1));
        assertThat(server.getRequestCount()).isEqualTo(4);
    }

    @Test
    void persistentServerErrorFailsAfterThreeAttempts() {
        for (int i = 0; i < 3; i++) {
            server.enqueue(json(503, "{\"message\":\"503 Service Unavailable\"}"));
        }
        assertThatThrownBy(this::publish).isInstanceOf(SchemaGateException.class)
                .hasMessageContaining("GitLab answered 503")
                .hasMessageContaining("gave up after 3 attempt(s)");
        assertThat(sleeps).containsExactly(Duration.ofSeconds(1), Duration.ofSeconds(2));
    }

    @Test
    void timeoutFailsWithReason() {
        server.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

        assertThatThrownBy(() -> publish(Duration.ofMillis(300))).isInstanceOf(SchemaGateException.class)
                .hasMessageContaining("did not answer within 300 ms")
                .satisfies(e -> assertClean(e.getMessage()));
    }

    @Test
    void tokenEchoedByGitLabIsMasked() {
        server.enqueue(json(422, "{\"message\":\"token " + JOB_TOKEN + " is not valid for this tag\"}"));

        assertThatThrownBy(this::publish).isInstanceOf(SchemaGateException.class)
                .hasMessageContaining("GitLab answered 422")
                .hasMessageContaining("token **** is not valid")
                .satisfies(e -> assertClean(e.getMessage()));
    }

    @Test
    void accessTokenGoesInPrivateTokenHeader() throws Exception {
        server.enqueue(json(200, release("notes")));
        server.enqueue(json(200, "[" + link(1, "API docs v1.2.0", DOCS) + ","
                + link(2, "OpenAPI spec incubator-api.yaml", DOCS + "spec/incubator-api.yaml") + "]"));
        GitLabAuth auth = GitLabAuth.accessTokenOrJobToken(Secret.of("glpat-access"), "$SCHEMAGATE_GITLAB_TOKEN",
                Map.of("CI_JOB_TOKEN", JOB_TOKEN));

        new ReleasePublisher(Duration.ofSeconds(2), Duration.ofSeconds(5), sleeps::add).publish(target, auth, CONTENT);

        RecordedRequest first = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(first.getHeaders().get("PRIVATE-TOKEN")).isEqualTo("glpat-access");
        assertThat(first.getHeaders().get("JOB-TOKEN")).isNull();
    }

    @Test
    void noTokenAtAllSaysWhereToPutOne() {
        GitLabAuth auth = GitLabAuth.accessTokenOrJobToken(Secret.none(), "$SCHEMAGATE_GITLAB_TOKEN", Map.of());
        assertThatThrownBy(() -> new ReleasePublisher().publish(target, auth, CONTENT))
                .isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("$CI_JOB_TOKEN is empty");
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void missingTagOrProjectOrDocsUrlIsAConfigurationError() {
        assertThatThrownBy(() -> ReleaseTarget.from(Map.of("CI_API_V4_URL", "https://gitlab.example/api/v4",
                "CI_PROJECT_ID", "42"), " ")).isInstanceOf(ConfigurationException.class)
                .hasMessageContaining("CI_COMMIT_TAG is not set").hasMessageContaining("schema.gitlab.release.tag");
        assertThatThrownBy(() -> ReleaseTarget.from(Map.of("CI_COMMIT_TAG", "v1"), null))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("CI_API_V4_URL and CI_PROJECT_ID");
        assertThatThrownBy(() -> ReleaseContent.forDocs("v1", null, "", null, List.of()))
                .isInstanceOf(ConfigurationException.class).hasMessageContaining("CI_PAGES_URL is not set");
        assertThat(ReleaseContent.forDocs("v1", null, null, "https://g.gitlab.io/p/", List.of()).links())
                .containsExactly(new ReleaseContent.Link("API docs v1", "https://g.gitlab.io/p/v1/"));
    }

    private static void assertClean(String message) {
        assertThat(message).doesNotContain(JOB_TOKEN).doesNotContain("s3cr3t");
    }
}
