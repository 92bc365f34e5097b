package dev.schemagate.core.gitlab;

/**
 * One GitLab Release to create or update (schema:gitlab-release, schemagate gitlab-release): where, with
 * which credentials (never printed), and its name, description and links.
 */
public record ReleaseRequest(ReleaseTarget target, GitLabAuth auth, ReleaseContent content) {
}
