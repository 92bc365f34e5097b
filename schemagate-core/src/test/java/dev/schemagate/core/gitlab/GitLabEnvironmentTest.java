package dev.schemagate.core.gitlab;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class GitLabEnvironmentTest {

    private static Map<String, String> mrPipeline() {
        Map<String, String> env = new HashMap<>();
        env.put("CI_API_V4_URL", "https://gitlab.example.com/api/v4");
        env.put("CI_PROJECT_ID", "42");
        env.put("CI_MERGE_REQUEST_IID", "7");
        env.put("CI_PIPELINE_SOURCE", "merge_request_event");
        return env;
    }

    @Test
    void mergeRequestPipelineGivesTarget() {
        assertThat(GitLabEnvironment.from(mrPipeline()))
                .contains(new NoteTarget("https://gitlab.example.com/api/v4", "42", 7));
    }

    @Test
    void branchPipelineWithoutIidIsEmpty() {
        Map<String, String> env = mrPipeline();
        env.remove("CI_MERGE_REQUEST_IID");
        assertThat(GitLabEnvironment.from(env)).isEmpty();
        assertThat(GitLabEnvironment.from(Map.of())).isEmpty();
    }

    @Test
    void blankOrMissingApiUrlOrProjectIsEmpty() {
        Map<String, String> env = mrPipeline();
        env.put("CI_API_V4_URL", " ");
        assertThat(GitLabEnvironment.from(env)).isEmpty();
        env = mrPipeline();
        env.remove("CI_PROJECT_ID");
        assertThat(GitLabEnvironment.from(env)).isEmpty();
    }

    @Test
    void nonNumericOrZeroIidIsEmpty() {
        Map<String, String> env = mrPipeline();
        env.put("CI_MERGE_REQUEST_IID", "seven");
        assertThat(GitLabEnvironment.from(env)).isEmpty();
        env.put("CI_MERGE_REQUEST_IID", "0");
        assertThat(GitLabEnvironment.from(env)).isEmpty();
    }

    @Test
    void valuesAreTrimmed() {
        Map<String, String> env = mrPipeline();
        env.put("CI_MERGE_REQUEST_IID", " 12 ");
        assertThat(GitLabEnvironment.from(env)).map(NoteTarget::mergeRequestIid).contains(12L);
    }

    @Test
    void hostUrlDropsApiSuffix() {
        assertThat(new NoteTarget("https://gitlab.example.com/api/v4", "1", 1).hostUrl())
                .isEqualTo("https://gitlab.example.com");
        assertThat(new NoteTarget("https://example.com/gitlab/api/v4/", "1", 1).hostUrl())
                .isEqualTo("https://example.com/gitlab");
    }
}
