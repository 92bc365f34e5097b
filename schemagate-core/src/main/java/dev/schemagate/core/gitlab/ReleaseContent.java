package dev.schemagate.core.gitlab;

import dev.schemagate.core.ConfigurationException;
import dev.schemagate.core.SchemaProperties;

import java.util.ArrayList;
import java.util.List;

/**
 * What the Release holds: its name, a description for a new release, and the links (API docs, each spec).
 *
 * @param links by name; GitLab wants names and URLs unique per release
 */
public record ReleaseContent(String name, String description, List<Link> links) {
    public record Link(String name, String url) {
    }

    public ReleaseContent {
        links = List.copyOf(links);
    }

    /**
     * The docs of {@code tag} at {@code docsUrl} (its version folder, as the pages job publishes it) and
     * each spec at {@code docsUrl/spec/<name>}.
     *
     * @param docsUrl schema.gitlab.release.docsUrl; blank means {@code $CI_PAGES_URL/<tag>/}
     */
    public static ReleaseContent forDocs(String tag, String name, String docsUrl, String pagesUrl, List<String> specs) {
        String url = docsUrl == null || docsUrl.isBlank()
                ? (pagesUrl == null || pagesUrl.isBlank() ? null : strip(pagesUrl) + "/" + tag + "/")
                : docsUrl.trim();
        if (url == null) {
            throw new ConfigurationException("No URL for the API docs link: " + SchemaProperties.GITLAB_RELEASE_DOCS_URL
                    + " is empty and " + ReleaseTarget.PAGES_URL + " is not set (Pages not enabled?). Set "
                    + SchemaProperties.GITLAB_RELEASE_DOCS_URL + " to where the docs of this tag are published.");
        }
        if (!url.matches("https?://\\S+")) {
            throw new ConfigurationException(SchemaProperties.GITLAB_RELEASE_DOCS_URL + " '" + url + "' is not an"
                    + " http(s) URL. Set it to where the docs of this tag are published, e.g. https://group.gitlab.io/project/" + tag + "/");
        }
        String base = url.endsWith("/") ? url : url + "/";
        List<Link> links = new ArrayList<>();
        links.add(new Link("API docs " + tag, base));
        for (String spec : specs) {
            links.add(new Link("OpenAPI spec " + spec, base + "spec/" + spec));
        }
        StringBuilder text = new StringBuilder("API documentation of ").append(tag).append(": ").append(base);
        specs.forEach(s -> text.append("\n- OpenAPI spec: [").append(s).append("](").append(base).append("spec/")
                .append(s).append(")"));
        String releaseName = name == null || name.isBlank() ? tag : name.trim();
        return new ReleaseContent(releaseName, text.toString(), links);
    }

    private static String strip(String url) {
        String u = url.trim();
        return u.endsWith("/") ? u.substring(0, u.length() - 1) : u;
    }
}
